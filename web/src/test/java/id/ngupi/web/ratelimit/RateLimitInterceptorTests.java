package id.ngupi.web.ratelimit;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;

import com.zaxxer.hikari.HikariDataSource;
import id.ngupi.db.test.TestClock;
import id.ngupi.db.test.TestDatabase;
import id.ngupi.web.ratelimit.RateLimitProperties.Limit;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The interceptor's answers on the real buckets: 429 with a {@code Retry-After} a client
 * can trust (rounded up, never 0), and, when the database cannot be reached, requests let
 * through with one WARN rather than an exception (and an ERROR) for every one.
 */
@ExtendWith(OutputCaptureExtension.class)
class RateLimitInterceptorTests {

	private static final Limit SIX_PER_MINUTE = new Limit(6, Duration.ofMinutes(1));

	private static final RateLimitProperties LIMITS = new RateLimitProperties(true, SIX_PER_MINUTE, SIX_PER_MINUTE,
			SIX_PER_MINUTE, SIX_PER_MINUTE, SIX_PER_MINUTE, SIX_PER_MINUTE, SIX_PER_MINUTE);

	private final TestClock clock = new TestClock();

	@Test
	void answersTooManyRequestsWithTheWaitInWholeSecondsRoundedUp() throws Exception {
		this.clock.set(Instant.parse("2027-01-04T00:00:00Z"));
		try (TestDatabase.Lease database = TestDatabase.lease(); HikariDataSource pool = pool(database.jdbcUrl())) {
			pool.setUsername(database.username());
			pool.setPassword(database.password());
			Flyway.configure().dataSource(pool).load().migrate();
			RateLimitInterceptor interceptor = new RateLimitInterceptor(LIMITS, new RateLimitBuckets(pool, this.clock));

			for (int i = 0; i < 6; i++) {
				assertThat(interceptor.preHandle(demoLogin(), new MockHttpServletResponse(), null)).isTrue();
			}
			assertThat(retryAfter(interceptor)).isEqualTo("10");
			this.clock.advance(Duration.ofMillis(9_500));
			assertThat(retryAfter(interceptor)).isEqualTo("1");
			this.clock.advance(Duration.ofMillis(499));
			assertThat(retryAfter(interceptor)).isEqualTo("1");
		}
	}

	@Test
	void letsRequestsThroughWithOneWarningWhileTheDatabaseCannotBeReached(CapturedOutput output) throws Exception {
		try (HikariDataSource nowhere = pool("jdbc:postgresql://127.0.0.1:" + closedPort() + "/ngupi")) {
			RateLimitInterceptor interceptor = new RateLimitInterceptor(LIMITS,
					new RateLimitBuckets(nowhere, this.clock));

			for (int i = 0; i < 8; i++) {
				MockHttpServletResponse response = new MockHttpServletResponse();
				assertThat(interceptor.preHandle(demoLogin(), response, null)).isTrue();
				assertThat(response.getStatus()).isEqualTo(200);
			}
		}
		assertThat(output.getAll().lines().filter(line -> line.contains("Rate limits cannot be checked")))
			.singleElement()
			.asString()
			.contains("WARN");
		assertThat(output.getAll()).doesNotContain("ERROR");
	}

	private static String retryAfter(RateLimitInterceptor interceptor) throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		assertThat(interceptor.preHandle(demoLogin(), response, null)).isFalse();
		assertThat(response.getStatus()).isEqualTo(429);
		return response.getHeader(HttpHeaders.RETRY_AFTER);
	}

	private static MockHttpServletRequest demoLogin() {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login/demo");
		request.setRemoteAddr("192.0.2.7");
		return request;
	}

	private static HikariDataSource pool(String jdbcUrl) {
		HikariDataSource pool = new HikariDataSource();
		pool.setJdbcUrl(jdbcUrl);
		pool.setConnectionTimeout(250);
		// like a pool that started before the database went away: it fails per connection
		pool.setInitializationFailTimeout(-1);
		return pool;
	}

	/** A port nothing listens on: one the system just handed out, closed again. */
	private static int closedPort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
