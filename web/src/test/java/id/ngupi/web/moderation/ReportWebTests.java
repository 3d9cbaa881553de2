package id.ngupi.web.moderation;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import id.ngupi.booking.Booking;
import id.ngupi.booking.Bookings;
import id.ngupi.booking.OpenSlots;
import id.ngupi.feedback.Feedbacks;
import id.ngupi.hosting.Hosting;
import id.ngupi.identity.Account;
import id.ngupi.identity.Accounts;
import id.ngupi.moderation.Report;
import id.ngupi.moderation.Reports;
import id.ngupi.moderation.Target;
import id.ngupi.web.NgupiWebTest;
import id.ngupi.web.booking.Bookers.Host;
import id.ngupi.web.profile.Members;
import id.ngupi.web.support.Links;
import id.ngupi.web.RealHttp;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.DispatcherServlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * A member reports what they can see, with a quiet link on it, and follows their report
 * in Laporanku: every refusal is the form again with the reason and nothing stored,
 * anything the member cannot see and every malformed link is the site's 404.
 */
@NgupiWebTest
@ExtendWith(OutputCaptureExtension.class)
class ReportWebTests {

	private final MockMvc mvc;

	private final Reports reports;

	private final Moderators people;

	@LocalServerPort
	private int port;

	@Autowired
	private FindByIndexNameSessionRepository<? extends Session> sessions;

	ReportWebTests(@Autowired MockMvc mvc, @Autowired Accounts accounts, @Autowired Hosting hosting,
			@Autowired OpenSlots openSlots, @Autowired Bookings bookings, @Autowired Feedbacks feedbacks,
			@Autowired ApplicationEventPublisher events, @Autowired TransactionTemplate transactions,
			@Autowired Reports reports) {
		this.mvc = mvc;
		this.reports = reports;
		this.people = new Moderators(mvc, accounts, hosting, openSlots, bookings, feedbacks, events, transactions);
	}

	@Test
	void aProfileCarriesAQuietReportLinkForOthersOnly() throws Exception {
		Account subject = this.people.member("dilapor");
		Account reporter = this.people.member("pelapor");
		String profile = Links.profile(subject.handle().value());

		Document seen = this.people.page(profile, reporter);
		assertThat(seen.select(".report-links a").eachAttr("href")).containsExactly(ReportLinks.profile(subject.id()));
		assertThat(seen.selectFirst(".report-links a").text()).isEqualTo("Laporkan profil");
		assertThat(seen.selectFirst(".report-links a").attr("rel")).isEqualTo("nofollow");

		Document own = this.people.page(profile, subject);
		assertThat(own.select(".report-link")).as("nobody reports themselves").isEmpty();
	}

	@Test
	void aHostsPageOffersToReportTheProfileAndTheHostPage() throws Exception {
		Host host = this.people.host("hostlapor");
		Account reporter = this.people.member("pelapor");

		Document page = this.people.page(Links.profile(host.handle()), reporter);

		assertThat(page.select(".report-links a").eachAttr("href"))
			.containsExactly(ReportLinks.profile(host.account().id()), ReportLinks.hostPage(host.account().id()));
		Document form = this.people.page(ReportLinks.hostPage(host.account().id()), reporter);
		assertThat(form.selectFirst(".report-form__what strong").text()).isEqualTo("Halaman host @" + host.handle());
	}

	@Test
	void aReportIsFiledShownInLaporankuAndAnsweredByAnAdmin() throws Exception {
		Account subject = this.people.member("kasar", "Bio biasa");
		Account reporter = this.people.member("pelapor");
		Account admin = this.people.admin();
		Target target = Target.profile(subject.id());

		Document form = this.people.page(ReportLinks.profile(subject.id()), reporter);
		assertThat(form.selectFirst("h1").text()).isEqualTo("Laporkan ke moderator");
		assertThat(form.selectFirst(".report-form__what strong").text())
			.isEqualTo("Profil @" + subject.handle().value());
		assertThat(form.select("input[name=reason]").eachAttr("value")).as("no no-show for a profile")
			.containsExactly("harassment", "spam", "inappropriate", "impersonation", "other");
		assertThat(form.selectFirst("label[for=reason-spam]").text()).isEqualTo("Spam atau penipuan");
		assertThat(form.selectFirst("#details-counter").attr("data-max")).isEqualTo("2000");
		assertThat(form.selectFirst("form[action=/laporan] input[name=_csrf]")).isNotNull();

		MvcResult filed = this.people.report(reporter, target, "harassment", DETAILS_WITH_SCRIPT);
		assertThat(filed.getResponse().getStatus()).isEqualTo(303);
		assertThat(filed.getResponse().getRedirectedUrl()).isEqualTo(Links.SETTINGS_REPORTS);
		List<Report> mine = this.reports.filedBy(reporter.id());
		assertThat(mine).singleElement().satisfies(report -> {
			assertThat(report.target()).isEqualTo(target);
			assertThat(report.open()).isTrue();
		});

		Document laporanku = Moderators.html(this.mvc
			.perform(get(Links.SETTINGS_REPORTS).with(Members.as(reporter))
				.requestAttr(DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE, filed.getFlashMap()))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(laporanku.selectFirst("#notice").text()).isEqualTo(
				"Terima kasih, laporanmu sudah kami terima. Moderator Ngupi akan meninjaunya; kabarnya akan masuk ke kotak masukmu.");
		assertThat(laporanku.selectFirst(".settings-nav a[aria-current=page]").text()).isEqualTo("Laporanku");
		assertThat(laporanku.select("#reports .report-item")).singleElement().satisfies(item -> {
			assertThat(item.selectFirst(".report-item__what").text()).isEqualTo("Profil @" + subject.handle().value());
			assertThat(item.selectFirst(".report-item__meta").text()).startsWith("Pelecehan atau ancaman · ");
			assertThat(item.selectFirst(".report-item__status").text()).isEqualTo("Menunggu ditinjau");
		});

		// the admin finds it in the queue and warns the member
		Document queue = this.people.page(Links.ADMIN, admin);
		String caseHref = Links.adminCase(mine.get(0).id());
		assertThat(queue.select("#queue a[href='" + caseHref + "']")).hasSize(1);
		assertThat(queue.select("#queue a[href='" + Links.adminMember(subject.handle().value()) + "']").text())
			.isEqualTo("@" + subject.handle().value());
		Document theCase = this.people.page(caseHref, admin);
		assertThat(theCase.select("#reports .report-item__details").text()).isEqualTo(DETAILS_WITH_SCRIPT);
		assertThat(theCase.select("#case input[name=action]").eachAttr("value")).containsExactly("dismiss", "warn",
				"suspend");

		String reason = "Peringatan: jaga bahasa di profil. " + UUID.randomUUID();
		MvcResult warned = this.people.act(admin, mine.get(0).id(), "warn", reason);
		assertThat(warned.getResponse().getStatus()).isEqualTo(303);
		assertThat(warned.getResponse().getRedirectedUrl()).isEqualTo(Links.ADMIN);

		Document audit = this.people.page(Links.ADMIN_AUDIT, admin);
		assertThat(audit.select("#audit .audit-entry")).filteredOn(entry -> entry.text().contains(reason))
			.singleElement()
			.satisfies(entry -> {
				assertThat(entry.selectFirst(".audit-entry__head").text())
					.isEqualTo("Diperingatkan · Profil @" + subject.handle().value());
				assertThat(entry.selectFirst(".audit-entry__meta").text()).contains("oleh @" + NgupiWebTest.ADMIN,
						"menjawab 1 laporan");
			});

		Document answered = this.people.page(Links.SETTINGS_REPORTS, reporter);
		assertThat(answered.selectFirst("#reports .report-item__status").text())
			.isEqualTo("Sudah ditinjau: moderator sudah bertindak");
		assertThat(answered.text()).as("never what was done").doesNotContain("Diperingatkan", reason);
		assertThat(this.people.page(ReportLinks.profile(subject.id()), reporter).select("form[action=/laporan]"))
			.as("answered: the member may report it again")
			.hasSize(1);
	}

	@Test
	void aSecondReportWhileTheFirstWaitsIsRefusedAndTheFormSaysItWaits() throws Exception {
		Account subject = this.people.member("spammer");
		Account reporter = this.people.member("pelapor");
		Target target = Target.profile(subject.id());
		assertThat(this.people.report(reporter, target, "spam", "").getResponse().getStatus()).isEqualTo(303);

		MvcResult again = this.people.report(reporter, target, "spam", "Lagi.");

		assertThat(again.getResponse().getStatus()).isEqualTo(422);
		assertThat(Moderators.html(again).select("#form-errors li").text())
			.isEqualTo("Laporanmu tentang ini masih menunggu ditinjau. Tidak perlu melapor dua kali.");
		assertThat(this.reports.filedBy(reporter.id())).hasSize(1);
		Document form = this.people.page(ReportLinks.profile(subject.id()), reporter);
		assertThat(form.select("form[action=/laporan]")).isEmpty();
		assertThat(form.selectFirst("#report-waiting").text()).contains("masih menunggu ditinjau moderator");
		assertThat(form.selectFirst("#report-waiting a").attr("href")).isEqualTo(Links.SETTINGS_REPORTS);
	}

	@Test
	void theSixthReportOfTheDayIsRefused() throws Exception {
		Account reporter = this.people.member("rajin");
		for (int i = 0; i < 5; i++) {
			Account subject = this.people.member("dilapor");
			assertThat(this.people.report(reporter, Target.profile(subject.id()), "spam", "").getResponse().getStatus())
				.isEqualTo(303);
		}
		Account sixth = this.people.member("keenam");

		MvcResult refused = this.people.report(reporter, Target.profile(sixth.id()), "spam", "");

		assertThat(refused.getResponse().getStatus()).isEqualTo(422);
		assertThat(Moderators.html(refused).select("#form-errors li").text())
			.isEqualTo("Kamu sudah mengirim 5 laporan dalam 24 jam terakhir. Coba lagi besok.");
		assertThat(this.reports.filedBy(reporter.id())).hasSize(5);
	}

	@Test
	void aBadFormIsRefusedWithItsMessageAndNothingIsStored() throws Exception {
		Account subject = this.people.member("dilapor");
		Account reporter = this.people.member("pelapor");
		Target target = Target.profile(subject.id());

		MvcResult noReason = this.people.report(reporter, target, null, "Kata-kataku.");
		assertThat(noReason.getResponse().getStatus()).isEqualTo(422);
		Document noReasonPage = Moderators.html(noReason);
		assertThat(noReasonPage.select("#reason-error li").text()).isEqualTo("Pilih alasan laporanmu.");
		assertThat(noReasonPage.selectFirst("#details").text()).as("what was typed stays").isEqualTo("Kata-kataku.");

		MvcResult noShow = this.people.report(reporter, target, "no_show", "");
		assertThat(noShow.getResponse().getStatus()).isEqualTo(422);
		assertThat(Moderators.html(noShow).select("#reason-error li").text())
			.isEqualTo("Alasan ini tidak cocok untuk yang kamu laporkan. Pilih alasan dari daftar.");

		MvcResult tooLong = this.people.report(reporter, target, "spam", "x".repeat(2001));
		assertThat(tooLong.getResponse().getStatus()).isEqualTo(422);
		assertThat(Moderators.html(tooLong).select("#details-error li").text())
			.isEqualTo("Ceritakan dalam 2.000 karakter atau kurang.");

		MvcResult control = this.people.report(reporter, target, "spam", "Spam\u0007");
		assertThat(control.getResponse().getStatus()).isEqualTo(422);
		assertThat(Moderators.html(control).select("#details-error li").text())
			.startsWith("Teks ini mengandung karakter kontrol");

		MvcResult otherWithoutWords = this.people.report(reporter, target, "other", "  ");
		assertThat(otherWithoutWords.getResponse().getStatus()).isEqualTo(422);
		assertThat(Moderators.html(otherWithoutWords).select("#details-error li").text())
			.isEqualTo("Untuk alasan Lainnya, ceritakan sedikit apa yang terjadi.");

		MvcResult unknownReason = this.people.report(reporter, target, "boring", "");
		assertThat(unknownReason.getResponse().getStatus()).isEqualTo(422);

		assertThat(this.reports.filedBy(reporter.id())).isEmpty();
	}

	@Test
	void malformedOrUnseenTargetsAreNotFoundWithoutAnError(CapturedOutput output) throws Exception {
		Account reporter = this.people.member("pelapor");
		Account stranger = this.people.member("orang");
		Host host = this.people.host("hostlain");
		Booking theirs = this.people.book(host, stranger, 0);
		String random = UUID.randomUUID().toString();
		List<String> notFound = List.of(Links.REPORT_NEW, Links.REPORT_NEW + "?jenis=profile",
				Links.REPORT_NEW + "?jenis=akun&id=" + random, Links.REPORT_NEW + "?jenis=profile&id=bukan-uuid",
				Links.REPORT_NEW + "?jenis=profile&id=" + random.toUpperCase(),
				Links.REPORT_NEW + "?jenis=feedback&id=" + theirs.id(),
				Links.REPORT_NEW + "?jenis=feedback&id=" + theirs.id() + "&penulis=bukan",
				Links.REPORT_NEW + "?jenis=profile&id=" + stranger.id() + "&penulis=" + random,
				Links.reportForm("profile", random, null), Links.reportForm("host_page", stranger.id(), null),
				ReportLinks.session(theirs.id()), ReportLinks.feedback(theirs.id(), stranger.id()),
				ReportLinks.profile(reporter.id()));

		for (String path : notFound) {
			assertThat(this.people.get(path, reporter).getResponse().getStatus()).as(path).isEqualTo(404);
		}
		// through Tomcat: the site's own 404 page
		String cookie = RealHttp.sessionOf(this.sessions, reporter.id());
		for (String path : List.of(Links.REPORT_NEW + "?jenis=akun&id=x", ReportLinks.session(theirs.id()))) {
			HttpResponse<String> page = new RealHttp(this.port).send("GET", path, new byte[0], "Cookie", cookie,
					"Accept", "text/html");
			assertThat(page.statusCode()).as(path).isEqualTo(404);
			assertThat(Jsoup.parse(page.body()).selectFirst("h1").text()).as(path).isEqualTo("Halaman tidak ditemukan");
		}
		this.mvc
			.perform(post(Links.REPORT).with(Members.as(reporter))
				.with(csrf())
				.param("jenis", "session")
				.param("id", theirs.id().toString())
				.param("reason", "no_show"))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post(Links.REPORT).with(Members.as(reporter)).with(csrf()).param("jenis", "x").param("id", "y"))
			.andExpect(status().isNotFound());
		assertThat(this.reports.filedBy(reporter.id())).isEmpty();
		assertThat(output.getAll()).doesNotContain(" ERROR ");
	}

	@Test
	void aVisitorIsSentToLogInAndAFormWithoutItsTokenIsRefused() throws Exception {
		Account subject = this.people.member("dilapor");
		Account reporter = this.people.member("pelapor");
		String form = ReportLinks.profile(subject.id());

		this.mvc.perform(get(form)).andExpect(status().isFound()).andExpect(redirectedUrl(Links.login(form)));
		this.mvc
			.perform(post(Links.REPORT).with(Members.as(reporter))
				.param("jenis", "profile")
				.param("id", subject.id().toString())
				.param("reason", "spam"))
			.andExpect(status().isForbidden());
		assertThat(this.reports.filedBy(reporter.id())).isEmpty();
	}

	@Test
	void aSessionIsReportedFromItsPageWithTheNoShowReason() throws Exception {
		Host host = this.people.host("hostsesi");
		Account attendee = this.people.member("peserta");
		Booking booking = this.people.book(host, attendee, 0);

		Document session = this.people.page(Links.session(booking.id()), attendee);
		assertThat(session.selectFirst(".report-links a").attr("href")).isEqualTo(ReportLinks.session(booking.id()));
		assertThat(session.selectFirst(".report-links a").text()).isEqualTo("Laporkan sesi ini");

		Document form = this.people.page(ReportLinks.session(booking.id()), attendee);
		assertThat(form.selectFirst(".report-form__what strong").text())
			.startsWith("Sesi dengan @" + host.handle() + ", ")
			.endsWith("WIB");
		assertThat(form.select("input[name=reason]").eachAttr("value")).contains("no_show");
		assertThat(this.people.report(attendee, Target.session(booking.id()), "no_show", "").getResponse().getStatus())
			.isEqualTo(303);
		assertThat(this.reports.filedBy(attendee.id())).singleElement()
			.satisfies(report -> assertThat(report.subject()).isEqualTo(host.account().id()));
	}

	@Test
	void aTestimonialIsReportableByAnyoneButItsAuthor() throws Exception {
		Host host = this.people.host("hosttesti");
		Account author = this.people.member("penulis");
		Booking booking = this.people.testimonial(host, author, "Sesi yang sangat membantu.", 0);
		Account reader = this.people.member("pembaca");
		String link = ReportLinks.feedback(booking.id(), author.id());

		Document seen = this.people.page(Links.profile(host.handle()), reader);
		assertThat(seen.select(".quote__report a").eachAttr("href")).containsExactly(link);
		Document visitor = this.people.page(Links.profile(host.handle()), null);
		assertThat(visitor.select(".quote__report a").eachAttr("href")).containsExactly(link);
		Document own = this.people.page(Links.profile(host.handle()), author);
		assertThat(own.select(".quote__report a")).as("its author does not report it").isEmpty();

		Document form = this.people.page(link, reader);
		assertThat(form.selectFirst(".report-form__what strong").text())
			.isEqualTo("Testimoni dari " + author.displayName() + " untuk @" + host.handle());
		assertThat(this.people.get(link, author).getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void feedbackReceivedIsReportedFromTheFeedbackPage() throws Exception {
		Host host = this.people.host("hostmasukan");
		Account attendee = this.people.member("peserta");
		Booking booking = this.people.testimonial(host, attendee, "Bagus.", 0);
		String link = ReportLinks.feedback(booking.id(), host.account().id());

		Document page = this.people.page(Links.sessionFeedback(booking.id()), attendee);

		assertThat(page.select("a.report-link").eachAttr("href")).containsExactly(link);
		Document form = this.people.page(link, attendee);
		assertThat(form.selectFirst(".report-form__what strong").text())
			.isEqualTo("Masukan dari " + host.account().displayName() + " untukmu");
		assertThat(this.people.report(attendee, Target.feedback(booking.id(), host.account().id()), "harassment", "")
			.getResponse()
			.getStatus()).isEqualTo(303);
	}

	@Test
	void theFormAndTheListSpeakEnglish() throws Exception {
		Account subject = this.people.member("dilapor");
		Account reporter = this.people.member("pelapor");

		Document form = this.people.page(ReportLinks.profile(subject.id()) + "&hl=en", reporter);
		assertThat(form.selectFirst("h1").text()).isEqualTo("Report to the moderators");
		assertThat(form.selectFirst(".report-form__what strong").text())
			.isEqualTo("Profile of @" + subject.handle().value());
		assertThat(form.selectFirst("label[for=reason-other]").text()).isEqualTo("Something else");
		Document list = this.people.page(Links.SETTINGS_REPORTS + "?hl=en", reporter);
		assertThat(list.selectFirst("h1").text()).isEqualTo("My reports");
		assertThat(list.selectFirst("#reports-none").text()).isEqualTo("You have not sent any report.");
	}

	private static final String DETAILS_WITH_SCRIPT = "Bio-nya berisi <script>alert('x')</script> & hinaan.";

}
