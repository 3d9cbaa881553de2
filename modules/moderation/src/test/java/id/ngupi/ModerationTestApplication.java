package id.ngupi;

import java.time.Clock;

import id.ngupi.db.test.TestClock;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * Lets the moderation module start with the modules it reads (feedback, booking, hosting,
 * identity) in its tests: the real application class lives in {@code web}.
 */
@SpringBootApplication
public class ModerationTestApplication {

	/**
	 * A clock the tests move. Declared as a {@link Clock}: a module test leaves out bean
	 * methods whose declared type belongs to a module it does not bootstrap; tests still
	 * get it as a {@link TestClock}.
	 */
	@Bean
	Clock clock() {
		return new TestClock();
	}

}
