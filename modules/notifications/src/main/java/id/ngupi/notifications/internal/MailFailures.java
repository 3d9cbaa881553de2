package id.ngupi.notifications.internal;

import jakarta.mail.MessagingException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;

/**
 * What a failed send means: the address refused for good (a 5xx answer to the recipient:
 * no such user, no such domain), this mail refused for good (a 5xx answer to the
 * message), or something that may pass (no connection, a 4xx answer, a timeout), worth
 * another try.
 */
enum MailFailures {

	ADDRESS_REFUSED, MAIL_REFUSED, TRY_AGAIN;

	static MailFailures of(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = next(cause)) {
			if (cause instanceof SMTPAddressFailedException refused && refused.getReturnCode() >= 500) {
				return ADDRESS_REFUSED;
			}
			if (cause instanceof SMTPSendFailedException refused && refused.getReturnCode() >= 500) {
				return MAIL_REFUSED;
			}
		}
		return TRY_AGAIN;
	}

	/** What went wrong, in a line for the delivery's record (never the mail itself). */
	static String describe(Throwable failure) {
		Throwable root = failure;
		while (next(root) != null) {
			root = next(root);
		}
		String message = (root.getMessage() != null) ? root.getMessage().strip() : "";
		return root.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
	}

	private static Throwable next(Throwable failure) {
		if (failure instanceof MessagingException messaging && messaging.getNextException() != null
				&& messaging.getNextException() != failure) {
			return messaging.getNextException();
		}
		if (failure instanceof org.springframework.mail.MailSendException send && !send.getFailedMessages().isEmpty()) {
			Exception first = send.getFailedMessages().values().iterator().next();
			return (first != failure) ? first : failure.getCause();
		}
		return (failure.getCause() != failure) ? failure.getCause() : null;
	}

}
