package id.ngupi.notifications;

import java.time.Instant;

/**
 * One notification in a member's inbox, written in the language and timezone it was asked
 * for. Its texts are plain: the page escapes them like any other.
 *
 * @param id the notification
 * @param kind what it is about
 * @param title what happened, in a line
 * @param text the line that says more
 * @param link the page it is about (a path on the site)
 * @param createdAt when it happened
 * @param read whether the member marked it read
 */
public record InboxEntry(NotificationId id, NotificationKind kind, String title, String text, String link,
		Instant createdAt, boolean read) {
}
