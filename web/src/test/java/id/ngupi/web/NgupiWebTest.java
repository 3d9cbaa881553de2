package id.ngupi.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * The whole application on a random port, with MockMvc besides, on its own database of
 * the shared test PostgreSQL. Every web test uses this one annotation so that they all
 * share one Spring context (and one database); the {@link StatementCounter} is part of it
 * for the same reason. The application's {@link java.time.Clock} is a
 * {@link RunningTestClock}: the real time until a test moves it. The scheduled expiry and
 * completion of bookings does not run on its own, so a test that moves time decides what
 * has happened by then.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "ngupi.booking.passed.initial-delay=PT87600H", "ngupi.admins=" + NgupiWebTest.ADMIN })
@AutoConfigureMockMvc
@Import({ TestEndpoints.class, StatementCounter.class, NgupiWebTest.Time.class })
public @interface NgupiWebTest {

	/**
	 * The handle of the web tests' one admin; {@code Moderators.admin} signs them in (and
	 * creates their account the first time).
	 */
	String ADMIN = "moderator-web";

	/** The clock tests move, in place of the application's system clock. */
	@TestConfiguration(proxyBeanMethods = false)
	class Time {

		@Bean
		@Primary
		RunningTestClock testClock() {
			return new RunningTestClock();
		}

	}

}
