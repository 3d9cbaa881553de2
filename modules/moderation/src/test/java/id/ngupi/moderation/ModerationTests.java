package id.ngupi.moderation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import id.ngupi.booking.BookingId;
import id.ngupi.db.test.TestClock;
import id.ngupi.feedback.FeedbackModeration;
import id.ngupi.hosting.HostDirectory;
import id.ngupi.identity.Account;
import id.ngupi.identity.AccountId;
import id.ngupi.identity.Accounts;
import id.ngupi.moderation.ModerationEvents.ContentHidden;
import id.ngupi.moderation.ModerationEvents.MemberWarned;
import id.ngupi.moderation.ModerationEvents.ReportResolved;
import id.ngupi.moderation.ReportOutcome.Filed;
import id.ngupi.moderation.internal.AdminHandles;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The admins' queue and actions: oldest first, grouped by target; each action answers
 * every open report on its target, tells the reporters, and leaves exactly one audit
 * entry; a non-admin is refused before anything is read or changed.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class ModerationTests {

	private static final Instant NOW = Instant.parse("2027-01-04T03:00:00Z");

	private final Moderation moderation;

	private final Reports reports;

	private final Accounts accounts;

	private final HostDirectory hosts;

	private final FeedbackModeration feedback;

	private final Fixtures fixtures;

	private final TestClock clock;

	private final JdbcTemplate jdbc;

	private final AdminHandles handles;

	@Autowired
	ModerationTests(Moderation moderation, Reports reports, Accounts accounts, HostDirectory hosts,
			FeedbackModeration feedback, Fixtures fixtures, TestClock clock, JdbcTemplate jdbc, AdminHandles handles) {
		this.handles = handles;
		this.moderation = moderation;
		this.reports = reports;
		this.accounts = accounts;
		this.hosts = hosts;
		this.feedback = feedback;
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
	void aNonAdminIsRefusedEverythingAndNothingChanges() {
		AccountId member = this.fixtures.member("Bukan-admin");
		AccountId subject = this.fixtures.member("Terlapor");
		ReportId report = file(this.fixtures.member("Pelapor"), Target.profile(subject), ReportReason.SPAM);
		long entries = auditEntries();

		assertThat(this.moderation.isAdmin(member)).isFalse();
		assertThatExceptionOfType(NotAdminException.class).isThrownBy(() -> this.moderation.queue(member));
		assertThatExceptionOfType(NotAdminException.class).isThrownBy(() -> this.moderation.caseOf(member, report));
		assertThatExceptionOfType(NotAdminException.class)
			.isThrownBy(() -> this.moderation.act(member, report, new ActionForm(ModerationAction.SUSPEND, "Spam")));
		assertThatExceptionOfType(NotAdminException.class).isThrownBy(() -> this.moderation.actOn(member, subject,
				Target.profile(subject), new ActionForm(ModerationAction.SUSPEND, "Spam")));
		assertThatExceptionOfType(NotAdminException.class)
			.isThrownBy(() -> this.moderation.member(member, "siapa-saja"));
		assertThatExceptionOfType(NotAdminException.class).isThrownBy(() -> this.moderation.audit(member, null));

		assertThat(this.accounts.find(subject).orElseThrow().suspended()).isFalse();
		assertThat(status(report)).isEqualTo("open");
		assertThat(auditEntries()).isEqualTo(entries);
	}

	@Test
	void theQueueShowsEachTargetOnceOldestFirst() {
		AccountId admin = this.fixtures.admin();
		AccountId early = this.fixtures.member("Awal");
		AccountId late = this.fixtures.member("Akhir");
		this.clock.set(NOW.minusSeconds(7200));
		ReportId first = file(this.fixtures.member("Satu"), Target.profile(early), ReportReason.SPAM);
		this.clock.set(NOW.minusSeconds(3600));
		file(this.fixtures.member("Dua"), Target.profile(late), ReportReason.HARASSMENT);
		this.clock.set(NOW);
		file(this.fixtures.member("Tiga"), Target.profile(early), ReportReason.HARASSMENT);
		file(this.fixtures.member("Empat"), Target.profile(early), ReportReason.HARASSMENT);

		List<QueueItem> queue = this.moderation.queue(admin)
			.stream()
			.filter(item -> item.subject().equals(early) || item.subject().equals(late))
			.toList();

		assertThat(queue).extracting(QueueItem::subject).containsExactly(early, late);
		assertThat(queue.get(0).first()).isEqualTo(first);
		assertThat(queue.get(0).reports()).isEqualTo(3);
		assertThat(queue.get(0).reasons()).containsExactly(ReportReason.HARASSMENT, ReportReason.SPAM);
	}

	@Test
	void dismissingAnswersEveryOpenReportOnTheTargetOnceAndIsAudited(PublishedEvents events) {
		AccountId admin = this.fixtures.admin();
		AccountId subject = this.fixtures.member("Terlapor");
		AccountId one = this.fixtures.member("Satu");
		AccountId two = this.fixtures.member("Dua");
		ReportId first = file(one, Target.profile(subject), ReportReason.SPAM);
		ReportId second = file(two, Target.profile(subject), ReportReason.HARASSMENT);

		assertThat(this.moderation.act(admin, second, new ActionForm(ModerationAction.DISMISS, "Bio biasa saja.")))
			.isEqualTo(ActionOutcome.DONE);

		assertThat(status(first)).isEqualTo("dismissed");
		assertThat(status(second)).isEqualTo("dismissed");
		assertThat(events.ofType(ReportResolved.class).matching(resolved -> !resolved.actioned()))
			.extracting(ReportResolved::reporter)
			.containsExactlyInAnyOrder(one, two);
		assertThat(this.moderation.audit(admin, null)).first().satisfies(entry -> {
			assertThat(entry.action()).isEqualTo(ModerationAction.DISMISS);
			assertThat(entry.admin()).isEqualTo(admin);
			assertThat(entry.adminHandle()).isEqualTo(Fixtures.ADMIN_HANDLE);
			assertThat(entry.subject()).isEqualTo(subject);
			assertThat(entry.report()).isEqualTo(second);
			assertThat(entry.reports()).isEqualTo(2);
			assertThat(entry.reason()).isEqualTo("Bio biasa saja.");
		});
		long entries = auditEntries();
		assertThat(this.moderation.act(admin, first, new ActionForm(ModerationAction.DISMISS, "Lagi")))
			.isEqualTo(ActionOutcome.ALREADY_RESOLVED);
		assertThat(auditEntries()).isEqualTo(entries);
		assertThat(this.reports.filedBy(one)).singleElement()
			.satisfies(report -> assertThat(report.status()).isEqualTo(ReportStatus.DISMISSED));
	}

	@Test
	void hidingAHostPageUnlistsItTellsTheHostAndUnhidingBringsItBack(PublishedEvents events) {
		AccountId admin = this.fixtures.admin();
		AccountId host = this.fixtures.host();
		ReportId report = file(this.fixtures.member("Pelapor"), Target.hostPage(host), ReportReason.SPAM);

		assertThat(this.moderation.caseOf(admin, report)).hasValueSatisfying(found -> {
			assertThat(found.content()).isInstanceOf(ReportedContent.HostPage.class);
			assertThat(found.actions()).contains(ModerationAction.DISMISS, ModerationAction.HIDE, ModerationAction.WARN,
					ModerationAction.SUSPEND);
		});
		assertThat(this.moderation.act(admin, report, new ActionForm(ModerationAction.HIDE, "Isinya iklan judi.")))
			.isEqualTo(ActionOutcome.DONE);

		assertThat(this.hosts.find(host).orElseThrow().hiddenFromVisitors()).isTrue();
		assertThat(status(report)).isEqualTo("actioned");
		assertThat(events.ofType(ContentHidden.class).matching(hidden -> hidden.owner().equals(host))).singleElement()
			.satisfies(hidden -> assertThat(hidden.reason()).isEqualTo("Isinya iklan judi."));
		assertThat(events.ofType(ReportResolved.class).matching(resolved -> resolved.report().equals(report)))
			.singleElement()
			.satisfies(resolved -> assertThat(resolved.actioned()).isTrue());
		assertThat(this.moderation.act(admin, report, new ActionForm(ModerationAction.HIDE, "Lagi")))
			.as("already hidden")
			.isEqualTo(ActionOutcome.NOT_APPLICABLE);

		String handle = this.accounts.find(host).orElseThrow().handle().value();
		assertThat(this.moderation.member(admin, handle)).hasValueSatisfying(standing -> {
			assertThat(standing.hostPageHidden()).isTrue();
			assertThat(standing.hostPageActions()).contains(ModerationAction.UNHIDE);
		});
		assertThat(this.moderation.actOn(admin, host, Target.hostPage(host),
				new ActionForm(ModerationAction.UNHIDE, "Sudah diperbaiki.")))
			.isEqualTo(ActionOutcome.DONE);
		assertThat(this.hosts.find(host).orElseThrow().hiddenFromVisitors()).isFalse();
		assertThat(this.moderation.audit(admin, null)).extracting(AuditEntry::action)
			.startsWith(ModerationAction.UNHIDE, ModerationAction.HIDE);
	}

	@Test
	void hidingFeedbackHidesThatEntryOnly() {
		AccountId admin = this.fixtures.admin();
		AccountId host = this.fixtures.host();
		AccountId attendee = this.fixtures.member("Peserta");
		BookingId session = this.fixtures.pastSession(host, attendee, NOW);
		this.fixtures.feedback(session, host, attendee, NOW);
		ReportId report = file(this.fixtures.member("Pengunjung"), Target.feedback(session, attendee),
				ReportReason.INAPPROPRIATE);

		assertThat(this.moderation.act(admin, report, new ActionForm(ModerationAction.HIDE, "Kata-kata kasar.")))
			.isEqualTo(ActionOutcome.DONE);

		assertThat(this.feedback.find(session, attendee).orElseThrow().hidden()).isTrue();
		assertThat(this.feedback.find(session, host).orElseThrow().hidden()).isFalse();
		String handle = this.accounts.find(attendee).orElseThrow().handle().value();
		assertThat(this.moderation.member(admin, handle).orElseThrow().hiddenFeedback())
			.extracting(MemberStanding.HiddenFeedback::target)
			.containsExactly(Target.feedback(session, attendee));
	}

	@Test
	void warningTellsTheMemberWithTheReason(PublishedEvents events) {
		AccountId admin = this.fixtures.admin();
		AccountId host = this.fixtures.host();
		AccountId attendee = this.fixtures.member("Peserta");
		BookingId session = this.fixtures.pastSession(host, attendee, NOW);
		ReportId report = file(attendee, Target.session(session), ReportReason.NO_SHOW);

		assertThat(this.moderation.act(admin, report, new ActionForm(ModerationAction.HIDE, "Sesi")))
			.as("a session is not hidden")
			.isEqualTo(ActionOutcome.NOT_APPLICABLE);
		assertThat(this.moderation.act(admin, report,
				new ActionForm(ModerationAction.WARN, "Jangan tidak hadir tanpa kabar.")))
			.isEqualTo(ActionOutcome.DONE);

		assertThat(events.ofType(MemberWarned.class).matching(warned -> warned.member().equals(host))).singleElement()
			.satisfies(warned -> {
				assertThat(warned.reason()).isEqualTo("Jangan tidak hadir tanpa kabar.");
				assertThat(warned.kind()).isEqualTo(TargetKind.SESSION);
			});
		assertThat(this.moderation.caseOf(admin, report).orElseThrow().content())
			.isInstanceOf(ReportedContent.Session.class);
	}

	@Test
	void suspendingAndRestoringCarryTheReasonToIdentityAndAreAudited() {
		AccountId admin = this.fixtures.admin();
		AccountId subject = this.fixtures.member("Nakal");
		ReportId report = file(this.fixtures.member("Pelapor"), Target.profile(subject), ReportReason.IMPERSONATION);

		assertThat(this.moderation.act(admin, report,
				new ActionForm(ModerationAction.SUSPEND, "Menyamar sebagai orang lain.")))
			.isEqualTo(ActionOutcome.DONE);
		Account suspended = this.accounts.find(subject).orElseThrow();
		assertThat(suspended.suspendedReason()).isEqualTo("Menyamar sebagai orang lain.");
		assertThat(this.moderation.caseOf(admin, report).orElseThrow().actions())
			.containsExactly(ModerationAction.RESTORE);
		assertThat(this.moderation.act(admin, report, new ActionForm(ModerationAction.SUSPEND, "Lagi")))
			.isEqualTo(ActionOutcome.NOT_APPLICABLE);

		assertThat(this.moderation.actOn(admin, subject, Target.profile(subject),
				new ActionForm(ModerationAction.RESTORE, "Sudah terbukti pemilik aslinya.")))
			.isEqualTo(ActionOutcome.DONE);
		assertThat(this.accounts.find(subject).orElseThrow().suspended()).isFalse();
		assertThat(this.moderation.audit(admin, null)).extracting(AuditEntry::action, AuditEntry::subject)
			.startsWith(org.assertj.core.groups.Tuple.tuple(ModerationAction.RESTORE, subject),
					org.assertj.core.groups.Tuple.tuple(ModerationAction.SUSPEND, subject));
	}

	@Test
	void anAdminDoesNotWarnOrSuspendThemselvesAndAReasonIsRequired() {
		AccountId admin = this.fixtures.admin();
		long entries = auditEntries();

		assertThat(this.moderation.actOn(admin, admin, Target.profile(admin),
				new ActionForm(ModerationAction.SUSPEND, "Coba")))
			.isEqualTo(ActionOutcome.OWN_ACCOUNT);
		assertThatExceptionOfType(ConstraintViolationException.class).isThrownBy(() -> this.moderation.actOn(admin,
				admin, Target.profile(admin), new ActionForm(ModerationAction.WARN, "  ")));
		assertThatExceptionOfType(ConstraintViolationException.class)
			.isThrownBy(() -> this.moderation.actOn(admin, admin, Target.profile(admin),
					new ActionForm(ModerationAction.WARN, "a".repeat(ActionForm.REASON_MAX + 1))));
		AccountId other = this.fixtures.member("Lain");
		assertThat(this.moderation.actOn(admin, other, Target.profile(this.fixtures.member("Bukan")),
				new ActionForm(ModerationAction.WARN, "Salah orang")))
			.isEqualTo(ActionOutcome.NOT_FOUND);
		assertThat(this.moderation.act(admin, new ReportId(UUID.randomUUID()),
				new ActionForm(ModerationAction.DISMISS, "Tidak ada")))
			.isEqualTo(ActionOutcome.NOT_FOUND);
		assertThat(auditEntries()).isEqualTo(entries);
	}

	@Test
	void aCaseAboutAnAdminIsAnotherAdminsToDecide() {
		AccountId admin = this.fixtures.admin();
		AccountId other = this.fixtures.secondAdmin();
		ReportId report = file(this.fixtures.member("Pelapor"), Target.profile(admin), ReportReason.HARASSMENT);

		assertThat(this.moderation.caseOf(admin, report)).hasValueSatisfying(found -> {
			assertThat(found.aboutAdmin()).isTrue();
			assertThat(found.actions()).isEmpty();
		});
		assertThat(this.moderation.act(admin, report, new ActionForm(ModerationAction.DISMISS, "Bukan apa-apa.")))
			.isEqualTo(ActionOutcome.OWN_ACCOUNT);
		assertThat(status(report)).isEqualTo("open");

		assertThat(this.moderation.caseOf(other, report).orElseThrow().actions()).contains(ModerationAction.DISMISS);
		assertThat(this.moderation.act(other, report, new ActionForm(ModerationAction.DISMISS, "Tidak melanggar.")))
			.isEqualTo(ActionOutcome.DONE);
	}

	@Test
	void theAuditLogRefusesEveryChangeEvenFromTheApplicationsOwnConnection() {
		AccountId admin = this.fixtures.admin();
		AccountId subject = this.fixtures.member("Terlapor");
		ReportId report = file(this.fixtures.member("Pelapor"), Target.profile(subject), ReportReason.SPAM);
		this.moderation.act(admin, report, new ActionForm(ModerationAction.DISMISS, "Tidak melanggar."));
		long id = this.moderation.audit(admin, null).get(0).id();

		assertThatThrownBy(
				() -> this.jdbc.update("update moderation.audit_entry set reason = 'diubah' where id = ?", id))
			.rootCause()
			.hasMessageContaining("append-only: UPDATE refused");
		assertThatThrownBy(() -> this.jdbc.update("delete from moderation.audit_entry where id = ?", id)).rootCause()
			.hasMessageContaining("append-only: DELETE refused");
		assertThatThrownBy(() -> this.jdbc.update("truncate moderation.audit_entry")).rootCause()
			.hasMessageContaining("append-only: TRUNCATE refused");
		assertThat(this.jdbc.queryForObject("select reason from moderation.audit_entry where id = ?", String.class, id))
			.isEqualTo("Tidak melanggar.");
	}

	@Test
	void aDeletedReportersReportStaysWithoutThemAndReportsAboutADeletedMemberClose() {
		AccountId reporter = this.fixtures.member("Pergi");
		AccountId subject = this.fixtures.member("Terlapor");
		AccountId other = this.fixtures.member("Lainnya");
		ReportId kept = file(reporter, Target.profile(subject), ReportReason.SPAM);
		ReportId closed = file(reporter, Target.profile(other), ReportReason.SPAM);

		this.accounts.delete(reporter);
		this.accounts.delete(other);
		org.awaitility.Awaitility.await()
			.untilAsserted(() -> assertThat(this.jdbc.queryForObject(
					"select count(*) from moderation.report where id = ? and reporter_id is null", Integer.class,
					kept.value()))
				.isEqualTo(1));
		org.awaitility.Awaitility.await().untilAsserted(() -> assertThat(status(closed)).isEqualTo("closed"));
		assertThat(status(kept)).isEqualTo("open");
	}

	@Test
	void twoAdminsSuspendingAtOnceSuspendOnceAndWriteItDownOnce() throws Exception {
		AccountId first = this.fixtures.admin();
		AccountId second = this.fixtures.secondAdmin();
		AccountId subject = this.fixtures.member("Nakal");
		ReportId report = file(this.fixtures.member("Pelapor"), Target.profile(subject), ReportReason.SPAM);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Callable<ActionOutcome>> both = List.of(
					() -> this.moderation.act(first, report, new ActionForm(ModerationAction.SUSPEND, "Spam satu")),
					() -> this.moderation.act(second, report, new ActionForm(ModerationAction.SUSPEND, "Spam dua")));
			List<ActionOutcome> outcomes = new ArrayList<>();
			for (Future<ActionOutcome> outcome : pool.invokeAll(both)) {
				outcomes.add(outcome.get());
			}
			assertThat(outcomes).containsExactlyInAnyOrder(ActionOutcome.DONE, ActionOutcome.NOT_APPLICABLE);
		}
		finally {
			pool.shutdown();
		}
		assertThat(this.jdbc.queryForObject(
				"select count(*) from moderation.audit_entry where subject_id = ? and action = 'suspend'",
				Integer.class, subject.value()))
			.isEqualTo(1);
	}

	@Test
	void adminsAreNamedByIdOrHandleInAnyCaseAndASuspendedOneIsNone() {
		AccountId byId = this.fixtures.member("Admin-id");
		AccountId byHandle = this.fixtures.member("Admin-handle");
		AccountId nobody = this.fixtures.member("Biasa");
		String handle = this.accounts.find(byHandle).orElseThrow().handle().value();
		Admins admins = new Admins(List.of(" " + byId + " ", "@" + handle.toUpperCase(), "", "bukan-uuid-1234"),
				this.accounts, this.handles);

		assertThat(admins.isAdmin(byId)).isTrue();
		assertThat(admins.isAdmin(byHandle)).isTrue();
		assertThat(admins.isAdmin(nobody)).isFalse();
		assertThat(admins.isAdmin(new AccountId(UUID.randomUUID()))).isFalse();
		this.accounts.suspend(byId, "Akun dibobol");
		assertThat(admins.isAdmin(byId)).isFalse();
	}

	@Test
	void anAdminsHandleGivenUpAndTakenBySomeoneElseMakesNobodyAdmin() {
		AccountId admin = this.fixtures.member("Admin-lama");
		String handle = this.accounts.find(admin).orElseThrow().handle().value();
		Admins admins = new Admins(List.of(handle), this.accounts, this.handles);
		assertThat(admins.isAdmin(admin)).isTrue();

		rename(admin, handle + "-baru");
		AccountId taker = this.fixtures.member("Pengambil");
		rename(taker, handle);

		assertThat(admins.isAdmin(taker)).as("took the handle").isFalse();
		assertThat(admins.isAdmin(admin)).as("renamed: named by the new handle or the id from now on").isFalse();
		assertThat(new Admins(List.of(handle), this.accounts, this.handles).isAdmin(taker)).as("after a restart too")
			.isFalse();
	}

	private void rename(AccountId member, String handle) {
		id.ngupi.identity.Account account = this.accounts.find(member).orElseThrow();
		assertThat(
				this.accounts.updateProfile(member,
						new id.ngupi.identity.ProfileChange(handle, account.displayName(), "", "Asia/Jakarta", "id",
								null, null, null, null)))
			.isEqualTo(id.ngupi.identity.AccountOutcomes.ProfileOutcome.UPDATED);
	}

	private ReportId file(AccountId reporter, Target target, ReportReason reason) {
		ReportOutcome outcome = this.reports.file(reporter, target, new ReportForm(reason, "Tolong dicek."));
		assertThat(outcome).isInstanceOf(Filed.class);
		return ((Filed) outcome).report();
	}

	private String status(ReportId report) {
		return this.jdbc.queryForObject("select status from moderation.report where id = ?", String.class,
				report.value());
	}

	private long auditEntries() {
		return this.jdbc.queryForObject("select count(*) from moderation.audit_entry", Long.class);
	}

}
