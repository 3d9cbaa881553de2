package id.ngupi.web.mail;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import id.ngupi.identity.AccountEvents.EmailVerificationRequested;
import id.ngupi.identity.AccountId;
import org.junit.jupiter.api.Test;

import org.springframework.core.env.StandardEnvironment;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mail log on its own: the verification mail in the member's language with the full
 * link, and only the newest {@value LocalMailLog#KEPT} mails kept.
 */
class LocalMailLogTests {

	private static final Instant NOW = Instant.parse("2026-11-29T03:00:00Z");

	private final LocalMailLog log = new LocalMailLog(messages(), Clock.fixed(NOW, ZoneOffset.UTC),
			"https://ngupi.example", new StandardEnvironment());

	@Test
	void writesTheVerificationMailWithTheFullLink() {
		this.log.on(requested("sari@example.com", "abc_DEF-123", "id"));

		Mail mail = this.log.recent().get(0);
		assertThat(mail.to()).isEqualTo("sari@example.com");
		assertThat(mail.subject()).isEqualTo("Verifikasi alamat emailmu di Ngupi");
		assertThat(mail.link()).isEqualTo("https://ngupi.example/settings/email/verify?token=abc_DEF-123");
		assertThat(mail.text()).startsWith("Halo!\n\n").contains("\n" + mail.link() + "\n", "selama 24 jam");
		assertThat(mail.createdAt()).isEqualTo(NOW);
	}

	@Test
	void writesInEnglishForAnEnglishMemberAndIndonesianForAnyOtherLanguage() {
		this.log.on(requested("en@example.com", "t1", "en"));
		this.log.on(requested("fr@example.com", "t2", "fr"));

		assertThat(this.log.recent()).extracting(Mail::subject)
			.containsExactly("Verifikasi alamat emailmu di Ngupi", "Verify your email address for Ngupi");
	}

	@Test
	void keepsTheNewestFiftyMailsNewestFirst() {
		for (int i = 1; i <= 60; i++) {
			this.log.on(requested("member" + i + "@example.com", "token" + i, "id"));
		}

		assertThat(this.log.recent()).hasSize(LocalMailLog.KEPT);
		assertThat(this.log.recent().get(0).to()).isEqualTo("member60@example.com");
		assertThat(this.log.recent().get(LocalMailLog.KEPT - 1).to()).isEqualTo("member11@example.com");
	}

	private static EmailVerificationRequested requested(String email, String token, String language) {
		return new EmailVerificationRequested(new AccountId(UUID.randomUUID()), email, token, NOW.plusSeconds(86_400),
				language);
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages", "messages-profile");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
