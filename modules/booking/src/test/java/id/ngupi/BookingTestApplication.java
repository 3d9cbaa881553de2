package id.ngupi;

import java.time.Clock;

import id.ngupi.db.test.TestClock;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * Lets the booking module start with hosting and identity, the modules it depends on, in
 * its tests: the real application class lives in {@code web}.
 */
@SpringBootApplication
class BookingTestApplication {

	/**
	 * A clock the tests move, so that "now" is whatever a test needs. Declared as a
	 * {@link Clock}: a module test leaves out bean methods whose declared type belongs to
	 * a module it does not bootstrap, and {@link TestClock} lives in db's test-jar. Tests
	 * still get it as a {@code TestClock}.
	 */
	@Bean
	Clock clock() {
		return new TestClock();
	}

}
