package id.ngupi;

import id.ngupi.booking.TestClock;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * Lets the booking module start with hosting and identity, the modules it depends on, in
 * its tests: the real application class lives in {@code web}.
 */
@SpringBootApplication
class BookingTestApplication {

	/** A clock the tests move, so that "now" is whatever a test needs. */
	@Bean
	TestClock clock() {
		return new TestClock();
	}

}
