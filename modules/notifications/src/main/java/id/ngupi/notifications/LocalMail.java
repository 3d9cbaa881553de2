package id.ngupi.notifications;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/**
 * A mail as it would have been sent, read back from the message itself: its address,
 * subject, both bodies, headers that matter and attachments.
 *
 * @param id identifies it in the local mailbox
 * @param to the recipient's address
 * @param subject the subject line
 * @param text the plain-text body
 * @param html the HTML body
 * @param listUnsubscribe the {@code List-Unsubscribe} header, or {@code null}
 * @param listUnsubscribePost the {@code List-Unsubscribe-Post} header, or {@code null}
 * @param attachments the files it carries
 * @param keptAt when it was kept
 */
public record LocalMail(String id, String to, String subject, String text, String html, String listUnsubscribe,
		String listUnsubscribePost, List<Attachment> attachments, Instant keptAt) {

	private static final Pattern LINK = Pattern.compile("https?://\\S+");

	public LocalMail {
		attachments = List.copyOf(attachments);
	}

	/** Reads a message back part by part, as a mail program would show it. */
	public static LocalMail read(MimeMessage message, Instant at) throws MessagingException, IOException {
		Parts parts = new Parts();
		parts.read(message);
		String[] unsubscribe = message.getHeader("List-Unsubscribe");
		String[] unsubscribePost = message.getHeader("List-Unsubscribe-Post");
		return new LocalMail(UUID.randomUUID().toString(), message.getAllRecipients()[0].toString(),
				message.getSubject(), parts.text, parts.html, (unsubscribe != null) ? unsubscribe[0] : null,
				(unsubscribePost != null) ? unsubscribePost[0] : null, parts.attachments, at);
	}

	/** The links the text body carries, in order. */
	public List<String> links() {
		Matcher matcher = LINK.matcher(this.text);
		return matcher.results().map(result -> result.group()).toList();
	}

	/** The attachment with this file name, if the mail carries one. */
	public Optional<Attachment> attachment(String name) {
		return this.attachments.stream().filter(attachment -> name.equals(attachment.name())).findFirst();
	}

	/**
	 * A file a mail carries.
	 *
	 * @param name its file name
	 * @param contentType its type, as the mail says it
	 * @param content its text
	 */
	public record Attachment(String name, String contentType, String content) {
	}

	/** The bodies and attachments of a message, found by walking its parts. */
	private static final class Parts {

		private String text = "";

		private String html = "";

		private final List<Attachment> attachments = new ArrayList<>();

		void read(Part part) throws MessagingException, IOException {
			if (part.isMimeType("multipart/*")) {
				Multipart multipart = (Multipart) part.getContent();
				for (int i = 0; i < multipart.getCount(); i++) {
					read(multipart.getBodyPart(i));
				}
			}
			else if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null) {
				this.attachments.add(new Attachment(part.getFileName(), part.getContentType(),
						new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8)));
			}
			else if (part.isMimeType("text/html")) {
				this.html = lines(part);
			}
			else if (part.isMimeType("text/plain")) {
				this.text = lines(part);
			}
		}

		/** A text part with its lines ended as Java writes them: mail carries CRLF. */
		private static String lines(Part part) throws MessagingException, IOException {
			return String.valueOf(part.getContent()).replace("\r\n", "\n");
		}

	}

}
