package id.ngupi.notifications.internal;

import jakarta.mail.internet.MimeMessage;

/**
 * Hands a mail on: to the mail server, or, in a run without one, to the local mailbox.
 */
interface MailTransport {

	/**
	 * Sends the message; returns once the mail server accepted it.
	 * @throws Exception whatever went wrong, for {@link MailFailures} to judge
	 */
	void send(MimeMessage message) throws Exception;

}
