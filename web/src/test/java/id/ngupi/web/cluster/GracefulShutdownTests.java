package id.ngupi.web.cluster;

import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import id.ngupi.db.test.TestDatabase;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rolling deploy stops an instance while it serves: the request in flight is answered
 * before the instance goes, and no new one is taken.
 */
class GracefulShutdownTests {

	@Test
	void aRequestInFlightIsAnsweredWhileTheInstanceStops() throws Exception {
		try (TestDatabase.Lease database = TestDatabase.lease()) {
			Instance instance = Instance.start(database.jdbcUrl(), database.username(), database.password());
			CompletableFuture<HttpResponse<String>> inFlight = CompletableFuture
				.supplyAsync(() -> instance.get("/test-only/slow?millis=2000", null));
			Thread.sleep(500);

			long stopping = System.nanoTime();
			instance.close();
			long stoppedAfter = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - stopping);

			HttpResponse<String> answer = inFlight.get(10, TimeUnit.SECONDS);
			assertThat(answer.statusCode()).isEqualTo(200);
			assertThat(answer.body()).isEqualTo("selesai");
			assertThat(stoppedAfter).as("the instance waited for it").isGreaterThanOrEqualTo(1000);
		}
	}

}
