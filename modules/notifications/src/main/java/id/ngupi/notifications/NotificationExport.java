package id.ngupi.notifications;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The notifications module's part of a member's data export: everything the member was
 * told (written for them, as their inbox shows it), each mail sent for it and where it
 * stands, which kinds they chose to get by mail, and whether a mail server refused their
 * address. Never a secret: no unsubscribe token, no verification link.
 *
 * @param notifications everything the member was told, newest first
 * @param mailChoices whether each kind the member may turn off is mailed to them
 * @param refusal why a mail server refused the member's address for good, or {@code null}
 */
public record NotificationExport(List<Told> notifications, Map<NotificationKind, Boolean> mailChoices, String refusal) {

	/**
	 * One notification, and its mail if one was sent or meant to be.
	 *
	 * @param entry the notification as the inbox shows it
	 * @param mail its mail, or {@code null} when none was meant (no verified address, a
	 * kind turned off)
	 */
	public record Told(InboxEntry entry, Mail mail) {
	}

	/**
	 * The mail of a notification.
	 *
	 * @param address where it went
	 * @param status {@code pending}, {@code sent}, {@code refused}, {@code failed} or
	 * {@code skipped}
	 * @param attempts how often it was tried
	 * @param sentAt when the mail server took it, or {@code null}
	 */
	public record Mail(String address, String status, int attempts, Instant sentAt) {
	}

}
