package id.ngupi.rounds;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import id.ngupi.booking.Booking;
import id.ngupi.booking.BookingOutcome;
import id.ngupi.booking.BookingOutcome.Refused;
import id.ngupi.booking.BookingQueries;
import id.ngupi.booking.BookingRequest;
import id.ngupi.booking.BookingStatus;
import id.ngupi.booking.Bookings;
import id.ngupi.db.test.TestClock;
import id.ngupi.identity.AccountId;
import id.ngupi.rounds.DrawEntry.Outcome;
import id.ngupi.rounds.RoundEvents.RoundSettled;
import id.ngupi.rounds.internal.RoundJobs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.AssertablePublishedEvents;

import static id.ngupi.rounds.Fixtures.ANSWER;
import static id.ngupi.rounds.Fixtures.CLOSES;
import static id.ngupi.rounds.Fixtures.form;
import static id.ngupi.rounds.Fixtures.thursday;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many members applying as the window closes, two settling runs at once (two instances)
 * and members trying to book the round's times directly meanwhile: every application the
 * round accepted is in the draw and none after the close, there are exactly as many
 * winners as times, each time is booked once, and nobody books a held time directly.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ExtendWith(MondayMorning.class)
class RoundRaceTests {

	private static final int APPLICANTS = 40;

	private final Rounds rounds;

	private final RoundJobs jobs;

	private final Bookings bookings;

	private final BookingQueries queries;

	private final Fixtures fixtures;

	private final TestClock clock;

	private final JdbcTemplate jdbc;

	@Autowired
	RoundRaceTests(Rounds rounds, RoundJobs jobs, Bookings bookings, BookingQueries queries, Fixtures fixtures,
			TestClock clock, JdbcTemplate jdbc) {
		this.rounds = rounds;
		this.jobs = jobs;
		this.bookings = bookings;
		this.queries = queries;
		this.fixtures = fixtures;
		this.clock = clock;
		this.jdbc = jdbc;
	}

	@Test
	void applicantsRacingTheCloseAndTwoSettlingRunsLeaveExactlyOneWinnerPerTime(AssertablePublishedEvents events)
			throws Exception {
		AccountId host = this.fixtures.host();
		Round round = this.fixtures.round(host, Picking.DRAW, thursday(19, 0), thursday(19, 30), thursday(20, 0));
		List<AccountId> members = new ArrayList<>();
		for (int i = 0; i < APPLICANTS; i++) {
			members.add(this.fixtures.member("Pendaftar"));
		}
		// three applied early: every time is won however few of the racers get in before
		// the close, so a direct booking that went through would be a double booking
		for (int i = 0; i < 3; i++) {
			assertThat(this.rounds.apply(this.fixtures.member("Awal"), round.id(), form()))
				.isEqualTo(ApplyOutcome.APPLIED);
		}
		this.clock.set(CLOSES.minusMillis(1));

		ExecutorService pool = Executors.newFixedThreadPool(16);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<ApplyOutcome>> applied = new ArrayList<>();
			for (AccountId member : members) {
				applied.add(pool.submit(() -> {
					start.await();
					return this.rounds.apply(member, round.id(), form());
				}));
			}
			List<Future<BookingOutcome>> direct = new ArrayList<>();
			for (int i = 0; i < 6; i++) {
				AccountId eager = this.fixtures.member("Tidak sabar");
				direct.add(pool.submit(() -> {
					start.await();
					return this.bookings.book(eager, new BookingRequest(this.fixtures.offering(host), thursday(19, 0),
							List.of("frontend"), ANSWER, UUID.randomUUID()));
				}));
			}
			List<Future<Integer>> settling = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				settling.add(pool.submit(settleWhenDue(start, round.id())));
			}
			start.countDown();
			Thread.sleep(15);
			this.clock.set(CLOSES);

			long accepted = 0;
			for (Future<ApplyOutcome> outcome : applied) {
				ApplyOutcome result = outcome.get(60, TimeUnit.SECONDS);
				assertThat(result).isIn(ApplyOutcome.APPLIED, ApplyOutcome.NOT_OPEN);
				accepted += (result == ApplyOutcome.APPLIED) ? 1 : 0;
			}
			for (Future<Integer> run : settling) {
				run.get(60, TimeUnit.SECONDS);
			}
			for (Future<BookingOutcome> outcome : direct) {
				assertThat(outcome.get(60, TimeUnit.SECONDS)).as("a held (then won) time is never booked directly")
					.isInstanceOf(Refused.class);
			}

			DrawRecord draw = this.rounds.draw(round.id()).orElseThrow();
			assertThat(draw.entries()).as("every accepted application is in the draw, none refused")
				.extracting(DrawEntry::ticket)
				.containsExactlyInAnyOrderElementsOf(tickets(round.id()))
				.hasSize((int) accepted + 3);
			assertThat(draw.entries()).filteredOn(entry -> entry.outcome() == Outcome.WON).hasSize(3);
			List<Booking> booked = this.queries.asHost(host)
				.stream()
				.filter(booking -> booking.status() == BookingStatus.CONFIRMED)
				.toList();
			assertThat(booked).hasSize(3);
			assertThat(booked).extracting(Booking::start)
				.containsExactlyInAnyOrder(thursday(19, 0), thursday(19, 30), thursday(20, 0));
			assertThat(booked).extracting(Booking::attendee).doesNotHaveDuplicates();
			assertThat(events.ofType(RoundSettled.class).matching(event -> event.round().equals(round.id())))
				.as("the two runs settled the round once between them")
				.hasSize(1);
			Integer holds = this.jdbc.queryForObject("select count(*) from booking.hold where host_id = ?",
					Integer.class, host.value());
			assertThat(holds).isZero();
		}
		finally {
			pool.shutdownNow();
		}
	}

	private List<String> tickets(RoundId round) {
		return this.jdbc.queryForList("select ticket from rounds.application where round_id = ?", String.class,
				round.value());
	}

	/**
	 * A run that keeps trying until the round is settled (by it or the other run); other
	 * tests' rounds due at the same time in this database are settled along the way.
	 */
	private Callable<Integer> settleWhenDue(CountDownLatch start, RoundId round) {
		return () -> {
			start.await();
			int settled = 0;
			for (int attempt = 0; attempt < 5_000; attempt++) {
				settled += this.jobs.settleDue();
				if (this.rounds.find(round).flatMap(Round::settled).isPresent()) {
					return settled;
				}
				Thread.sleep(2);
			}
			return settled;
		};
	}

}
