package id.ngupi.moderation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import id.ngupi.booking.BookingId;
import id.ngupi.db.test.TestClock;
import id.ngupi.identity.AccountId;
import id.ngupi.identity.Accounts;
import id.ngupi.moderation.ModerationEvents.ReportFiled;
import id.ngupi.moderation.ReportOutcome.Filed;
import id.ngupi.moderation.ReportOutcome.Refusal;
import id.ngupi.moderation.ReportOutcome.Refused;
import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.PublishedEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A member reports only what they can see, never themselves, once per target while their
 * report waits, at most {@link Reports#OPEN_MAX} waiting and {@link Reports#DAILY_MAX} a
 * day, however many they send at once; a refused report stores nothing.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class ReportsTests {

	private static final Instant NOW = Instant.parse("2027-01-04T03:00:00Z");

	private final Reports reports;

	private final Accounts accounts;

	private final Fixtures fixtures;

	private final TestClock clock;

	private final JdbcTemplate jdbc;

	@Autowired
	ReportsTests(Reports reports, Accounts accounts, Fixtures fixtures, TestClock clock, JdbcTemplate jdbc) {
		this.reports = reports;
		this.accounts = accounts;
		this.fixtures = fixtures;
		this.clock = clock;
		this.jdbc = jdbc;
	}

	@BeforeEach
	void stopTime() {
		this.clock.set(NOW);
	}

	@AfterEach
	void runTime() {
		this.clock.reset();
	}

	@Test
	void aMemberReportsAProfileOnceWhileTheReportWaitsAndFollowsIt(PublishedEvents events) {
		AccountId reporter = this.fixtures.member("Pelapor");
		AccountId spammer = this.fixtures.member("Spammer");

		ReportOutcome outcome = this.reports.file(reporter, Target.profile(spammer),
				new ReportForm(ReportReason.SPAM, "  Bio-nya berisi tautan judi.  "));

		assertThat(outcome).isInstanceOf(Filed.class);
		ReportId id = ((Filed) outcome).report();
		assertThat(this.reports.filedBy(reporter)).singleElement().satisfies(report -> {
			assertThat(report.id()).isEqualTo(id);
			assertThat(report.status()).isEqualTo(ReportStatus.OPEN);
			assertThat(report.subject()).isEqualTo(spammer);
			assertThat(report.details()).isEqualTo("Bio-nya berisi tautan judi.");
		});
		assertThat(events.ofType(ReportFiled.class).matching(filed -> filed.report().equals(id))).hasSize(1);
		assertThat(this.reports.file(reporter, Target.profile(spammer), new ReportForm(ReportReason.HARASSMENT, "")))
			.isEqualTo(new Refused(Refusal.ALREADY_OPEN));
		assertThat(this.reports.reportable(reporter, Target.profile(spammer)))
			.hasValueSatisfying(reportable -> assertThat(reportable.open().id()).isEqualTo(id));
		assertThat(this.reports.filedBy(reporter)).hasSize(1);
	}

	@Test
	void membersReportOnlyWhatTheySeeAndNeverThemselves() {
		AccountId member = this.fixtures.member("Anggota");
		AccountId stranger = this.fixtures.member("Asing");
		AccountId host = this.fixtures.host();
		AccountId attendee = this.fixtures.member("Peserta");
		BookingId session = this.fixtures.pastSession(host, attendee, NOW);
		ReportForm form = new ReportForm(ReportReason.HARASSMENT, "Kata-katanya kasar.");

		assertThat(this.reports.file(member, Target.profile(member), form)).isEqualTo(new Refused(Refusal.OWN));
		assertThat(this.reports.file(host, Target.hostPage(host), form)).isEqualTo(new Refused(Refusal.OWN));
		assertThat(this.reports.file(stranger, Target.session(session), form))
			.isEqualTo(new Refused(Refusal.NOT_FOUND));
		assertThat(this.reports.reportable(stranger, Target.session(session))).isEmpty();
		assertThat(this.reports.file(member, Target.hostPage(attendee), form))
			.as("someone who does not host has no host page")
			.isEqualTo(new Refused(Refusal.NOT_FOUND));
		assertThat(this.reports.file(member, Target.profile(new AccountId(java.util.UUID.randomUUID())), form))
			.isEqualTo(new Refused(Refusal.NOT_FOUND));
		AccountId suspended = this.fixtures.member("Ditangguhkan");
		this.accounts.suspend(suspended, "Spam");
		assertThat(this.reports.file(member, Target.profile(suspended), form))
			.isEqualTo(new Refused(Refusal.NOT_FOUND));
		assertThat(this.reports.filedBy(member)).isEmpty();
		assertThat(this.reports.filedBy(stranger)).isEmpty();

		assertThat(this.reports.file(attendee, Target.session(session), form)).isInstanceOf(Filed.class);
		assertThat(this.reports.filedBy(attendee)).singleElement()
			.satisfies(report -> assertThat(report.subject()).as("the other side").isEqualTo(host));
	}

	@Test
	void feedbackIsReportableByWhoeverItIsShownTo() {
		AccountId host = this.fixtures.host();
		AccountId attendee = this.fixtures.member("Peserta");
		AccountId visitor = this.fixtures.member("Pengunjung");
		BookingId session = this.fixtures.pastSession(host, attendee, NOW);
		this.fixtures.feedback(session, host, attendee, NOW);
		ReportForm form = new ReportForm(ReportReason.INAPPROPRIATE, "");

		assertThat(this.reports.file(visitor, Target.feedback(session, attendee), form))
			.as("a testimonial on the host's page")
			.isInstanceOf(Filed.class);
		assertThat(this.reports.file(visitor, Target.feedback(session, host), form))
			.as("the host's private feedback to the attendee")
			.isEqualTo(new Refused(Refusal.NOT_FOUND));
		assertThat(this.reports.file(attendee, Target.feedback(session, host), form))
			.as("feedback the attendee received")
			.isInstanceOf(Filed.class);
		assertThat(this.reports.file(attendee, Target.feedback(session, attendee), form)).as("their own words")
			.isEqualTo(new Refused(Refusal.NOT_FOUND));
	}

	@Test
	void theReasonMustFitAndOtherNeedsWordsAndTooLongIsRefusedNotCut() {
		AccountId reporter = this.fixtures.member("Pelapor");
		AccountId member = this.fixtures.member("Anggota");

		assertThat(this.reports.file(reporter, Target.profile(member), new ReportForm(ReportReason.NO_SHOW, "x")))
			.isEqualTo(new Refused(Refusal.REASON_NOT_FOR_TARGET));
		assertThat(this.reports.file(reporter, Target.profile(member), new ReportForm(ReportReason.OTHER, "   ")))
			.isEqualTo(new Refused(Refusal.DETAILS_REQUIRED));
		assertThatExceptionOfType(ConstraintViolationException.class).isThrownBy(() -> this.reports.file(reporter,
				Target.profile(member), new ReportForm(ReportReason.OTHER, "a".repeat(ReportForm.DETAILS_MAX + 1))));
		assertThatExceptionOfType(ConstraintViolationException.class).isThrownBy(() -> this.reports.file(reporter,
				Target.profile(member), new ReportForm(ReportReason.OTHER, "tab\ttak\u0007apa")));
		assertThatExceptionOfType(ConstraintViolationException.class)
			.isThrownBy(() -> this.reports.file(reporter, Target.profile(member), new ReportForm(null, "x")));
		assertThat(this.reports.filedBy(reporter)).isEmpty();

		assertThat(this.reports.file(reporter, Target.profile(member),
				new ReportForm(ReportReason.OTHER, "a".repeat(ReportForm.DETAILS_MAX))))
			.isInstanceOf(Filed.class);
	}

	@Test
	void fiveADayAndTenWaitingAtMost() {
		AccountId reporter = this.fixtures.member("Rajin");
		List<AccountId> members = new ArrayList<>();
		for (int i = 0; i < Reports.OPEN_MAX + 1; i++) {
			members.add(this.fixtures.member("Anggota"));
		}
		ReportForm form = new ReportForm(ReportReason.SPAM, "");
		for (int i = 0; i < Reports.DAILY_MAX; i++) {
			assertThat(this.reports.file(reporter, Target.profile(members.get(i)), form)).isInstanceOf(Filed.class);
		}
		assertThat(this.reports.file(reporter, Target.profile(members.get(5)), form))
			.isEqualTo(new Refused(Refusal.TOO_MANY_TODAY));

		this.clock.set(NOW.plus(Duration.ofDays(1)).plusSeconds(1));
		for (int i = Reports.DAILY_MAX; i < Reports.OPEN_MAX; i++) {
			assertThat(this.reports.file(reporter, Target.profile(members.get(i)), form)).isInstanceOf(Filed.class);
		}
		this.clock.set(NOW.plus(Duration.ofDays(3)));
		assertThat(this.reports.file(reporter, Target.profile(members.get(Reports.OPEN_MAX)), form))
			.isEqualTo(new Refused(Refusal.TOO_MANY_OPEN));
		assertThat(this.reports.filedBy(reporter)).hasSize(Reports.OPEN_MAX);
	}

	@Test
	void reportsSentAllAtOnceKeepTheLimitsAndOneOpenPerTarget() throws Exception {
		AccountId reporter = this.fixtures.member("Cepat");
		List<AccountId> members = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			members.add(this.fixtures.member("Anggota"));
		}
		List<Callable<ReportOutcome>> sends = new ArrayList<>();
		for (AccountId member : members) {
			sends.add(() -> this.reports.file(reporter, Target.profile(member), new ReportForm(ReportReason.SPAM, "")));
		}
		AccountId other = this.fixtures.member("Lain");
		AccountId twice = this.fixtures.member("Dua");
		for (int i = 0; i < 6; i++) {
			sends.add(() -> this.reports.file(other, Target.profile(twice), new ReportForm(ReportReason.SPAM, "")));
		}
		ExecutorService pool = Executors.newFixedThreadPool(14);
		try {
			List<ReportOutcome> outcomes = new ArrayList<>();
			for (Future<ReportOutcome> sent : pool.invokeAll(sends)) {
				outcomes.add(sent.get());
			}
			assertThat(outcomes.subList(0, 8)).filteredOn(Filed.class::isInstance).hasSize(Reports.DAILY_MAX);
			assertThat(outcomes.subList(8, 14)).filteredOn(Filed.class::isInstance).hasSize(1);
		}
		finally {
			pool.shutdown();
		}
		assertThat(count("reporter_id = ?", reporter)).isEqualTo(Reports.DAILY_MAX);
		assertThat(count("reporter_id = ?", other)).isEqualTo(1);
	}

	private int count(String where, AccountId account) {
		return this.jdbc.queryForObject("select count(*) from moderation.report where " + where, Integer.class,
				account.value());
	}

}
