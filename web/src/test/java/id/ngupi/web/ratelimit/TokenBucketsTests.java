package id.ngupi.web.ratelimit;

import java.time.Duration;
import java.time.Instant;

import id.ngupi.db.test.TestClock;
import id.ngupi.web.ratelimit.RateLimitProperties.Limit;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Token buckets: a burst up to the limit, then one more each time a token has grown back;
 * keys never share a bucket; full buckets are forgotten.
 */
class TokenBucketsTests {

	private static final Limit SIX_PER_MINUTE = new Limit(6, Duration.ofMinutes(1));

	private final TestClock clock = new TestClock();

	private final TokenBuckets buckets = new TokenBuckets(this.clock);

	TokenBucketsTests() {
		this.clock.set(Instant.parse("2027-01-04T00:00:00Z"));
	}

	@Test
	void allowsABurstUpToTheLimitThenOneMorePerRefill() {
		for (int i = 0; i < 6; i++) {
			assertThat(this.buckets.take("a", SIX_PER_MINUTE)).isZero();
		}
		assertThat(this.buckets.take("a", SIX_PER_MINUTE)).isEqualTo(Duration.ofSeconds(10));

		this.clock.advance(Duration.ofSeconds(9));
		assertThat(this.buckets.take("a", SIX_PER_MINUTE)).isEqualTo(Duration.ofSeconds(1));
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(this.buckets.take("a", SIX_PER_MINUTE)).isZero();
		assertThat(this.buckets.take("a", SIX_PER_MINUTE)).isPositive();
	}

	@Test
	void refusedRequestsDoNotDelayTheNextToken() {
		for (int i = 0; i < 6; i++) {
			this.buckets.take("a", SIX_PER_MINUTE);
		}
		for (int i = 0; i < 100; i++) {
			assertThat(this.buckets.take("a", SIX_PER_MINUTE)).isPositive();
		}
		this.clock.advance(Duration.ofSeconds(10));
		assertThat(this.buckets.take("a", SIX_PER_MINUTE)).isZero();
	}

	@Test
	void eachKeyHasItsOwnBucket() {
		for (int i = 0; i < 6; i++) {
			this.buckets.take("a", SIX_PER_MINUTE);
		}
		assertThat(this.buckets.take("a", SIX_PER_MINUTE)).isPositive();
		assertThat(this.buckets.take("b", SIX_PER_MINUTE)).isZero();
	}

	@Test
	void forgetsBucketsOnceTheyAreFullAgain() {
		this.buckets.take("a", SIX_PER_MINUTE);
		for (int i = 0; i < 6; i++) {
			this.buckets.take("b", SIX_PER_MINUTE);
		}
		this.clock.advance(Duration.ofSeconds(10));
		this.buckets.forgetFull();
		assertThat(this.buckets.size()).isEqualTo(1);

		this.clock.advance(Duration.ofSeconds(50));
		this.buckets.forgetFull();
		assertThat(this.buckets.size()).isZero();
	}

}
