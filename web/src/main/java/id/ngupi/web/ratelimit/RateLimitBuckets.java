package id.ngupi.web.ratelimit;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;

import javax.sql.DataSource;

import id.ngupi.web.ratelimit.RateLimitProperties.Limit;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.jdbc.CustomColumnProvider;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.distributed.remote.RemoteBucketState;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Token buckets every instance of the site shares, one row per bucket in PostgreSQL's
 * {@code rate_limit_bucket} (Bucket4j's proxy manager, locking the row with
 * {@code SELECT ... FOR UPDATE}): with several instances a limit still holds once, not
 * once per instance, and a race between instances cannot let more requests through than
 * the limit has permits.
 * <p>
 * Time is the application's {@link Clock}, given to Bucket4j as its client clock and also
 * used for each row's {@code expires_at}, so the database's clock never matters and tests
 * move time as everywhere else. (Bucket4j 8.14's own expiration column and
 * {@code removeExpired} read {@code System.currentTimeMillis()}, not the client clock,
 * which is why both are done here.) A row whose bucket is full again is worth nothing and
 * is deleted every few minutes.
 */
@Component
class RateLimitBuckets {

	private static final Logger log = LoggerFactory.getLogger(RateLimitBuckets.class);

	/** Rows deleted per statement, so one cleanup never holds many locks for long. */
	private static final int CLEANUP_BATCH = 500;

	private final ProxyManager<String> buckets;

	private final JdbcClient jdbc;

	private final Clock clock;

	RateLimitBuckets(DataSource dataSource, Clock clock) {
		this.clock = clock;
		this.jdbc = JdbcClient.create(dataSource);
		this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
			.primaryKeyMapper(PrimaryKeyMapper.STRING)
			.table("rate_limit_bucket")
			.idColumn("id")
			.stateColumn("state")
			.addCustomColumn(new ExpiresAt())
			.clientClock(new ApplicationClock(clock))
			.build();
	}

	/**
	 * Takes a token from the key's bucket, making a full one if the key has none.
	 * @return {@link Duration#ZERO} when taken, else how long until the next token
	 * @throws io.github.bucket4j.BucketExceptions.BucketExecutionException when the
	 * database cannot be asked
	 */
	Duration take(String key, Limit limit) {
		ConsumptionProbe probe = this.buckets.getProxy(id(key, limit), () -> configuration(limit))
			.tryConsumeAndReturnRemaining(1);
		return probe.isConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill());
	}

	/**
	 * The row's name: the key and its limit. A bucket keeps the limit it was made with,
	 * so a changed limit starts new buckets instead of meeting old ones made for another
	 * (old ones expire on their own), and two instances during a deploy with different
	 * limits do not fight over one row.
	 */
	static String id(String key, Limit limit) {
		return key + "|" + limit.permits() + "/" + limit.per();
	}

	/** A burst of {@code permits}, refilled evenly (greedily) over {@code per}. */
	private static BucketConfiguration configuration(Limit limit) {
		return BucketConfiguration.builder()
			.addLimit(bandwidth -> bandwidth.capacity(limit.permits()).refillGreedy(limit.permits(), limit.per()))
			.build();
	}

	/**
	 * Deletes the buckets that are full again by now, a batch at a time: such a bucket is
	 * the same as none. Rows another instance is using or deleting at the same moment are
	 * locked and skipped, so instances running this together each delete different rows
	 * and none waits. The outer condition repeats the inner one, so a row a take changed
	 * between the statement's start and its lock is judged by its new expiry.
	 * @return how many rows were deleted
	 */
	@Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT5M")
	int removeExpired() {
		long now = this.clock.millis();
		int total = 0;
		try {
			int deleted;
			do {
				deleted = this.jdbc.sql("""
						DELETE FROM rate_limit_bucket
						WHERE expires_at <= :now AND id IN (
						    SELECT id FROM rate_limit_bucket WHERE expires_at <= :now
						    LIMIT :batch FOR UPDATE SKIP LOCKED)
						""").param("now", now).param("batch", CLEANUP_BATCH).update();
				total += deleted;
			}
			while (deleted == CLEANUP_BATCH);
		}
		catch (DataAccessException ex) {
			// the next run deletes them; nothing depends on their being gone
			log.warn("Expired rate limit buckets not deleted: {}", ex.getMessage());
		}
		return total;
	}

	/**
	 * The application's clock as Bucket4j's client clock. Bucket4j counts in nanoseconds;
	 * milliseconds are precise enough for limits of minutes.
	 */
	private record ApplicationClock(Clock clock) implements TimeMeter {

		@Override
		public long currentTimeNanos() {
			return this.clock.millis() * 1_000_000;
		}

		@Override
		public boolean isWallClockBased() {
			return true;
		}

	}

	/**
	 * Writes {@code expires_at} with every state: the first millisecond (by the client
	 * clock) at which the bucket is full again. Rounded up, unlike Bucket4j's
	 * {@code ExpirationAfterWriteStrategy}, so a deleted bucket never lacked even part of
	 * a token.
	 */
	private static final class ExpiresAt implements CustomColumnProvider<String> {

		@Override
		public void setCustomField(String key, int index, PreparedStatement statement, RemoteBucketState state,
				long currentTimeNanos) throws SQLException {
			long fullAtNanos = currentTimeNanos + state.calculateFullRefillingTime(currentTimeNanos);
			statement.setLong(index, -Math.floorDiv(-fullAtNanos, 1_000_000));
		}

		@Override
		public String getCustomFieldName() {
			return "expires_at";
		}

	}

}
