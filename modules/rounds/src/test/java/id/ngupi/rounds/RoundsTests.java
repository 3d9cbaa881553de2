package id.ngupi.rounds;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import id.ngupi.booking.BookingOutcome;
import id.ngupi.booking.BookingOutcome.Booked;
import id.ngupi.booking.BookingOutcome.Refusal;
import id.ngupi.booking.BookingOutcome.Refused;
import id.ngupi.booking.BookingRequest;
import id.ngupi.booking.Bookings;
import id.ngupi.booking.OpenSlot;
import id.ngupi.booking.OpenSlots;
import id.ngupi.db.test.TestClock;
import id.ngupi.hosting.OfferingId;
import id.ngupi.identity.AccountId;
import id.ngupi.identity.Accounts;
import id.ngupi.rounds.RoundOutcome.Reason;
import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

import static id.ngupi.rounds.Fixtures.ANSWER;
import static id.ngupi.rounds.Fixtures.CLOSES;
import static id.ngupi.rounds.Fixtures.form;
import static id.ngupi.rounds.Fixtures.thursday;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Opening a round holds its times (nobody books them directly, each counts in its week's
 * quota), a round that cannot be opened holds nothing, and members apply only inside the
 * window, once each, editable and withdrawable until it closes.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ExtendWith(MondayMorning.class)
class RoundsTests {

	private final Rounds rounds;

	private final Bookings bookings;

	private final OpenSlots openSlots;

	private final Accounts accounts;

	private final Fixtures fixtures;

	private final TestClock clock;

	private final JdbcTemplate jdbc;

	@Autowired
	RoundsTests(Rounds rounds, Bookings bookings, OpenSlots openSlots, Accounts accounts, Fixtures fixtures,
			TestClock clock, JdbcTemplate jdbc) {
		this.rounds = rounds;
		this.bookings = bookings;
		this.openSlots = openSlots;
		this.accounts = accounts;
		this.fixtures = fixtures;
		this.clock = clock;
		this.jdbc = jdbc;
	}

	@Test
	void aRoundsTimesAreHeldAndNotBookableDirectly() {
		AccountId host = this.fixtures.host();
		OfferingId offering = this.fixtures.offering(host);
		Round round = this.fixtures.round(host, Picking.DRAW, thursday(19, 0), thursday(19, 30));

		assertThat(round.times()).extracting(RoundTime::start).containsExactly(thursday(19, 0), thursday(19, 30));
		assertThat(round.seedHash()).matches("[0-9a-f]{64}");
		assertThat(round.seed()).as("the seed stays secret until the draw").isEmpty();
		assertThat(this.openSlots.of(offering)).extracting(OpenSlot::start)
			.doesNotContain(thursday(19, 0), thursday(19, 30))
			.contains(thursday(20, 0));

		BookingOutcome direct = this.bookings.book(this.fixtures.member("Cepat"),
				new BookingRequest(offering, thursday(19, 0), List.of("frontend"), ANSWER, UUID.randomUUID()));
		assertThat(direct).isInstanceOfSatisfying(Refused.class,
				refused -> assertThat(refused.reason()).isEqualTo(Refusal.HELD));
		assertThat(this.bookings.book(this.fixtures.member("Lain"),
				new BookingRequest(offering, thursday(20, 0), List.of("frontend"), ANSWER, UUID.randomUUID())))
			.isInstanceOf(Booked.class);
		assertThat(count("select used from booking.quota_use where offering_id = ?", offering.value()))
			.as("two held times and one booking count in the week's quota")
			.isEqualTo(3);
	}

	@Test
	void aRoundOpenedNowTakesApplicationsAtOnceWhateverTheClocksNanoseconds() {
		// PostgreSQL keeps microseconds and rounds the rest: 999 ns would round up, and
		// the
		// round read back would not be open yet at the instant it was opened
		this.clock.set(Fixtures.MONDAY_MORNING.plusNanos(999));
		Round round = this.fixtures.round(this.fixtures.host(), Picking.DRAW, thursday(19, 0));

		assertThat(this.rounds.find(round.id()).orElseThrow().applying(this.clock.instant())).isTrue();
		assertThat(this.rounds.apply(this.fixtures.member("Tepat"), round.id(), form()))
			.isEqualTo(ApplyOutcome.APPLIED);
	}

	@Test
	void aRoundThatCannotOpenHoldsNothing() {
		AccountId host = this.fixtures.host();
		OfferingId offering = this.fixtures.offering(host);
		AccountId stranger = this.fixtures.host();

		assertThat(open(host, new RoundPlan(offering, List.of(thursday(10, 0)), null, CLOSES, Picking.DRAW, false)))
			.extracting(Reason::toString)
			.isEqualTo("TIME_NOT_OPEN");
		assertThat(open(host,
				new RoundPlan(offering, List.of(thursday(19, 0), thursday(19, 15)), null, CLOSES, Picking.DRAW, false)))
			.as("a time not on the half hour is no candidate")
			.isEqualTo(Reason.TIME_NOT_OPEN);
		assertThat(open(host,
				new RoundPlan(offering, List.of(thursday(19, 0)), null, thursday(18, 30), Picking.DRAW, false)))
			.as("the window must close before the first time's notice")
			.isEqualTo(Reason.CLOSES_TOO_LATE);
		assertThat(
				open(host,
						new RoundPlan(offering, List.of(thursday(19, 0)), null,
								Fixtures.MONDAY_MORNING.minusSeconds(60), Picking.DRAW, false)))
			.isEqualTo(Reason.WINDOW_EMPTY);
		assertThat(open(stranger, new RoundPlan(offering, List.of(thursday(19, 0)), null, CLOSES, Picking.DRAW, false)))
			.isEqualTo(Reason.NOT_YOUR_OFFERING);
		this.fixtures.round(host, Picking.DRAW, thursday(19, 0));
		assertThat(open(host,
				new RoundPlan(offering, List.of(thursday(19, 0), thursday(20, 0)), null, CLOSES, Picking.HOST, false)))
			.as("a time another round holds")
			.isEqualTo(Reason.TIME_NOT_OPEN);

		assertThat(count("select count(*) from rounds.round where host_id = ?", host.value())).isOne();
		assertThat(count("select count(*) from booking.hold where host_id = ?", host.value())).isOne();
		assertThat(count("select used from booking.quota_use where offering_id = ?", offering.value())).isOne();
		assertThatExceptionOfType(ConstraintViolationException.class).isThrownBy(
				() -> this.rounds.open(host, new RoundPlan(offering, List.of(), null, CLOSES, Picking.DRAW, false)));
	}

	@Test
	void membersApplyOnlyInsideTheWindowOnceEachUntilItCloses() {
		AccountId host = this.fixtures.host();
		OfferingId offering = this.fixtures.offering(host);
		Instant opens = Fixtures.MONDAY_MORNING.plus(Duration.ofHours(2));
		RoundOutcome opened = this.rounds.open(host, new RoundPlan(offering, List.of(thursday(19, 0), thursday(19, 30)),
				opens, CLOSES, Picking.DRAW, false));
		RoundId round = ((RoundOutcome.Opened) opened).round().id();
		AccountId member = this.fixtures.member("Rina");

		assertThat(this.rounds.apply(member, round, form())).as("before the window opens")
			.isEqualTo(ApplyOutcome.NOT_OPEN);
		this.clock.set(opens);
		assertThat(this.rounds.apply(member, round, form(thursday(19, 30)))).isEqualTo(ApplyOutcome.APPLIED);
		assertThat(this.rounds.apply(member, round, form(thursday(19, 0), thursday(19, 30))))
			.isEqualTo(ApplyOutcome.UPDATED);
		assertThat(this.rounds.applicationOf(member, round)).hasValueSatisfying(application -> {
			assertThat(application.ranked()).containsExactly(thursday(19, 0), thursday(19, 30));
			assertThat(application.ticket()).matches("[0-9A-F]{8}");
		});
		assertThat(count("select count(*) from rounds.application where round_id = ?", round.value())).isOne();
		assertThat(this.rounds.applicants(this.rounds.find(round).orElseThrow()))
			.as("how many applied is not told while the window is open")
			.isEmpty();

		assertThat(this.rounds.apply(host, round, form())).isEqualTo(ApplyOutcome.OWN_ROUND);
		assertThat(this.rounds.apply(this.fixtures.member("Topik"), round,
				new ApplicationForm(List.of("memasak"), ANSWER, List.of())))
			.isEqualTo(ApplyOutcome.UNKNOWN_TOPICS);
		assertThat(this.rounds.apply(this.fixtures.member("Waktu"), round, form(thursday(20, 0))))
			.isEqualTo(ApplyOutcome.UNKNOWN_TIMES);
		AccountId suspended = this.fixtures.member("Spam");
		this.accounts.suspend(suspended, "Spam");
		assertThat(this.rounds.apply(suspended, round, form())).isEqualTo(ApplyOutcome.NOT_ALLOWED);
		assertThatExceptionOfType(ConstraintViolationException.class)
			.isThrownBy(() -> this.rounds.apply(this.fixtures.member("Singkat"), round,
					new ApplicationForm(List.of("frontend"), "Pendek.", List.of())));
		assertThatExceptionOfType(ConstraintViolationException.class)
			.isThrownBy(() -> this.rounds.apply(this.fixtures.member("Panjang"), round,
					new ApplicationForm(List.of("frontend"), "a".repeat(2001), List.of())));
		assertThatExceptionOfType(RoundNotFoundException.class)
			.isThrownBy(() -> this.rounds.apply(member, new RoundId(UUID.randomUUID()), form()));
		assertThat(count("select count(*) from rounds.application where round_id = ?", round.value())).isOne();

		AccountId other = this.fixtures.member("Budi");
		assertThat(this.rounds.apply(other, round, form())).isEqualTo(ApplyOutcome.APPLIED);
		assertThat(this.rounds.withdraw(other, round)).isEqualTo(ApplyOutcome.WITHDRAWN);
		assertThat(this.rounds.withdraw(other, round)).isEqualTo(ApplyOutcome.NOT_APPLIED);

		this.clock.set(CLOSES);
		assertThat(this.rounds.apply(other, round, form())).as("at the close").isEqualTo(ApplyOutcome.NOT_OPEN);
		assertThat(this.rounds.withdraw(member, round)).isEqualTo(ApplyOutcome.NOT_OPEN);
		assertThat(this.rounds.applicants(this.rounds.find(round).orElseThrow())).contains(1);
	}

	@Test
	void theHostCallsARoundOffWithAReasonAndItsTimesOpenAgain() {
		AccountId host = this.fixtures.host();
		OfferingId offering = this.fixtures.offering(host);
		Round round = this.fixtures.round(host, Picking.DRAW, thursday(19, 0));
		this.rounds.apply(this.fixtures.member("Rina"), round.id(), form());

		assertThat(this.rounds.cancel(host, round.id(), "  ")).isEqualTo(HostAnswer.REASON_REQUIRED);
		assertThatExceptionOfType(RoundNotFoundException.class)
			.isThrownBy(() -> this.rounds.cancel(this.fixtures.member("Orang"), round.id(), "Bukan punyaku"));
		assertThat(this.openSlots.of(offering)).extracting(OpenSlot::start).doesNotContain(thursday(19, 0));

		assertThat(this.rounds.cancel(host, round.id(), "Ada urusan keluarga.")).isEqualTo(HostAnswer.DONE);
		assertThat(this.openSlots.of(offering)).extracting(OpenSlot::start).contains(thursday(19, 0));
		assertThat(
				count("select coalesce(sum(used), 0) from booking.quota_use where offering_id = ?", offering.value()))
			.isZero();
		assertThat(this.rounds.find(round.id())).hasValueSatisfying(found -> {
			assertThat(found.phase(this.clock.instant())).isEqualTo(RoundPhase.CANCELLED);
			assertThat(found.cancelReason()).contains("Ada urusan keluarga.");
		});
		assertThat(this.rounds.cancel(host, round.id(), "Lagi")).isEqualTo(HostAnswer.NOT_NOW);
	}

	private Reason open(AccountId host, RoundPlan plan) {
		RoundOutcome outcome = this.rounds.open(host, plan);
		assertThat(outcome).isInstanceOf(RoundOutcome.Refused.class);
		return ((RoundOutcome.Refused) outcome).reason();
	}

	private int count(String sql, Object... args) {
		Integer value = this.jdbc.queryForObject(sql, Integer.class, args);
		return (value != null) ? value : 0;
	}

}
