package id.ngupi.web.moderation;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import id.ngupi.booking.Bookings;
import id.ngupi.booking.OpenSlots;
import id.ngupi.feedback.Feedbacks;
import id.ngupi.hosting.Hosting;
import id.ngupi.identity.Account;
import id.ngupi.identity.Accounts;
import id.ngupi.moderation.Moderation;
import id.ngupi.moderation.Report;
import id.ngupi.moderation.Reports;
import id.ngupi.moderation.Target;
import id.ngupi.web.NgupiWebTest;
import id.ngupi.web.RealHttp;
import id.ngupi.web.profile.Members;
import id.ngupi.web.support.Links;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Only admins reach {@code /admin}: a member who is no admin gets the site's 403 page on
 * every page and every form, and nothing changes; a visitor is sent to log in; a form
 * without its CSRF token is refused even for an admin.
 */
@NgupiWebTest
class AdminAccessTests {

	private final MockMvc mvc;

	private final Moderators people;

	private final Reports reports;

	private final Moderation moderation;

	private final Accounts accounts;

	@LocalServerPort
	private int port;

	@Autowired
	private FindByIndexNameSessionRepository<? extends Session> sessions;

	AdminAccessTests(@Autowired MockMvc mvc, @Autowired Accounts accounts, @Autowired Hosting hosting,
			@Autowired OpenSlots openSlots, @Autowired Bookings bookings, @Autowired Feedbacks feedbacks,
			@Autowired ApplicationEventPublisher events, @Autowired TransactionTemplate transactions,
			@Autowired Reports reports, @Autowired Moderation moderation) {
		this.mvc = mvc;
		this.accounts = accounts;
		this.reports = reports;
		this.moderation = moderation;
		this.people = new Moderators(mvc, accounts, hosting, openSlots, bookings, feedbacks, events, transactions);
	}

	@Test
	void aMemberWhoIsNoAdminIsRefusedEverywhereAndNothingChanges() throws Exception {
		Scene scene = scene();
		Account member = this.people.member("bukanadmin");
		String reason = "Bukan admin mencoba " + UUID.randomUUID();

		for (String path : scene.pages()) {
			this.mvc.perform(get(path).with(Members.as(member))).andExpect(status().isForbidden());
		}
		for (MockHttpServletRequestBuilder form : scene.forms(reason)) {
			this.mvc.perform(form.with(Members.as(member)).with(csrf())).andExpect(status().isForbidden());
		}

		scene.unchanged(reason);
		// through Tomcat: the site's own 403 page, in the member's session
		String cookie = RealHttp.sessionOf(this.sessions, member.id());
		for (String path : List.of(Links.ADMIN, Links.adminCase(scene.report().id()))) {
			HttpResponse<String> page = new RealHttp(this.port).send("GET", path, new byte[0], "Cookie", cookie,
					"Accept", "text/html");
			assertThat(page.statusCode()).as(path).isEqualTo(403);
			Document html = Jsoup.parse(page.body());
			assertThat(html.selectFirst("h1").text()).isEqualTo("Akses ditolak");
			assertThat(html.select("a[href=/admin]")).as("no Moderasi link for a member").isEmpty();
		}
	}

	@Test
	void aVisitorIsSentToLogIn() throws Exception {
		Scene scene = scene();
		for (String path : scene.pages()) {
			this.mvc.perform(get(path)).andExpect(status().isFound()).andExpect(redirectedUrl(Links.login(path)));
		}
		String reason = "Tamu mencoba " + UUID.randomUUID();
		for (MockHttpServletRequestBuilder form : scene.forms(reason)) {
			this.mvc.perform(form.with(csrf())).andExpect(status().isFound());
		}
		scene.unchanged(reason);
	}

	@Test
	void aFormWithoutItsTokenIsRefusedEvenForAnAdmin() throws Exception {
		Scene scene = scene();
		Account admin = this.people.admin();
		String reason = "Tanpa token " + UUID.randomUUID();

		for (MockHttpServletRequestBuilder form : scene.forms(reason)) {
			this.mvc.perform(form.with(Members.as(admin))).andExpect(status().isForbidden());
		}
		this.mvc
			.perform(post(Links.REPORT).with(Members.as(scene.reporter()))
				.param("jenis", "profile")
				.param("id", scene.subject().id().toString())
				.param("reason", "spam"))
			.andExpect(status().isForbidden());

		scene.unchanged(reason);
	}

	@Test
	void anAdminSeesEveryPageAndTheMenuLinksToModeration() throws Exception {
		Scene scene = scene();
		Account admin = this.people.admin();

		for (String path : scene.pages()) {
			int status = this.people.get(path, admin).getResponse().getStatus();
			// the search answers with the member's page
			assertThat(status).as(path).isIn(200, 302);
		}
		Document queue = this.people.page(Links.ADMIN, admin);
		assertThat(queue.select(".member-nav a[href=/admin]").text()).isEqualTo("Moderasi");
		Document member = this.people.page(Links.SETTINGS_PROFILE, scene.reporter());
		assertThat(member.select(".member-nav a[href=/admin]")).isEmpty();
	}

	@Test
	void anUnknownOrMalformedAddressIsNotFound() throws Exception {
		Account admin = this.people.admin();
		for (String path : List.of(Links.adminCase(UUID.randomUUID()), Links.adminCase("bukan-uuid"),
				Links.adminMember("tidak-ada-" + UUID.randomUUID().toString().substring(0, 8)),
				Links.ADMIN_AUDIT + "?sebelum=kemarin", Links.ADMIN_AUDIT + "?sebelum=-1")) {
			assertThat(this.people.get(path, admin).getResponse().getStatus()).as(path).isEqualTo(404);
		}
		assertThat(this.people.act(admin, UUID.randomUUID(), "dismiss", "Tidak ada").getResponse().getStatus())
			.isEqualTo(404);
		assertThat(this.people.act(admin, "bukan-uuid", "dismiss", "Tidak ada").getResponse().getStatus())
			.isEqualTo(404);
	}

	/** A report waiting on a member's profile. */
	private Scene scene() throws Exception {
		Account subject = this.people.member("terlapor");
		Account reporter = this.people.member("pelapor");
		assertThat(this.people.report(reporter, Target.profile(subject.id()), "spam", "Iklan terus.")
			.getResponse()
			.getStatus()).isEqualTo(303);
		Report report = this.reports.filedBy(reporter.id()).get(0);
		return new Scene(subject, reporter, report);
	}

	/**
	 * A reported member, who reported them, and the report.
	 */
	private final class Scene {

		private final Account subject;

		private final Account reporter;

		private final Report report;

		Scene(Account subject, Account reporter, Report report) {
			this.subject = subject;
			this.reporter = reporter;
			this.report = report;
		}

		Account subject() {
			return this.subject;
		}

		Account reporter() {
			return this.reporter;
		}

		Report report() {
			return this.report;
		}

		/** Every admin page, with the report and the member it is about. */
		List<String> pages() {
			String handle = this.subject.handle().value();
			return List.of(Links.ADMIN, Links.adminCase(this.report.id()), Links.ADMIN_MEMBERS + "?handle=" + handle,
					Links.adminMember(handle), Links.ADMIN_AUDIT, Links.adminAudit(1));
		}

		/** Every admin form, each of which would change something. */
		List<MockHttpServletRequestBuilder> forms(String reason) {
			String handle = this.subject.handle().value();
			return List.of(
					post(Links.adminCaseAct(this.report.id())).param("action", "dismiss").param("reason", reason),
					post(Links.adminCaseAct(this.report.id())).param("action", "suspend").param("reason", reason),
					post(Links.adminMemberAct(handle)).param("jenis", "profile")
						.param("id", this.subject.id().toString())
						.param("action", "suspend")
						.param("reason", reason),
					post(Links.adminMemberAct(handle)).param("jenis", "profile")
						.param("id", this.subject.id().toString())
						.param("action", "warn")
						.param("reason", reason));
		}

		/**
		 * The report still waits, the member is not suspended, the log has no such entry.
		 */
		void unchanged(String reason) {
			assertThat(AdminAccessTests.this.reports.filedBy(this.reporter.id())).singleElement()
				.satisfies(report -> assertThat(report.open()).isTrue());
			assertThat(AdminAccessTests.this.accounts.find(this.subject.id()).orElseThrow().suspended()).isFalse();
			Account admin = AdminAccessTests.this.people.admin();
			assertThat(AdminAccessTests.this.moderation.audit(admin.id(), null))
				.noneMatch(entry -> entry.reason().equals(reason));
		}

	}

}
