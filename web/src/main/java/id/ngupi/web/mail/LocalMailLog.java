package id.ngupi.web.mail;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

import id.ngupi.identity.AccountEvents.EmailVerificationRequested;
import id.ngupi.identity.Accounts;
import id.ngupi.web.i18n.SupportedLanguage;
import id.ngupi.web.support.Links;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.env.Environment;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Writes the mails Ngupi would send into the log and keeps the last {@value #KEPT} in
 * memory (shown on {@code /dev/mail} in a demo run), until a real mail server is
 * configured.
 * <p>
 * It listens with {@link ApplicationModuleListener}: after the requesting transaction
 * commits, asynchronously, and through the JDBC event publication registry, so a mail is
 * written only for a change that really happened, and a failure leaves the publication
 * incomplete to be retried instead of losing the mail. A real mail sender will take its
 * place the same way.
 */
@Component
public class LocalMailLog {

	/** How many mails are kept in memory. */
	public static final int KEPT = 50;

	private static final Logger log = LoggerFactory.getLogger(LocalMailLog.class);

	private final Deque<Mail> mails = new ArrayDeque<>();

	private final MessageSource messages;

	private final Clock clock;

	private final String baseUrl;

	/** Only a demo run writes mails (and their secret links) to the log. */
	private final boolean demo;

	LocalMailLog(MessageSource messages, Clock clock, @Value("${ngupi.base-url}") String baseUrl,
			Environment environment) {
		this.messages = messages;
		this.clock = clock;
		this.baseUrl = baseUrl;
		this.demo = environment.matchesProfiles("demo");
	}

	@ApplicationModuleListener
	void on(EmailVerificationRequested event) {
		Locale locale = SupportedLanguage.resolve(Locale.forLanguageTag(event.language())).locale();
		String link = UriComponentsBuilder.fromUriString(this.baseUrl)
			.path(Links.SETTINGS_EMAIL_VERIFY)
			.queryParam("token", event.token())
			.encode()
			.build()
			.toUriString();
		String subject = this.messages.getMessage("mail.emailVerification.subject", null, locale);
		String text = this.messages.getMessage("mail.emailVerification.text",
				new Object[] { link, Accounts.EMAIL_LINK_VALIDITY.toHours() }, locale);
		write(new Mail(event.email(), subject, text, link, this.clock.instant()));
	}

	/** The mails kept, newest first. */
	public List<Mail> recent() {
		synchronized (this.mails) {
			return List.copyOf(this.mails);
		}
	}

	private void write(Mail mail) {
		if (this.demo) {
			log.info("Mail not sent (no mail server configured)\nTo: {}\nSubject: {}\n\n{}", mail.to(), mail.subject(),
					mail.text());
		}
		else {
			// a verification link is a secret: outside a demo run it never goes to the
			// log
			log.warn("Mail to {} not sent: no mail server is configured ({})", mail.to(), mail.subject());
		}
		synchronized (this.mails) {
			this.mails.addFirst(mail);
			while (this.mails.size() > KEPT) {
				this.mails.removeLast();
			}
		}
	}

}
