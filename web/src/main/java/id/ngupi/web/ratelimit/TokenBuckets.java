package id.ngupi.web.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import id.ngupi.web.ratelimit.RateLimitProperties.Limit;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Token buckets in memory, one per key. Taking a token is one atomic update of the key's
 * bucket; buckets that have refilled completely are dropped every few minutes, so memory
 * holds only the keys active recently.
 */
@Component
class TokenBuckets {

	private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();

	private final Clock clock;

	TokenBuckets(Clock clock) {
		this.clock = clock;
	}

	/**
	 * Takes a token from the key's bucket.
	 * @return {@link Duration#ZERO} when taken, else how long until the next token
	 */
	Duration take(String key, Limit limit) {
		long now = this.clock.millis();
		Bucket bucket = this.buckets.compute(key,
				(ignored, current) -> ((current == null) ? Bucket.full(limit, now) : current.refilled(now)).taken());
		return bucket.refused() ? bucket.untilNextToken() : Duration.ZERO;
	}

	/** Forgets the buckets that are full again by now. */
	@Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT5M")
	void forgetFull() {
		long now = this.clock.millis();
		this.buckets.values().removeIf(bucket -> bucket.fullAt() <= now);
	}

	int size() {
		return this.buckets.size();
	}

	/** The keys that have a bucket now. */
	Set<String> keys() {
		return Set.copyOf(this.buckets.keySet());
	}

	/**
	 * A bucket at a moment: its tokens, and whether the last take found less than one.
	 */
	private record Bucket(Limit limit, double tokens, long at, boolean refused) {

		static Bucket full(Limit limit, long now) {
			return new Bucket(limit, limit.permits(), now, false);
		}

		/** Tokens per millisecond. */
		private double rate() {
			return this.limit.permits() / (double) this.limit.per().toMillis();
		}

		Bucket refilled(long now) {
			double tokens = Math.min(this.limit.permits(), this.tokens + Math.max(0, now - this.at) * rate());
			return new Bucket(this.limit, tokens, Math.max(now, this.at), this.refused);
		}

		Bucket taken() {
			return (this.tokens >= 1) ? new Bucket(this.limit, this.tokens - 1, this.at, false)
					: new Bucket(this.limit, this.tokens, this.at, true);
		}

		long fullAt() {
			return this.at + (long) Math.ceil((this.limit.permits() - this.tokens) / rate());
		}

		Duration untilNextToken() {
			return Duration.ofMillis((long) Math.ceil((1 - this.tokens) / rate()));
		}

	}

}
