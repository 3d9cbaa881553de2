package id.ngupi;

import java.time.Clock;

import id.ngupi.db.test.TestClock;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * Lets the hosting module start with identity, the one module it depends on, in its
 * tests: the real application class lives in {@code web}. It sits in {@code id.ngupi} so
 * that Spring Modulith sees the modules exactly as in the whole application.
 */
@SpringBootApplication
class HostingTestApplication {

	/** A clock the tests move, so that "now" is whatever a test needs. */
	@Bean
	Clock clock() {
		return new TestClock();
	}

}
