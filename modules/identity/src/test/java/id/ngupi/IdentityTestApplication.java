package id.ngupi;

import java.time.Clock;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * Lets the identity module start on its own in its tests: the real application class
 * lives in {@code web}, which depends on this module. It sits in {@code id.ngupi} so that
 * Spring Modulith sees {@code identity} (and the open {@code db}) as modules, exactly as
 * in the whole application.
 */
@SpringBootApplication
class IdentityTestApplication {

	/**
	 * The application's clock lives in {@code web}; the module's tests bring their own.
	 */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
