package id.ngupi.notifications.internal;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import id.ngupi.identity.AccountId;
import id.ngupi.identity.Accounts;
import id.ngupi.identity.Provider;
import id.ngupi.identity.ProviderIdentity;
import id.ngupi.moderation.ActionForm;
import id.ngupi.moderation.ActionOutcome;
import id.ngupi.moderation.Moderation;
import id.ngupi.moderation.ModerationAction;
import id.ngupi.moderation.ModerationEvents.MemberWarned;
import id.ngupi.moderation.ReportForm;
import id.ngupi.moderation.ReportId;
import id.ngupi.moderation.ReportOutcome;
import id.ngupi.moderation.ReportReason;
import id.ngupi.moderation.Reports;
import id.ngupi.moderation.Target;
import id.ngupi.moderation.TargetKind;
import id.ngupi.notifications.Inbox;
import id.ngupi.notifications.InboxEntry;
import id.ngupi.notifications.MondayMorning;
import id.ngupi.notifications.NotificationKind;
import id.ngupi.notifications.People;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.util.AopTestUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a moderator does reaches the member it concerns, in their language: a warning with
 * its reason, a hidden host page with its reason and shown again; a reporter hears their
 * report was answered without learning what was done to whom. Each once, however often
 * its event is handled.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "moderation")
@ExtendWith(MondayMorning.class)
class ModerationNoticesTests {

	private static final Locale INDONESIAN = Locale.forLanguageTag("id");

	private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

	private final People people;

	private final Inbox inbox;

	private final Accounts accounts;

	private final Reports reports;

	private final Moderation moderation;

	private final NotificationStore notifications;

	private final ModerationNotices notices;

	@Autowired
	ModerationNoticesTests(People people, Inbox inbox, Accounts accounts, Reports reports, Moderation moderation,
			NotificationStore notifications, ModerationNotices notices) {
		this.people = people;
		this.inbox = inbox;
		this.accounts = accounts;
		this.reports = reports;
		this.moderation = moderation;
		this.notifications = notifications;
		this.notices = notices;
	}

	@Test
	void aWarnedMemberReadsTheReasonAndTheReporterOnlyThatTheReportWasActedOn(Scenario scenario) {
		AccountId admin = admin();
		AccountId reporter = this.people.member("Sari");
		AccountId warned = this.people.member("Tono", "tono-warned@example.com", "en", "Asia/Tokyo");
		ReportId report = file(reporter, Target.profile(warned), ReportReason.HARASSMENT);

		scenario
			.stimulate(() -> this.moderation.act(admin, report,
					new ActionForm(ModerationAction.WARN, "Your bio insults other members.")))
			.andWaitForStateChange(() -> kinds(warned).contains(NotificationKind.MODERATION_WARNING)
					&& kinds(reporter).contains(NotificationKind.REPORT_RESOLVED))
			.andVerify(told -> assertThat(told).isTrue());

		InboxEntry warning = only(warned, NotificationKind.MODERATION_WARNING, Locale.ENGLISH, ZoneId.of("Asia/Tokyo"));
		assertThat(warning.title()).isEqualTo("A warning from the Ngupi moderators");
		assertThat(warning.text())
			.startsWith("The Ngupi moderators looked into a report about your profile and are giving you a warning.");
		assertThat(warning.link()).isEqualTo("/settings/profile");
		assertThat(stored(warned, NotificationKind.MODERATION_WARNING).details().message())
			.isEqualTo("Your bio insults other members.");

		InboxEntry resolved = only(reporter, NotificationKind.REPORT_RESOLVED, INDONESIAN, JAKARTA);
		assertThat(resolved.title()).isEqualTo("Laporanmu sudah ditinjau");
		assertThat(resolved.text()).startsWith("Moderator Ngupi sudah meninjau laporanmu dan mengambil tindakan.")
			.doesNotContain("Tono", "insults", "peringatan");
		assertThat(resolved.link()).isEqualTo("/settings/laporan");

		long entry = this.moderation.audit(admin, null).get(0).id();
		AopTestUtils.<ModerationNotices>getUltimateTargetObject(this.notices)
			.on(new MemberWarned(warned, TargetKind.PROFILE, "Your bio insults other members.", entry));
		assertThat(kinds(warned)).as("handled twice, told once").containsOnlyOnce(NotificationKind.MODERATION_WARNING);
	}

	@Test
	void aHiddenHostPageIsToldWithItsReasonAndShownAgainWithout(Scenario scenario) {
		AccountId admin = admin();
		AccountId host = this.people.host(this.people.member("Budi"), false);
		AccountId reporter = this.people.member("Sari");
		ReportId report = file(reporter, Target.hostPage(host), ReportReason.SPAM);

		scenario
			.stimulate(() -> this.moderation.act(admin, report,
					new ActionForm(ModerationAction.HIDE, "Halamanmu berisi iklan pinjaman online.")))
			.andWaitForStateChange(() -> kinds(host).contains(NotificationKind.CONTENT_HIDDEN))
			.andVerify(told -> assertThat(told).isTrue());
		InboxEntry hidden = only(host, NotificationKind.CONTENT_HIDDEN, INDONESIAN, JAKARTA);
		assertThat(hidden.title()).isEqualTo("Halaman host kamu disembunyikan");
		assertThat(hidden.text()).contains("tidak muncul di pencarian dan tidak bisa dipesan");
		assertThat(hidden.link()).isEqualTo("/settings/hosting");
		assertThat(stored(host, NotificationKind.CONTENT_HIDDEN).details().message())
			.isEqualTo("Halamanmu berisi iklan pinjaman online.");

		scenario
			.stimulate(() -> assertThat(this.moderation.actOn(admin, host, Target.hostPage(host),
					new ActionForm(ModerationAction.UNHIDE, "Iklannya sudah dihapus.")))
				.isEqualTo(ActionOutcome.DONE))
			.andWaitForStateChange(() -> kinds(host).contains(NotificationKind.CONTENT_SHOWN))
			.andVerify(told -> assertThat(told).isTrue());
		InboxEntry shown = only(host, NotificationKind.CONTENT_SHOWN, INDONESIAN, JAKARTA);
		assertThat(shown.title()).isEqualTo("Halaman host kamu tampil lagi");
	}

	@Test
	void aDismissedReportIsAnsweredKindly(Scenario scenario) {
		AccountId admin = admin();
		AccountId reporter = this.people.member("Sari");
		AccountId member = this.people.member("Tono");
		ReportId report = file(reporter, Target.profile(member), ReportReason.SPAM);

		scenario.stimulate(
				() -> this.moderation.act(admin, report, new ActionForm(ModerationAction.DISMISS, "Bio-nya wajar.")))
			.andWaitForStateChange(() -> kinds(reporter).contains(NotificationKind.REPORT_RESOLVED))
			.andVerify(told -> assertThat(told).isTrue());

		InboxEntry resolved = only(reporter, NotificationKind.REPORT_RESOLVED, INDONESIAN, JAKARTA);
		assertThat(resolved.text()).startsWith(
				"Moderator Ngupi sudah meninjau laporanmu dan tidak menemukan" + " pelanggaran aturan Ngupi di situ.");
		assertThat(kinds(member)).as("a dismissed report tells its subject nothing").isEmpty();
	}

	@Test
	void aRestoredMemberHearsItWithTheReason(Scenario scenario) {
		AccountId admin = admin();
		AccountId member = this.people.member("Tono");
		this.accounts.suspend(member, "Spam");

		scenario
			.stimulate(() -> this.moderation.actOn(admin, member, Target.profile(member),
					new ActionForm(ModerationAction.RESTORE, "Akunmu ternyata dibobol orang lain; sudah aman.")))
			.andWaitForStateChange(() -> kinds(member).contains(NotificationKind.ACCOUNT_RESTORED))
			.andVerify(told -> assertThat(told).isTrue());

		InboxEntry restored = only(member, NotificationKind.ACCOUNT_RESTORED, INDONESIAN, JAKARTA);
		assertThat(restored.title()).isEqualTo("Akunmu sudah dipulihkan");
		assertThat(restored.link()).isEqualTo("/");
		assertThat(stored(member, NotificationKind.ACCOUNT_RESTORED).details().message())
			.isEqualTo("Akunmu ternyata dibobol orang lain; sudah aman.");
	}

	@Test
	void aReporterHearsTheirReportClosedWhenTheReportedAccountIsDeleted(Scenario scenario) {
		AccountId reporter = this.people.member("Sari");
		AccountId gone = this.people.member("Tono");
		file(reporter, Target.profile(gone), ReportReason.SPAM);

		scenario.stimulate(() -> this.accounts.delete(gone))
			.andWaitForStateChange(() -> kinds(reporter).contains(NotificationKind.REPORT_RESOLVED))
			.andVerify(told -> assertThat(told).isTrue());

		InboxEntry closed = only(reporter, NotificationKind.REPORT_RESOLVED, INDONESIAN, JAKARTA);
		assertThat(closed.text()).startsWith(
				"Laporanmu ditutup tanpa tindakan karena akun yang kamu laporkan sudah" + " dihapus pemiliknya.");
		assertThat(closed.link()).isEqualTo("/settings/laporan");
	}

	private AccountId admin() {
		return this.accounts
			.signIn(new ProviderIdentity(Provider.GITHUB, "moderator-kabar-1", "moderator-kabar", "Moderator", null))
			.id();
	}

	private ReportId file(AccountId reporter, Target target, ReportReason reason) {
		ReportOutcome outcome = this.reports.file(reporter, target, new ReportForm(reason, "Tolong dicek."));
		assertThat(outcome).isInstanceOf(ReportOutcome.Filed.class);
		return ((ReportOutcome.Filed) outcome).report();
	}

	private InboxEntry only(AccountId member, NotificationKind kind, Locale locale, ZoneId zone) {
		List<InboxEntry> entries = this.inbox.latest(member, locale, zone)
			.stream()
			.filter(entry -> entry.kind() == kind)
			.toList();
		assertThat(entries).hasSize(1);
		return entries.get(0);
	}

	private StoredNotification stored(AccountId member, NotificationKind kind) {
		return this.notifications.latest(member, 10)
			.stream()
			.filter(found -> found.kind() == kind)
			.findFirst()
			.orElseThrow();
	}

	private List<NotificationKind> kinds(AccountId member) {
		return this.notifications.latest(member, 10).stream().map(StoredNotification::kind).toList();
	}

}
