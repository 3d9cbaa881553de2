package id.ngupi.web.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import id.ngupi.identity.Account;
import id.ngupi.identity.AccountEvents.EmailVerificationRequested;
import id.ngupi.identity.Accounts;
import id.ngupi.web.NgupiWebTest;
import id.ngupi.web.support.Links;
import jakarta.servlet.http.Cookie;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import static id.ngupi.web.account.AccountSettingsPageTests.render;
import static id.ngupi.web.account.TestMembers.as;
import static id.ngupi.web.account.TestMembers.cookieOf;
import static id.ngupi.web.account.TestMembers.loggedInSession;
import static id.ngupi.web.account.TestMembers.newMember;
import static id.ngupi.web.account.TestMembers.twitter;
import static id.ngupi.web.account.TestMembers.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The member's data: the export is the member's own and only theirs, in a stable JSON
 * format without secrets; deletion needs the handle typed, ends every session of the
 * member and leaves everyone else alone.
 */
@NgupiWebTest
@RecordApplicationEvents
class AccountDataTests {

	private final MockMvc mvc;

	private final Accounts accounts;

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	private final JsonMapper json = JsonMapper.builder().build();

	AccountDataTests(@Autowired MockMvc mvc, @Autowired Accounts accounts,
			@Autowired FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.mvc = mvc;
		this.accounts = accounts;
		this.sessions = sessions;
	}

	@Test
	void exportsTheMembersOwnDataAsADownloadWithoutSecrets(ApplicationEvents events) throws Exception {
		Account member = newMember(this.accounts, "unduh");
		String twitterName = unique("unduh_x");
		this.accounts.link(member.id(), twitter(twitterName));
		this.accounts.requestEmailVerification(member.id(), "unduh@example.id");
		String token = events.stream(EmailVerificationRequested.class).findFirst().orElseThrow().token();
		Account other = newMember(this.accounts, "orang-lain");
		Account current = this.accounts.find(member.id()).orElseThrow();

		MockHttpServletResponse response = this.mvc
			.perform(get(Links.SETTINGS_ACCOUNT_EXPORT).param("account", other.id().toString()).with(as(current)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();

		assertThat(MediaType.parseMediaType(response.getContentType()).isCompatibleWith(MediaType.APPLICATION_JSON))
			.isTrue();
		assertThat(response.getHeader(HttpHeaders.CONTENT_DISPOSITION))
			.isEqualTo("attachment; filename=\"ngupi-" + current.handle().value() + ".json\"");
		assertThat(response.getHeader(HttpHeaders.CACHE_CONTROL)).contains("no-store");
		String body = response.getContentAsString(StandardCharsets.UTF_8);
		JsonNode export = this.json.readTree(body);
		assertThat(export.get("format").asString()).isEqualTo("ngupi-account-export/9");
		assertThat(Instant.parse(export.get("exportedAt").asString())).isBefore(Instant.now().plusSeconds(1));
		JsonNode account = export.get("account");
		assertThat(account.get("id").asString()).isEqualTo(current.id().toString());
		assertThat(account.get("handle").asString()).isEqualTo(current.handle().value());
		assertThat(account.get("timezone").asString()).isEqualTo("Asia/Jakarta");
		assertThat(account.get("language").asString()).isEqualTo("id");
		assertThat(account.get("links").propertyNames()).containsExactly("website", "github", "twitter", "linkedin");
		assertThat(account.get("email").isNull()).as("present, but empty until confirmed").isTrue();
		assertThat(Instant.parse(account.get("createdAt").asString())).isEqualTo(current.createdAt());
		assertThat(export.get("linkedIdentities").valueStream().map(identity -> identity.get("provider").asString()))
			.containsExactly("github", "twitter");
		assertThat(export.get("linkedIdentities").get(1).get("username").asString()).isEqualTo(twitterName);
		assertThat(export.get("linkedIdentities").get(1).get("lastLoginAt").isNull()).isTrue();
		JsonNode pending = export.get("pendingEmailVerifications").get(0);
		assertThat(pending.get("email").asString()).isEqualTo("unduh@example.id");
		assertThat(Duration.between(Instant.parse(pending.get("requestedAt").asString()),
				Instant.parse(pending.get("expiresAt").asString())))
			.isEqualTo(Accounts.EMAIL_LINK_VALIDITY);
		assertThat(export.propertyNames()).containsExactly("format", "exportedAt", "account", "linkedIdentities",
				"pendingEmailVerifications", "hosting", "bookings", "waitlist", "calendarFeed", "notifications", "mail",
				"feedback", "rounds");
		assertThat(export.get("hosting").isNull()).as("present, but empty for a member who never hosted").isTrue();
		assertThat(export.get("bookings").isEmpty()).isTrue();
		assertThat(export.get("waitlist").isEmpty()).isTrue();
		assertThat(export.get("calendarFeed").get("exists").asBoolean()).isFalse();
		assertThat(export.get("calendarFeed").get("createdAt").isNull()).isTrue();
		assertThat(body).doesNotContain(token, sha256(token), "token", "hash", "demo")
			.doesNotContain(other.id().toString(), other.handle().value());
	}

	@Test
	void deletesNothingWithoutTheCsrfToken() throws Exception {
		Account member = newMember(this.accounts, "csrf");

		this.mvc
			.perform(
					post(Links.SETTINGS_ACCOUNT_DELETE).param("confirmation", member.handle().value()).with(as(member)))
			.andExpect(status().isForbidden());

		assertThat(this.accounts.find(member.id())).contains(member);
	}

	@Test
	void deletesNothingForAVisitor() throws Exception {
		Account member = newMember(this.accounts, "tamu");

		this.mvc
			.perform(post(Links.SETTINGS_ACCOUNT_DELETE).param("confirmation", member.handle().value()).with(csrf()))
			.andExpect(status().isFound());

		assertThat(this.accounts.find(member.id())).contains(member);
	}

	@Test
	void deletesNothingWhenTheConfirmationIsNotTheHandle() throws Exception {
		Account member = newMember(this.accounts, "ragu");
		String session = loggedInSession(this.sessions, member.id());
		Cookie cookie = cookieOf(session);

		for (String wrong : List.of("", "hapus", member.handle().value() + "x", "admin")) {
			Document page = render(this.mvc
				.perform(post(Links.SETTINGS_ACCOUNT_DELETE).param("confirmation", wrong).cookie(cookie).with(csrf()))
				.andExpect(status().isUnprocessableContent()));

			assertThat(page.selectFirst("#confirmation-error").text()).as(wrong)
				.isEqualTo("Yang kamu ketik tidak sama dengan handle-mu, jadi akunmu tidak dihapus.");
			assertThat(page.selectFirst("#confirmation").attr("aria-invalid")).isEqualTo("true");
			assertThat(page.select("#form-errors[role=alert]")).isNotEmpty();
		}
		assertThat(this.accounts.find(member.id())).contains(member);
		assertThat(this.sessions.findById(session)).as("still logged in").isNotNull();
		this.mvc.perform(get(Links.SETTINGS_ACCOUNT).cookie(cookie)).andExpect(status().isOk());
	}

	@Test
	void deletesTheAccountLogsOutAndEndsTheMembersOtherSessions() throws Exception {
		Account member = newMember(this.accounts, "pamit");
		this.accounts.link(member.id(), twitter(unique("pamit_x")));
		String here = loggedInSession(this.sessions, member.id());
		String onThePhone = loggedInSession(this.sessions, member.id());
		Account bystander = newMember(this.accounts, "tetap");
		String bystandersSession = loggedInSession(this.sessions, bystander.id());

		this.mvc
			.perform(post(Links.SETTINGS_ACCOUNT_DELETE)
				.param("confirmation", "  " + member.handle().value().toUpperCase() + " ")
				.cookie(cookieOf(here))
				.with(csrf()))
			.andExpect(redirectedUrl("/?account-deleted"));

		assertThat(this.accounts.find(member.id())).isEmpty();
		assertThat(this.sessions.findById(here)).as("logged out here").isNull();
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.sessions.findByPrincipalName(member.id().toString())).isEmpty());
		assertThat(this.sessions.findById(onThePhone)).isNull();
		assertThat(this.sessions.findById(bystandersSession)).isNotNull();
		assertThat(this.accounts.find(bystander.id())).contains(bystander);

		Document home = render(this.mvc.perform(get("/").param("account-deleted", "").cookie(cookieOf(here)))
			.andExpect(status().isOk()));
		assertThat(home.selectFirst("#account-deleted[role=status]").text()).startsWith("Akunmu sudah dihapus");
		assertThat(home.select(".member-nav")).as("nobody logged in").isEmpty();
		this.mvc.perform(get(Links.SETTINGS_ACCOUNT).cookie(cookieOf(onThePhone))).andExpect(status().isFound());
	}

	@Test
	void endsEachSessionOfASuspendedMemberAtItsNextRequestAndSaysWhy() throws Exception {
		Account member = newMember(this.accounts, "skors");
		String laptop = loggedInSession(this.sessions, member.id());
		String phone = loggedInSession(this.sessions, member.id());

		this.accounts.suspend(member.id(), "Tidak datang tiga kali tanpa kabar");

		for (String session : new String[] { laptop, phone }) {
			this.mvc.perform(get(Links.SETTINGS_ACCOUNT).cookie(cookieOf(session)))
				.andExpect(status().isFound())
				.andExpect(redirectedUrl("/login?error=suspended"));
			assertThat(this.sessions.findById(session)).as("session ended").isNull();
		}
		assertThat(this.sessions.findByPrincipalName(member.id().toString())).isEmpty();
	}

	@Test
	void showsNoDeletionNoticeOnAnOrdinaryVisit() throws Exception {
		Document home = render(this.mvc.perform(get("/")).andExpect(status().isOk()));

		assertThat(home.select("#account-deleted")).isEmpty();
	}

	private static String sha256(String text) throws Exception {
		return HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
	}

}
