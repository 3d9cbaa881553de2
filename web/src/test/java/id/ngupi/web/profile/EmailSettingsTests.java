package id.ngupi.web.profile;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import id.ngupi.identity.Account;
import id.ngupi.identity.Accounts;
import id.ngupi.notifications.LocalMail;
import id.ngupi.notifications.LocalMailbox;
import id.ngupi.identity.ProfileChange;
import id.ngupi.web.NgupiWebTest;
import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A member's optional email address: entering it mails a verification link (kept in the
 * {@link LocalMailbox} of a run without a mail server), following the link verifies it,
 * and a wrong, used or expired link changes nothing.
 */
@NgupiWebTest
class EmailSettingsTests {

	private static final String SESSION_COOKIE = ProfileSettingsTests.SESSION_COOKIE;

	private static final String INVALID_LINK = "Tautan verifikasi ini tidak berlaku atau sudah kedaluwarsa, jadi tidak ada yang berubah. Masukkan alamatmu lagi untuk mendapatkan tautan baru.";

	private final MockMvc mvc;

	private final Accounts accounts;

	private final LocalMailbox mails;

	private final JdbcTemplate jdbc;

	EmailSettingsTests(@Autowired MockMvc mvc, @Autowired Accounts accounts, @Autowired LocalMailbox mails,
			@Autowired JdbcTemplate jdbc) {
		this.mvc = mvc;
		this.accounts = accounts;
		this.mails = mails;
		this.jdbc = jdbc;
	}

	@Test
	void verifiesAnAddressThroughTheLinkInTheMail() throws Exception {
		Account member = Members.create(this.accounts, "surel");
		String address = member.handle().value() + "@example.com";

		Cookie session = this.mvc
			.perform(post("/settings/email").param("email", "  " + address + " ").with(Members.as(member)).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/settings/email"))
			.andReturn()
			.getResponse()
			.getCookie(SESSION_COOKIE);

		Document sent = page(session, member);
		assertThat(sent.selectFirst("#notice").text()).isEqualTo(
				"Tautan verifikasi sudah dikirim ke " + address + ". Buka email itu dan klik tautannya dalam 24 jam.");
		assertThat(sent.selectFirst(".email-status__pending").text()).startsWith(address + " Menunggu verifikasi");
		assertThat(reload(member).email()).as("not the account's address before it is verified").isNull();

		LocalMail mail = mailTo(address);
		assertThat(mail.subject()).isEqualTo("Verifikasi alamat emailmu di Ngupi");
		assertThat(link(mail)).startsWith("http://localhost:8080/settings/email/verify?token=");
		assertThat(mail.text()).contains(link(mail), "buka tautan ini sebelum");
		assertThat(mail.listUnsubscribe()).as("the verification is no mail to unsubscribe from").isNull();

		this.mvc.perform(follow(mail).cookie(session).with(Members.as(member)))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/settings/email"));

		Document verified = page(session, member);
		assertThat(verified.selectFirst("#notice").text())
			.isEqualTo("Alamat emailmu sudah terverifikasi. Terima kasih!");
		assertThat(verified.selectFirst(".email-status__verified").text()).isEqualTo(address + " Terverifikasi");
		assertThat(verified.select(".email-status__pending")).isEmpty();
		Account saved = reload(member);
		assertThat(saved.email()).isEqualTo(address);
		assertThat(saved.emailVerified()).isTrue();

		this.mvc.perform(follow(mail).cookie(session).with(Members.as(member))).andExpect(status().isFound());
		assertThat(page(session, member).selectFirst("#notice").text()).as("a link works once").isEqualTo(INVALID_LINK);
		assertThat(reload(member)).isEqualTo(saved);
	}

	@Test
	void completesTheMailsEventPublicationInTheRegistry() {
		Account member = Members.create(this.accounts, "registri");
		String address = member.handle().value() + "@example.com";

		this.accounts.requestEmailVerification(member.id(), address);

		mailTo(address);
		// completion-mode=delete: once delivered, nothing of the event (its token) is
		// kept
		String publications = "SELECT count(*) FROM event_publication WHERE listener_id LIKE '%AccountNotices%'"
				+ " AND serialized_event LIKE ?";
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.jdbc.queryForObject(publications, Integer.class, "%" + address + "%"),
					count -> count == 0);
	}

	@Test
	void refusesAWrongLinkAndChangesNothing() throws Exception {
		Account member = Members.create(this.accounts, "salah");
		String address = member.handle().value() + "@example.com";
		this.accounts.requestEmailVerification(member.id(), address);
		LocalMail mail = mailTo(address);
		String token = UriComponentsBuilder.fromUriString(link(mail)).build().getQueryParams().getFirst("token");

		for (String wrong : new String[] { "", "bukan-token", token.substring(1), token + "x", token.toUpperCase(),
				"x".repeat(10_000) }) {
			Cookie session = this.mvc
				.perform(get("/settings/email/verify").param("token", wrong).with(Members.as(member)))
				.andExpect(status().isFound())
				.andReturn()
				.getResponse()
				.getCookie(SESSION_COOKIE);
			Document page = page(session, member);
			assertThat(page.selectFirst("#notice.notice--error").text()).as(wrong).isEqualTo(INVALID_LINK);
		}
		this.mvc.perform(get("/settings/email/verify").with(Members.as(member))).andExpect(status().isFound());

		assertThat(reload(member)).isEqualTo(member);
		assertThat(this.accounts.export(member.id()).pendingEmailVerifications()).as("the real link still works")
			.hasSize(1);
	}

	@Test
	void refusesAnExpiredLinkAndChangesNothing() throws Exception {
		Account member = Members.create(this.accounts, "basi");
		String address = member.handle().value() + "@example.com";
		this.accounts.requestEmailVerification(member.id(), address);
		LocalMail mail = mailTo(address);
		this.jdbc.update(
				"UPDATE identity.email_verification SET expires_at = now() - interval '1 second' WHERE account_id = ?",
				member.id().value());

		Cookie session = this.mvc.perform(follow(mail).with(Members.as(member)))
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getCookie(SESSION_COOKIE);

		Document page = page(session, member);
		assertThat(page.selectFirst("#notice").text()).isEqualTo(INVALID_LINK);
		assertThat(page.selectFirst(".email-status__pending").text())
			.isEqualTo(address + " Tautannya sudah kedaluwarsa");
		assertThat(reload(member)).isEqualTo(member);
	}

	@Test
	void replacesAnEarlierLinkWithTheNewOne() throws Exception {
		Account member = Members.create(this.accounts, "ganti");
		String first = member.handle().value() + "@example.com";
		String second = member.handle().value() + "@example.org";
		this.accounts.requestEmailVerification(member.id(), first);
		LocalMail firstMail = mailTo(first);
		this.accounts.requestEmailVerification(member.id(), second);
		LocalMail secondMail = mailTo(second);

		this.mvc.perform(follow(firstMail).with(Members.as(member))).andExpect(status().isFound());
		assertThat(reload(member).email()).isNull();
		this.mvc.perform(follow(secondMail).with(Members.as(member))).andExpect(status().isFound());
		assertThat(reload(member).email()).isEqualTo(second);
	}

	@Test
	void refusesAnInvalidAddress() throws Exception {
		Account member = Members.create(this.accounts, "alamat");

		for (String address : new String[] { "", "bukan-email", "sari@", "@example.com", "sari@@example.com",
				"sari\u0000@example.com", "<script>@example.com", "x".repeat(10_000) + "@example.com" }) {
			Document page = Jsoup.parse(this.mvc
				.perform(post("/settings/email").param("email", address).with(Members.as(member)).with(csrf()))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8));
			assertThat(page.select("#email-error li").eachText()).as(address)
				.containsExactly("Masukkan alamat email yang valid (maksimal 254 karakter).");
		}

		assertThat(this.accounts.export(member.id()).pendingEmailVerifications()).isEmpty();
		assertThat(reload(member)).isEqualTo(member);
	}

	@Test
	void refusesARequestWithoutCsrfToken() throws Exception {
		Account member = Members.create(this.accounts, "tanpatoken");

		this.mvc.perform(post("/settings/email").param("email", "sari@example.com").with(Members.as(member)))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/settings/email/remove").with(Members.as(member))).andExpect(status().isForbidden());

		assertThat(this.accounts.export(member.id()).pendingEmailVerifications()).isEmpty();
	}

	@Test
	void sendsVisitorsToTheLoginPageEvenWithALink() throws Exception {
		this.mvc.perform(get("/settings/email"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login?continue=/settings/email"));
		this.mvc.perform(get("/settings/email/verify?token=abc"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login?continue=/settings/email/verify?token%3Dabc"));
	}

	@Test
	void removesTheAddress() throws Exception {
		Account member = Members.create(this.accounts, "hapus");
		String address = member.handle().value() + "@example.com";
		this.accounts.requestEmailVerification(member.id(), address);
		this.mvc.perform(follow(mailTo(address)).with(Members.as(member))).andExpect(status().isFound());
		assertThat(reload(member).email()).isEqualTo(address);

		Cookie session = this.mvc.perform(post("/settings/email/remove").with(Members.as(member)).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/settings/email"))
			.andReturn()
			.getResponse()
			.getCookie(SESSION_COOKIE);

		Document page = page(session, member);
		assertThat(page.selectFirst("#notice").text()).isEqualTo("Alamat emailmu sudah dihapus.");
		assertThat(page.selectFirst(".email-status").text()).contains("Kamu belum memasukkan alamat email.");
		Account removed = reload(member);
		assertThat(removed.email()).isNull();
		assertThat(removed.emailVerified()).isFalse();
	}

	@Test
	void writesTheMailInTheMembersLanguage() throws Exception {
		Account member = Members.create(this.accounts, "bahasainggris");
		ProfileChange english = new ProfileChange(member.handle().value(), member.displayName(), "", "Europe/Berlin",
				"en", null, null, null, null);
		this.accounts.updateProfile(member.id(), english);
		String address = member.handle().value() + "@example.com";

		this.accounts.requestEmailVerification(member.id(), address);

		LocalMail mail = mailTo(address);
		assertThat(mail.subject()).isEqualTo("Verify your email address for Ngupi");
		assertThat(mail.text()).contains("open this link before");
	}

	@Test
	void offersNoLocalMailboxOutsideTheLocalProfile() throws Exception {
		this.mvc.perform(get("/dev/mail")).andExpect(status().isNotFound());
		Account member = Members.create(this.accounts, "kotak");
		this.accounts.requestEmailVerification(member.id(), member.handle().value() + "@example.com");
		Document page = page(null, member);
		assertThat(page.select("a[href=/dev/mail]")).isEmpty();
	}

	private static String link(LocalMail mail) {
		return mail.links().get(0);
	}

	private LocalMail mailTo(String address) {
		return await().atMost(Duration.ofSeconds(10)).until(() -> mailsTo(address), mails -> !mails.isEmpty()).get(0);
	}

	private List<LocalMail> mailsTo(String address) {
		return this.mails.recent().stream().filter(mail -> mail.to().equals(address)).toList();
	}

	private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder follow(LocalMail mail) {
		UriComponents link = UriComponentsBuilder.fromUriString(link(mail)).build();
		return get(link.getPath()).param("token", link.getQueryParams().getFirst("token"));
	}

	private Document page(Cookie session, Account member) throws Exception {
		var request = get("/settings/email").with(Members.as(member));
		if (session != null) {
			request.cookie(session);
		}
		MvcResult result = this.mvc.perform(request).andExpect(status().isOk()).andReturn();
		return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	private Account reload(Account member) {
		return this.accounts.find(member.id()).orElseThrow();
	}

}
