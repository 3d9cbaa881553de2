package id.ngupi.web.ratelimit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.zaxxer.hikari.HikariDataSource;
import id.ngupi.db.test.TestClock;
import id.ngupi.db.test.TestDatabase;
import id.ngupi.web.ratelimit.RateLimitProperties.Limit;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Token buckets in the real PostgreSQL table: a burst up to the limit, then one more each
 * time a token has grown back; keys never share a bucket; two instances of the site (each
 * with its own connection pool) share one limit, also when they race; buckets full again
 * are deleted, and only those. Time is the test's clock, never the database's.
 */
class RateLimitBucketsTests {

	private static final Limit SIX_PER_MINUTE = new Limit(6, Duration.ofMinutes(1));

	private static TestDatabase.Lease database;

	/** One instance's connection pool. */
	private static HikariDataSource one;

	/** Another instance's pool, on the same database. */
	private static HikariDataSource other;

	private final TestClock clock = new TestClock();

	private RateLimitBuckets buckets;

	@BeforeAll
	static void migrate() {
		database = TestDatabase.lease();
		Flyway.configure().dataSource(database.jdbcUrl(), database.username(), database.password()).load().migrate();
		one = pool();
		other = pool();
	}

	@AfterAll
	static void close() {
		one.close();
		other.close();
		database.close();
	}

	@BeforeEach
	void startEmptyOnMonday() {
		JdbcClient.create(one).sql("TRUNCATE rate_limit_bucket").update();
		this.clock.set(Instant.parse("2027-01-04T00:00:00Z"));
		this.buckets = new RateLimitBuckets(one, this.clock);
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
	void refillsEvenlyOverTheLimitsDuration() {
		for (int i = 0; i < 6; i++) {
			this.buckets.take("a", SIX_PER_MINUTE);
		}
		this.clock.advance(Duration.ofSeconds(30));
		for (int i = 0; i < 3; i++) {
			assertThat(this.buckets.take("a", SIX_PER_MINUTE)).isZero();
		}
		assertThat(this.buckets.take("a", SIX_PER_MINUTE)).isEqualTo(Duration.ofSeconds(10));

		this.clock.advance(Duration.ofHours(1));
		for (int i = 0; i < 6; i++) {
			assertThat(this.buckets.take("a", SIX_PER_MINUTE)).isZero();
		}
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
		assertThat(ids()).containsExactlyInAnyOrder(RateLimitBuckets.id("a", SIX_PER_MINUTE),
				RateLimitBuckets.id("b", SIX_PER_MINUTE));
	}

	@Test
	void aChangedLimitStartsANewBucket() {
		for (int i = 0; i < 6; i++) {
			this.buckets.take("a", SIX_PER_MINUTE);
		}
		assertThat(this.buckets.take("a", new Limit(10, Duration.ofMinutes(1)))).isZero();
	}

	@Test
	void twoInstancesShareOneLimit() {
		RateLimitBuckets otherInstance = new RateLimitBuckets(other, this.clock);
		for (int i = 0; i < 3; i++) {
			assertThat(this.buckets.take("a", SIX_PER_MINUTE)).isZero();
			assertThat(otherInstance.take("a", SIX_PER_MINUTE)).isZero();
		}
		assertThat(this.buckets.take("a", SIX_PER_MINUTE)).isEqualTo(Duration.ofSeconds(10));
		assertThat(otherInstance.take("a", SIX_PER_MINUTE)).isEqualTo(Duration.ofSeconds(10));
		assertThat(ids()).hasSize(1);
	}

	@Test
	void sixteenRacingThreadsOnTwoInstancesNeverGetMoreThanThePermits() throws Exception {
		Limit tenPerHour = new Limit(10, Duration.ofHours(1));
		List<RateLimitBuckets> instances = List.of(this.buckets, new RateLimitBuckets(other, this.clock));
		CountDownLatch start = new CountDownLatch(1);
		List<Callable<Integer>> threads = new ArrayList<>();
		for (int t = 0; t < 16; t++) {
			RateLimitBuckets instance = instances.get(t % 2);
			threads.add(() -> {
				start.await();
				int taken = 0;
				for (int i = 0; i < 4; i++) {
					if (instance.take("race", tenPerHour).isZero()) {
						taken++;
					}
				}
				return taken;
			});
		}
		ExecutorService executor = Executors.newFixedThreadPool(16);
		try {
			List<Future<Integer>> results = threads.stream().map(executor::submit).toList();
			start.countDown();
			int taken = 0;
			for (Future<Integer> result : results) {
				taken += result.get(60, TimeUnit.SECONDS);
			}
			// not more, and, with tokens left until the tenth, not fewer either
			assertThat(taken).isEqualTo(10);
		}
		finally {
			executor.shutdownNow();
		}
		assertThat(this.buckets.take("race", tenPerHour)).isPositive();
	}

	@Test
	void removesBucketsOnceTheyAreFullAgainAndKeepsTheOthers() {
		this.buckets.take("a", SIX_PER_MINUTE);
		for (int i = 0; i < 6; i++) {
			this.buckets.take("b", SIX_PER_MINUTE);
		}

		this.clock.advance(Duration.ofSeconds(10).minusMillis(1));
		assertThat(this.buckets.removeExpired()).isZero();

		this.clock.advance(Duration.ofMillis(1));
		assertThat(this.buckets.removeExpired()).isOne();
		assertThat(ids()).containsExactly(RateLimitBuckets.id("b", SIX_PER_MINUTE));
		// b is not full yet: deleting it would hand out a fresh burst
		assertThat(this.buckets.take("b", SIX_PER_MINUTE)).isZero();
		assertThat(this.buckets.take("b", SIX_PER_MINUTE)).isPositive();

		this.clock.advance(Duration.ofMinutes(1));
		assertThat(this.buckets.removeExpired()).isOne();
		assertThat(ids()).isEmpty();
	}

	@Test
	void twoInstancesCleaningUpAtOnceDeleteEachExpiredRowOnce() throws Exception {
		JdbcClient.create(one)
			.sql("INSERT INTO rate_limit_bucket (id, expires_at) SELECT 'old:' || n, 1 FROM generate_series(1, 2000) n")
			.update();
		this.buckets.take("live", SIX_PER_MINUTE);
		RateLimitBuckets otherInstance = new RateLimitBuckets(other, this.clock);

		ExecutorService executor = Executors.newFixedThreadPool(2);
		try {
			Future<Integer> first = executor.submit(this.buckets::removeExpired);
			Future<Integer> second = executor.submit(otherInstance::removeExpired);
			assertThat(first.get(60, TimeUnit.SECONDS) + second.get(60, TimeUnit.SECONDS)).isEqualTo(2000);
		}
		finally {
			executor.shutdownNow();
		}
		assertThat(ids()).containsExactly(RateLimitBuckets.id("live", SIX_PER_MINUTE));
	}

	private static List<String> ids() {
		return JdbcClient.create(one).sql("SELECT id FROM rate_limit_bucket").query(String.class).list();
	}

	private static HikariDataSource pool() {
		HikariDataSource pool = new HikariDataSource();
		pool.setJdbcUrl(database.jdbcUrl());
		pool.setUsername(database.username());
		pool.setPassword(database.password());
		pool.setMaximumPoolSize(16);
		return pool;
	}

}
