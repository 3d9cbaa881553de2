package id.ngupi.web.moderation;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import id.ngupi.booking.Booking;
import id.ngupi.booking.BookingQueries;
import id.ngupi.booking.Bookings;
import id.ngupi.booking.OpenSlots;
import id.ngupi.feedback.Feedbacks;
import id.ngupi.hosting.HostDirectory;
import id.ngupi.hosting.Hosting;
import id.ngupi.identity.Account;
import id.ngupi.identity.Accounts;
import id.ngupi.moderation.ActionForm;
import id.ngupi.moderation.ActionOutcome;
import id.ngupi.moderation.Moderation;
import id.ngupi.moderation.ModerationAction;
import id.ngupi.moderation.Report;
import id.ngupi.moderation.Reports;
import id.ngupi.moderation.Target;
import id.ngupi.web.NgupiWebTest;
import id.ngupi.web.booking.Bookers.Host;
import id.ngupi.web.support.Links;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What an admin does through {@code /admin} reaches the whole site: a hidden testimonial
 * leaves the host's page, a hidden host page is gone for visitors, a suspended member's
 * profile is gone and their coming session called off. Every member-written text shows
 * escaped on the admins' pages, in either language; an action that no longer applies is
 * refused with its reason.
 */
@NgupiWebTest
class ModerationWebTests {

	private static final String SCRIPT = "<script>alert('x')</script>";

	private final Moderators people;

	private final Reports reports;

	private final Moderation moderation;

	private final Accounts accounts;

	private final HostDirectory directory;

	private final BookingQueries queries;

	ModerationWebTests(@Autowired MockMvc mvc, @Autowired Accounts accounts, @Autowired Hosting hosting,
			@Autowired OpenSlots openSlots, @Autowired Bookings bookings, @Autowired Feedbacks feedbacks,
			@Autowired ApplicationEventPublisher events, @Autowired TransactionTemplate transactions,
			@Autowired Reports reports, @Autowired Moderation moderation, @Autowired HostDirectory directory,
			@Autowired BookingQueries queries) {
		this.accounts = accounts;
		this.reports = reports;
		this.moderation = moderation;
		this.directory = directory;
		this.queries = queries;
		this.people = new Moderators(mvc, accounts, hosting, openSlots, bookings, feedbacks, events, transactions);
	}

	@Test
	void aTestimonialHiddenThroughTheCaseLeavesTheHostsPage() throws Exception {
		Host host = this.people.host("hosttesti");
		Account author = this.people.member("penulis");
		String words = "Host ini " + SCRIPT + " menyebalkan.";
		Booking booking = this.people.testimonial(host, author, words, 0);
		Account reader = this.people.member("pembaca");
		Account admin = this.people.admin();
		assertThat(this.people.page(Links.profile(host.handle()), null).select(".quote__words").eachText())
			.contains(words);
		Report report = file(reader, Target.feedback(booking.id(), author.id()), "harassment");

		Document theCase = this.people.page(Links.adminCase(report.id()), admin);
		assertThat(theCase.select("#content dd").eachText()).contains(words, "Terima kasih!");
		assertThat(theCase.select("#case input[name=action]").eachAttr("value")).containsExactly("dismiss", "hide",
				"warn", "suspend");
		assertThat(this.people.act(admin, report.id(), "hide", "Testimoni menghina host.").getResponse().getStatus())
			.isEqualTo(303);

		assertThat(this.people.page(Links.profile(host.handle()), null).select(".quote__words").eachText())
			.doesNotContain(words);
		Document hidden = this.people.page(Links.adminCase(report.id()), admin);
		assertThat(hidden.selectFirst("#case-reports").text()).isEqualTo("Laporan ini sudah ditinjau");
		assertThat(hidden.select("#case input[name=action]").eachAttr("value")).as("shown again from the case")
			.contains("unhide");

		// the author's page on the admin side offers to show it again
		Document authorsPage = this.people.page(Links.adminMember(author.handle().value()), admin);
		assertThat(authorsPage.select("form[id^=feedback-] input[name=action]").eachAttr("value"))
			.containsExactly("unhide");
		MvcResult shown = this.people.actOn(admin, author.handle().value(), Target.feedback(booking.id(), author.id()),
				"unhide", "Keliru, ternyata pujian.");
		assertThat(shown.getResponse().getStatus()).isEqualTo(303);
		assertThat(this.people.page(Links.profile(host.handle()), null).select(".quote__words").eachText())
			.contains(words);
	}

	@Test
	void aHostPageHiddenThroughTheAdminsPagesIsGoneForVisitors() throws Exception {
		Host host = this.people.host("hostsembunyi");
		Account admin = this.people.admin();
		String page = Links.profile(host.handle());
		assertThat(this.people.get(page, null).getResponse().getStatus()).isEqualTo(200);

		Document before = this.people.page(Links.adminMember(host.handle()), admin);
		assertThat(before.select("#hostPage input[name=action]").eachAttr("value")).containsExactly("hide");
		MvcResult hidden = this.people.actOn(admin, host.handle(), Target.hostPage(host.account().id()), "hide",
				"Judul halaman berisi iklan judi.");
		assertThat(hidden.getResponse().getStatus()).isEqualTo(303);
		assertThat(hidden.getResponse().getRedirectedUrl()).isEqualTo(Links.adminMember(host.handle()));

		assertThat(this.directory.find(host.account().id()).orElseThrow().hidden()).isTrue();
		assertThat(this.people.get(page, null).getResponse().getStatus()).isEqualTo(404);
		Document after = this.people.page(Links.adminMember(host.handle()), admin);
		assertThat(after.selectFirst("#host-page").text())
			.isEqualTo("Halaman host-nya sedang disembunyikan moderator.");
		assertThat(after.select("#hostPage input[name=action]").eachAttr("value")).containsExactly("unhide");
		assertThat(this.people
			.actOn(admin, host.handle(), Target.hostPage(host.account().id()), "unhide", "Iklan sudah dihapus.")
			.getResponse()
			.getStatus()).isEqualTo(303);
		assertThat(this.people.get(page, null).getResponse().getStatus()).isEqualTo(200);
	}

	@Test
	void aMemberSuspendedThroughTheCaseLosesTheirProfileAndTheirComingSession() throws Exception {
		Host host = this.people.host("hostkena");
		Account attendee = this.people.member("peserta");
		Booking coming = this.people.book(host, attendee, 0);
		Account admin = this.people.admin();
		Report report = file(attendee, Target.session(coming.id()), "harassment");

		Document theCase = this.people.page(Links.adminCase(report.id()), admin);
		assertThat(theCase.select("#content dd").eachText()).contains("@" + host.handle(),
				"@" + attendee.handle().value(), "Terkonfirmasi");
		MvcResult suspended = this.people.act(admin, report.id(), "suspend", "Mengancam peserta lewat pesan.");
		assertThat(suspended.getResponse().getStatus()).isEqualTo(303);

		assertThat(this.accounts.find(host.account().id()).orElseThrow().suspended()).isTrue();
		assertThat(this.people.get(Links.profile(host.handle()), null).getResponse().getStatus()).isEqualTo(404);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> !this.queries.find(attendee.id(), coming.id()).orElseThrow().status().live());
		assertThat(this.queries.find(attendee.id(), coming.id()).orElseThrow().status().name()).isEqualTo("CANCELLED");
		Document member = this.people.page(Links.adminMember(host.handle()), admin);
		assertThat(member.selectFirst("#standing").text()).contains("Ditangguhkan", "Mengancam peserta lewat pesan.");
		assertThat(member.select("#account input[name=action]").eachAttr("value")).containsExactly("restore");
		assertThat(this.people
			.actOn(admin, host.handle(), Target.profile(host.account().id()), "restore", "Banding diterima.")
			.getResponse()
			.getStatus()).isEqualTo(303);
		assertThat(this.accounts.find(host.account().id()).orElseThrow().suspended()).isFalse();
	}

	@Test
	void everyMemberWrittenTextShowsEscapedOnTheAdminsPages() throws Exception {
		Account subject = this.people.member("jahil", "Bio " + SCRIPT + " & <b>tebal</b>");
		Account reporter = this.people.member("pelapor");
		Account admin = this.people.admin();
		Report report = file(reporter, Target.profile(subject.id()), "other", "Lihat bio: " + SCRIPT);
		String reason = "Alasan " + SCRIPT + " " + UUID.randomUUID();
		assertThat(this.people.act(admin, report.id(), "warn", reason).getResponse().getStatus()).isEqualTo(303);

		for (String path : List.of(Links.adminCase(report.id()), Links.adminMember(subject.handle().value()),
				Links.ADMIN_AUDIT)) {
			MvcResult answer = this.people.get(path, admin);
			assertThat(answer.getResponse().getStatus()).as(path).isEqualTo(200);
			String html = Moderators.text(answer);
			assertThat(html).as(path).doesNotContain(SCRIPT).doesNotContain("<b>tebal</b>");
			assertThat(html).as(path).contains("&lt;script&gt;");
			assertThat(Moderators.html(answer).select("script:not([src])")).as(path).isEmpty();
		}
		Document theCase = this.people.page(Links.adminCase(report.id()), admin);
		assertThat(theCase.select("#content dd").eachText()).contains("Bio " + SCRIPT + " & <b>tebal</b>");
		assertThat(theCase.select("#reports .report-item__details").text()).isEqualTo("Lihat bio: " + SCRIPT);
		assertThat(theCase.select("#history .audit-entry__reason").eachText()).contains(reason);
	}

	@Test
	void anActionThatNoLongerAppliesOrABadFormIsRefusedWithItsReason() throws Exception {
		Account subject = this.people.member("dua");
		Account reporter = this.people.member("pelapor");
		Account admin = this.people.admin();
		Report report = file(reporter, Target.profile(subject.id()), "spam");

		MvcResult noReason = this.people.act(admin, report.id(), "dismiss", " ");
		assertThat(noReason.getResponse().getStatus()).isEqualTo(422);
		assertThat(Moderators.html(noReason).select("#case-reason-error li").text()).isEqualTo("Tulis alasannya.");
		MvcResult noAction = this.people.act(admin, report.id(), "hapus", "Alasan.");
		assertThat(noAction.getResponse().getStatus()).isEqualTo(422);
		assertThat(Moderators.html(noAction).select("#case-action-error li").text()).isEqualTo("Pilih satu tindakan.");
		MvcResult tooLong = this.people.act(admin, report.id(), "dismiss", "x".repeat(501));
		assertThat(tooLong.getResponse().getStatus()).isEqualTo(422);
		assertThat(Moderators.html(tooLong).selectFirst("#case-reason").text()).hasSize(501);
		assertThat(this.reports.filedBy(reporter.id()).get(0).open()).isTrue();

		assertThat(this.people.act(admin, report.id(), "dismiss", "Tidak ada pelanggaran.").getResponse().getStatus())
			.isEqualTo(303);
		MvcResult again = this.people.act(admin, report.id(), "dismiss", "Sekali lagi.");
		assertThat(again.getResponse().getStatus()).isEqualTo(409);
		assertThat(Moderators.html(again).select("#case .notice--error").text())
			.isEqualTo("Laporan ini sudah ditinjau moderator lain. Tidak ada yang berubah.");
		assertThat(this.people.page(Links.SETTINGS_REPORTS, reporter).selectFirst(".report-item__status").text())
			.isEqualTo("Sudah ditinjau: tidak ditemukan pelanggaran");

		MvcResult self = this.people.actOn(admin, admin.handle().value(), Target.profile(admin.id()), "suspend",
				"Mencoba menangguhkan diri sendiri.");
		assertThat(self.getResponse().getStatus()).isEqualTo(422);
		assertThat(this.accounts.find(admin.id()).orElseThrow().suspended()).isFalse();

		Report aboutAdmin = file(reporter, Target.profile(admin.id()), "spam");
		Document own = this.people.page(Links.adminCase(aboutAdmin.id()), admin);
		assertThat(own.selectFirst("#case-own").text())
			.isEqualTo("Laporan ini tentang kamu sendiri, jadi admin lain yang menindaknya.");
		assertThat(own.select("#case input[name=action]")).isEmpty();
		MvcResult dismissOwn = this.people.act(admin, aboutAdmin.id(), "dismiss", "Bukan apa-apa.");
		assertThat(dismissOwn.getResponse().getStatus()).isEqualTo(422);
		assertThat(this.reports.filedBy(reporter.id()).get(0).open()).as("still waiting for another admin").isTrue();
	}

	@Test
	void theSearchFindsAMemberByHandleAndSaysWhenItDoesNot() throws Exception {
		Account member = this.people.member("dicari");
		Account admin = this.people.admin();

		MvcResult found = this.people.get(Links.ADMIN_MEMBERS + "?handle=@" + member.handle().value(), admin);
		assertThat(found.getResponse().getRedirectedUrl()).isEqualTo(Links.adminMember(member.handle().value()));
		MvcResult none = this.people.get(Links.ADMIN_MEMBERS + "?handle=tidak-ada-sama-sekali", admin);
		assertThat(none.getResponse().getRedirectedUrl()).isEqualTo(Links.ADMIN);
		Document page = this.people.page(Links.adminMember(member.handle().value()), admin);
		assertThat(page.select("#account input[name=action]").eachAttr("value")).containsExactly("warn", "suspend");
		assertThat(page.select("#hostPage")).as("no host page to hide").isEmpty();
	}

	@Test
	void theAuditLogPagesFiftyAtATimeNewestFirst() throws Exception {
		Account member = this.people.member("sering");
		Account admin = this.people.admin();
		String mark = UUID.randomUUID().toString().substring(0, 8);
		for (int i = 0; i <= Moderation.AUDIT_PAGE; i++) {
			assertThat(this.moderation.actOn(admin.id(), member.id(), Target.profile(member.id()),
					new ActionForm(ModerationAction.WARN, "Peringatan " + mark + " #" + i)))
				.isEqualTo(ActionOutcome.DONE);
		}

		Document first = this.people.page(Links.ADMIN_AUDIT, admin);
		assertThat(first.select("#audit .audit-entry")).hasSize(Moderation.AUDIT_PAGE);
		assertThat(first.selectFirst("#audit .audit-entry__reason").text())
			.isEqualTo("Peringatan " + mark + " #" + Moderation.AUDIT_PAGE);
		assertThat(first.select("main form")).as("read only").isEmpty();
		String older = first.selectFirst(".pagination a[rel=next]").attr("href");
		assertThat(first.selectFirst(".pagination a[rel=next]").text()).isEqualTo("Lebih lama");
		Document second = this.people.page(older, admin);
		assertThat(second.selectFirst("#audit .audit-entry__reason").text()).isEqualTo("Peringatan " + mark + " #0");
	}

	@Test
	void theAdminsPagesSpeakEnglish() throws Exception {
		Host host = this.people.host("hostinggris");
		Account attendee = this.people.member("peserta");
		Booking coming = this.people.book(host, attendee, 0);
		Account admin = this.people.admin();
		Report report = file(attendee, Target.session(coming.id()), "no_show");

		Document queue = this.people.page(Links.ADMIN + "?hl=en", admin);
		assertThat(queue.selectFirst("h1").text()).isEqualTo("Report queue");
		Document theCase = this.people.page(Links.adminCase(report.id()) + "?hl=en", admin);
		assertThat(theCase.selectFirst("h1").text()).isEqualTo("Session with @" + host.handle());
		assertThat(theCase.selectFirst("#reports .report-item__meta strong").text()).isEqualTo("Did not show up");
		assertThat(theCase.select("#case label").eachText()).contains("Dismiss the reports", "Warn",
				"Suspend the account");
		Document audit = this.people.page(Links.ADMIN_AUDIT + "?hl=en", admin);
		assertThat(audit.selectFirst("h1").text()).isEqualTo("Audit log");
		Document member = this.people.page(Links.adminMember(host.handle()) + "?hl=en", admin);
		assertThat(member.selectFirst("h1").text()).isEqualTo("Member @" + host.handle());
	}

	private Report file(Account reporter, Target target, String reason) throws Exception {
		return file(reporter, target, reason, "");
	}

	private Report file(Account reporter, Target target, String reason, String details) throws Exception {
		assertThat(this.people.report(reporter, target, reason, details).getResponse().getStatus()).isEqualTo(303);
		return this.reports.filedBy(reporter.id())
			.stream()
			.filter(report -> report.target().equals(target))
			.findFirst()
			.orElseThrow();
	}

}
