package id.ngupi.notifications;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Where mail goes when no mail server is configured ({@code spring.mail.host} unset): the
 * last {@value #KEPT} messages, kept in memory exactly as they would have been sent and
 * read back part by part, for a local run's {@code /dev/mail} page. Nothing of a mail's
 * content goes to the log: a verification link is a secret.
 */
@Component
public class LocalMailbox {

	/** How many mails are kept. */
	public static final int KEPT = 50;

	private static final Logger log = LoggerFactory.getLogger(LocalMailbox.class);

	private final Deque<LocalMail> mails = new ArrayDeque<>();

	private final Clock clock;

	LocalMailbox(Clock clock) {
		this.clock = clock;
	}

	/** Keeps a message instead of sending it. */
	public void keep(MimeMessage message) throws MessagingException, IOException {
		message.saveChanges();
		LocalMail mail = LocalMail.read(message, this.clock.instant());
		log.info("No mail server configured: mail to {} kept in the local mailbox", mail.to());
		synchronized (this.mails) {
			this.mails.addFirst(mail);
			while (this.mails.size() > KEPT) {
				this.mails.removeLast();
			}
		}
	}

	/** The mails kept, newest first. */
	public List<LocalMail> recent() {
		synchronized (this.mails) {
			return List.copyOf(this.mails);
		}
	}

	/** One of the mails kept, by its id. */
	public Optional<LocalMail> find(String id) {
		return recent().stream().filter(mail -> mail.id().equals(id)).findFirst();
	}

}
