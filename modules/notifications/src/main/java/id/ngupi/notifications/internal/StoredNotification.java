package id.ngupi.notifications.internal;

import java.time.Instant;

import id.ngupi.identity.AccountId;
import id.ngupi.notifications.NotificationId;
import id.ngupi.notifications.NotificationKind;

/**
 * A notification as recorded.
 *
 * @param id the notification
 * @param recipient who it is for
 * @param kind what it is about
 * @param eventId what happened, with recipient and kind its idempotency key
 * @param details what it says
 * @param createdAt when it was recorded
 * @param readAt when its recipient marked it read, or {@code null}
 */
record StoredNotification(NotificationId id, AccountId recipient, NotificationKind kind, String eventId,
		Details details, Instant createdAt, Instant readAt) {
}
