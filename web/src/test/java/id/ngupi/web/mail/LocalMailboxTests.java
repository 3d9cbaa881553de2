package id.ngupi.web.mail;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import id.ngupi.identity.Account;
import id.ngupi.identity.Accounts;
import id.ngupi.identity.Provider;
import id.ngupi.identity.ProviderIdentity;
import id.ngupi.web.NgupiWebTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The demo run's mailbox at {@code /dev/mail}, here in the {@code local} profile, which
 * brings the {@code demo} profile with it (its own Spring context, so everything that
 * needs that profile belongs in this class). That the page does not exist outside the
 * profile is checked by {@code EmailSettingsTests}.
 */
@NgupiWebTest
@ActiveProfiles("local")
class LocalMailboxTests {

	private final MockMvc mvc;

	private final Accounts accounts;

	private final LocalMailLog mails;

	LocalMailboxTests(@Autowired MockMvc mvc, @Autowired Accounts accounts, @Autowired LocalMailLog mails) {
		this.mvc = mvc;
		this.accounts = accounts;
		this.mails = mails;
	}

	@Test
	void showsTheMailsALocalRunWouldHaveSentWithTheirLinks() throws Exception {
		Account member = this.accounts
			.signIn(new ProviderIdentity(Provider.GITHUB, "local-mailbox-1", "kotaksurat", "Kotak Surat", null));
		this.accounts.requestEmailVerification(member.id(), "kotak@example.com");
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.mails.recent().stream().anyMatch(mail -> mail.to().equals("kotak@example.com")));

		Document page = Jsoup.parse(this.mvc.perform(get("/dev/mail"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));

		assertThat(page.selectFirst("h1").text()).isEqualTo("Kotak surat lokal");
		Element mail = page.selectFirst(".dev-mail__mail");
		assertThat(mail.selectFirst(".dev-mail__to").text()).isEqualTo("kotak@example.com");
		assertThat(mail.selectFirst(".dev-mail__subject").text()).isEqualTo("Verifikasi alamat emailmu di Ngupi");
		assertThat(mail.selectFirst(".dev-mail__link").attr("href"))
			.startsWith("http://localhost:8080/settings/email/verify?token=");
		assertThat(mail.selectFirst(".dev-mail__text").wholeText())
			.contains(mail.selectFirst(".dev-mail__link").attr("href"));
	}

}
