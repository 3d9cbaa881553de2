package id.ngupi.web.mail;

import java.time.Instant;

/**
 * A plain-text mail to a member.
 *
 * @param to the recipient's address
 * @param subject the subject line
 * @param text the body
 * @param link the link the mail asks the reader to follow, if any
 * @param createdAt when it was written
 */
public record Mail(String to, String subject, String text, String link, Instant createdAt) {
}
