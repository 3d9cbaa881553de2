package id.ngupi.rounds;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import id.ngupi.booking.Booking;
import id.ngupi.booking.BookingQueries;
import id.ngupi.booking.BookingOutcome.Booked;
import id.ngupi.booking.BookingRequest;
import id.ngupi.booking.BookingStatus;
import id.ngupi.booking.Bookings;
import id.ngupi.db.test.TestClock;
import id.ngupi.identity.AccountId;
import id.ngupi.rounds.DrawEntry.Outcome;
import id.ngupi.rounds.RoundEvents.ApplicationsWaiting;
import id.ngupi.rounds.RoundEvents.RoundSettled;
import id.ngupi.rounds.internal.RoundJobs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.AssertablePublishedEvents;

import static id.ngupi.rounds.Fixtures.CLOSES;
import static id.ngupi.rounds.Fixtures.form;
import static id.ngupi.rounds.Fixtures.thursday;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Settling a round: the draw is reproducible from its seed and matches the hash published
 * at opening, first-timers go first, ranked times are honoured, an ineligible winner is
 * skipped and the next goes in; the host's picks are booked, and a host who does not pick
 * in time leaves it to the draw.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ExtendWith(MondayMorning.class)
class DrawTests {

	private final Rounds rounds;

	private final RoundJobs jobs;

	private final BookingQueries bookings;

	private final Bookings directBookings;

	private final Fixtures fixtures;

	private final TestClock clock;

	private final JdbcTemplate jdbc;

	@Autowired
	DrawTests(Rounds rounds, RoundJobs jobs, BookingQueries bookings, Bookings directBookings, Fixtures fixtures,
			TestClock clock, JdbcTemplate jdbc) {
		this.directBookings = directBookings;
		this.rounds = rounds;
		this.jobs = jobs;
		this.bookings = bookings;
		this.fixtures = fixtures;
		this.clock = clock;
		this.jdbc = jdbc;
	}

	@Test
	void theDrawIsReproducibleFromItsSeedAndMatchesTheHashPublishedAtOpening(AssertablePublishedEvents events) {
		AccountId host = this.fixtures.host();
		Round round = this.fixtures.round(host, Picking.DRAW, thursday(19, 0), thursday(19, 30));
		String published = round.seedHash();
		List<AccountId> applicants = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			AccountId member = this.fixtures.member("Pendaftar");
			applicants.add(member);
			assertThat(this.rounds.apply(member, round.id(), form())).isEqualTo(ApplyOutcome.APPLIED);
		}
		assertThat(this.rounds.draw(round.id())).as("nothing to see before the draw").isEmpty();

		this.clock.set(CLOSES);
		assertThat(this.jobs.settleDue()).isOne();
		assertThat(this.jobs.settleDue()).as("a settled round is not drawn again").isZero();

		DrawRecord draw = this.rounds.draw(round.id()).orElseThrow();
		String seed = draw.round().seed().orElseThrow();
		assertThat(sha256(seed)).isEqualTo(published);
		assertThat(draw.entries()).hasSize(8).allSatisfy(entry -> {
			assertThat(entry.sortKey()).isEqualTo(sha256(seed + ":" + entry.ticket()));
			assertThat(entry.priority()).as("nobody had a Ngupi with this host").isZero();
		});
		assertThat(draw.entries()).extracting(DrawEntry::sortKey).isSorted();
		assertThat(draw.entries().subList(0, 2))
			.allSatisfy(entry -> assertThat(entry.outcome()).isEqualTo(Outcome.WON));
		assertThat(draw.entries().subList(2, 8))
			.allSatisfy(entry -> assertThat(entry.outcome()).isEqualTo(Outcome.NOT_CHOSEN));
		assertThat(draw.entries()).filteredOn(entry -> entry.outcome() == Outcome.WON)
			.extracting(entry -> entry.start().orElseThrow())
			.containsExactlyInAnyOrder(thursday(19, 0), thursday(19, 30));
		List<Booking> booked = this.bookings.asHost(host);
		assertThat(booked).hasSize(2)
			.allSatisfy(booking -> assertThat(booking.status()).isEqualTo(BookingStatus.CONFIRMED));
		assertThat(count("select count(*) from booking.hold where host_id = ?", host.value())).isZero();
		assertThat(events.ofType(RoundSettled.class).matching(settled -> settled.round().equals(round.id())))
			.singleElement()
			.satisfies(settled -> {
				assertThat(settled.winners()).hasSize(2);
				assertThat(settled.notChosen()).hasSize(6);
				assertThat(settled.by()).isEqualTo(Picking.DRAW);
			});
		assertThat(this.rounds.applicants(draw.round())).contains(8);
	}

	@Test
	void membersNewToTheHostGoBeforeThoseWhoMetThem() {
		AccountId host = this.fixtures.host();
		Round round = this.fixtures.round(host, Picking.DRAW, thursday(19, 0));
		List<AccountId> regulars = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			AccountId regular = this.fixtures.member("Langganan");
			this.fixtures.pastSession(host, regular);
			regulars.add(regular);
			this.rounds.apply(regular, round.id(), form());
		}
		AccountId newcomer = this.fixtures.member("Baru");
		this.rounds.apply(newcomer, round.id(), form());

		this.clock.set(CLOSES);
		this.jobs.settleDue();

		DrawRecord draw = this.rounds.draw(round.id()).orElseThrow();
		assertThat(draw.entries()).extracting(DrawEntry::priority).containsExactly(0, 1, 1, 1, 1);
		assertThat(draw.entries()).extracting(DrawEntry::outcome)
			.containsExactly(Outcome.WON, Outcome.NOT_CHOSEN, Outcome.NOT_CHOSEN, Outcome.NOT_CHOSEN,
					Outcome.NOT_CHOSEN);
		assertThat(confirmed(host)).singleElement()
			.satisfies(booking -> assertThat(booking.attendee()).isEqualTo(newcomer));
	}

	@Test
	void withFirstTimersOverallMembersWhoNeverHadANgupiGoFirstOfAll() {
		AccountId host = this.fixtures.host();
		RoundOutcome opened = this.rounds.open(host, new RoundPlan(this.fixtures.offering(host),
				List.of(thursday(19, 0)), null, CLOSES, Picking.DRAW, true));
		Round round = ((RoundOutcome.Opened) opened).round();
		AccountId elsewhere = this.fixtures.member("Pernah");
		this.fixtures.pastSession(this.fixtures.host(), elsewhere);
		AccountId never = this.fixtures.member("Belum");
		AccountId regular = this.fixtures.member("Langganan");
		this.fixtures.pastSession(host, regular);
		for (AccountId member : List.of(regular, elsewhere, never)) {
			this.rounds.apply(member, round.id(), form());
		}

		this.clock.set(CLOSES);
		this.jobs.settleDue();

		assertThat(this.rounds.draw(round.id()).orElseThrow().entries()).extracting(DrawEntry::priority)
			.containsExactly(0, 1, 2);
		assertThat(confirmed(host)).singleElement()
			.satisfies(booking -> assertThat(booking.attendee()).isEqualTo(never));
	}

	@Test
	void anIneligibleWinnerIsSkippedAndTheNextDrawnGetsTheTime() {
		AccountId host = this.fixtures.host();
		Round round = this.fixtures.round(host, Picking.DRAW, thursday(19, 0));
		AccountId regular = this.fixtures.member("Langganan");
		this.fixtures.pastSession(host, regular);
		AccountId busy = this.fixtures.member("Sibuk");
		for (AccountId member : List.of(regular, busy)) {
			this.rounds.apply(member, round.id(), form());
		}
		// the newcomer books another of the host's times meanwhile: one upcoming session
		// with a host is the limit, so by the draw they may not book this one
		assertThat(this.directBookings.book(busy, new BookingRequest(this.fixtures.offering(host), thursday(20, 0),
				List.of("frontend"), Fixtures.ANSWER, UUID.randomUUID())))
			.isInstanceOf(Booked.class);

		this.clock.set(CLOSES);
		this.jobs.settleDue();

		DrawRecord draw = this.rounds.draw(round.id()).orElseThrow();
		assertThat(draw.entries()).extracting(DrawEntry::priority, DrawEntry::outcome)
			.as("the newcomer is drawn first and skipped; the next drawn gets the time")
			.containsExactly(tuple(0, Outcome.SKIPPED), tuple(1, Outcome.WON));
		assertThat(confirmed(host)).extracting(Booking::attendee, Booking::start)
			.containsExactlyInAnyOrder(tuple(regular, thursday(19, 0)), tuple(busy, thursday(20, 0)));
	}

	private List<Booking> confirmed(AccountId host) {
		return this.bookings.asHost(host)
			.stream()
			.filter(booking -> booking.status() == BookingStatus.CONFIRMED)
			.toList();
	}

	@Test
	void eachWinnerGetsTheirBestRankedTimeStillFree() {
		AccountId host = this.fixtures.host();
		Round round = this.fixtures.round(host, Picking.DRAW, thursday(19, 0), thursday(19, 30), thursday(20, 0));
		AccountId early = this.fixtures.member("Awal");
		AccountId late = this.fixtures.member("Akhir");
		AccountId onlyEarly = this.fixtures.member("Hanya");
		AccountId any = this.fixtures.member("Bebas");
		this.rounds.apply(early, round.id(), form(thursday(19, 0), thursday(20, 0)));
		this.rounds.apply(late, round.id(), form(thursday(20, 0)));
		this.rounds.apply(onlyEarly, round.id(), form(thursday(19, 0)));
		this.rounds.apply(any, round.id(), form());

		this.clock.set(CLOSES);
		this.jobs.settleDue();

		DrawRecord draw = this.rounds.draw(round.id()).orElseThrow();
		Map<String, DrawEntry> byTicket = draw.entries()
			.stream()
			.collect(Collectors.toMap(DrawEntry::ticket, entry -> entry));
		List<java.time.Instant> given = new ArrayList<>();
		for (DrawEntry entry : draw.entries()) {
			Application application = this.rounds.applicationOf(member(entry.ticket(), round), round.id())
				.orElseThrow();
			List<java.time.Instant> wanted = application.anyTime()
					? round.times().stream().map(RoundTime::start).toList() : application.ranked();
			java.util.Optional<java.time.Instant> best = wanted.stream()
				.filter(time -> !given.contains(time))
				.findFirst();
			if (best.isPresent()) {
				assertThat(entry.outcome()).as("ticket %s in place %d", entry.ticket(), entry.position())
					.isEqualTo(Outcome.WON);
				assertThat(entry.start()).contains(best.get());
				given.add(best.get());
			}
			else {
				assertThat(entry.outcome()).isEqualTo(Outcome.NOT_CHOSEN);
			}
		}
		assertThat(byTicket).hasSize(4);
		assertThat(this.bookings.asHost(host)).extracting(Booking::start).containsExactlyInAnyOrderElementsOf(given);
	}

	@Test
	void theHostPicksOnceTheWindowClosedAndStrangersSeeNothing(AssertablePublishedEvents events) {
		AccountId host = this.fixtures.host();
		Round round = this.fixtures.round(host, Picking.HOST, thursday(19, 0), thursday(19, 30));
		assertThat(round.pickBy()).as("48 hours after the close, but not past the first time's notice")
			.isEqualTo(thursday(18, 0));
		List<AccountId> members = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			members.add(this.fixtures.member("Calon"));
			this.rounds.apply(members.get(i), round.id(), form());
		}
		AccountId stranger = this.fixtures.member("Orang");
		assertThatExceptionOfType(RoundNotFoundException.class)
			.isThrownBy(() -> this.rounds.applicantsFor(stranger, round.id()));
		List<Applicant> applicants = this.rounds.applicantsFor(host, round.id());
		assertThat(applicants).hasSize(4).allSatisfy(applicant -> assertThat(applicant.newToHost()).isTrue());
		List<ApplicationId> picks = applicants.stream()
			.filter(applicant -> applicant.application().member().equals(members.get(3))
					|| applicant.application().member().equals(members.get(1)))
			.sorted(Comparator.comparing(applicant -> !applicant.application().member().equals(members.get(3))))
			.map(applicant -> applicant.application().id())
			.toList();
		assertThat(this.rounds.choose(host, round.id(), picks)).as("before the window closed")
			.isEqualTo(HostAnswer.NOT_NOW);

		this.clock.set(CLOSES);
		assertThat(this.jobs.tellHosts()).isOne();
		assertThat(this.jobs.tellHosts()).isZero();
		assertThat(events.ofType(ApplicationsWaiting.class).matching(waiting -> waiting.round().equals(round.id())))
			.singleElement()
			.satisfies(waiting -> assertThat(waiting.applicants()).isEqualTo(4));
		assertThat(this.jobs.settleDue()).as("the host still has time to pick").isZero();
		assertThatExceptionOfType(RoundNotFoundException.class)
			.isThrownBy(() -> this.rounds.choose(stranger, round.id(), picks));
		ApplicationId unpicked = applicants.stream()
			.map(applicant -> applicant.application().id())
			.filter(id -> !picks.contains(id))
			.findFirst()
			.orElseThrow();
		assertThat(this.rounds.choose(host, round.id(), List.of(picks.get(0), picks.get(1), unpicked)))
			.as("more picks than times")
			.isEqualTo(HostAnswer.BAD_PICKS);
		assertThat(this.bookings.asHost(host)).isEmpty();

		assertThat(this.rounds.choose(host, round.id(), picks)).isEqualTo(HostAnswer.DONE);
		assertThat(this.bookings.asHost(host)).hasSize(2).anySatisfy(booking -> {
			assertThat(booking.attendee()).isEqualTo(members.get(3));
			assertThat(booking.start()).isEqualTo(thursday(19, 0));
		}).anySatisfy(booking -> assertThat(booking.attendee()).isEqualTo(members.get(1)));
		DrawRecord record = this.rounds.draw(round.id()).orElseThrow();
		assertThat(record.round().settledBy()).contains(Picking.HOST);
		assertThat(record.round().seed()).as("no draw ran").isEmpty();
		assertThat(record.entries()).extracting(DrawEntry::outcome)
			.containsExactly(Outcome.WON, Outcome.WON, Outcome.NOT_CHOSEN, Outcome.NOT_CHOSEN);
		assertThat(this.rounds.choose(host, round.id(), picks)).isEqualTo(HostAnswer.NOT_NOW);
	}

	@Test
	void aHostWhoDoesNotPickInTimeLeavesItToTheDraw() {
		AccountId host = this.fixtures.host();
		Round round = this.fixtures.round(host, Picking.HOST, thursday(19, 0));
		for (int i = 0; i < 3; i++) {
			this.rounds.apply(this.fixtures.member("Calon"), round.id(), form());
		}
		this.clock.set(round.pickBy().minus(Duration.ofSeconds(1)));
		assertThat(this.jobs.settleDue()).isZero();
		this.clock.set(round.pickBy());
		assertThat(this.jobs.settleDue()).isOne();

		DrawRecord draw = this.rounds.draw(round.id()).orElseThrow();
		assertThat(draw.round().settledBy()).contains(Picking.DRAW);
		assertThat(draw.round().seed())
			.hasValueSatisfying(seed -> assertThat(sha256(seed)).isEqualTo(round.seedHash()));
		assertThat(draw.entries()).extracting(DrawEntry::outcome)
			.containsExactly(Outcome.WON, Outcome.NOT_CHOSEN, Outcome.NOT_CHOSEN);
		assertThat(this.bookings.asHost(host)).hasSize(1);
	}

	private AccountId member(String ticket, Round round) {
		return new AccountId(
				this.jdbc.queryForObject("select member_id from rounds.application where round_id = ? and ticket = ?",
						java.util.UUID.class, round.id().value(), ticket));
	}

	private int count(String sql, Object... args) {
		Integer value = this.jdbc.queryForObject(sql, Integer.class, args);
		return (value != null) ? value : 0;
	}

	static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(java.security.MessageDigest.getInstance("SHA-256")
					.digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		}
		catch (java.security.NoSuchAlgorithmException missing) {
			throw new IllegalStateException(missing);
		}
	}

}
