package id.ngupi.notifications.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.ngupi.identity.AccountId;
import id.ngupi.notifications.InboxEntry;
import id.ngupi.notifications.NotificationExport;
import id.ngupi.notifications.NotificationId;

import org.springframework.stereotype.Component;

/**
 * Reads and marks a member's notifications for the {@link id.ngupi.notifications.Inbox}.
 */
@Component
public class InboxReader {

	private final NotificationStore notifications;

	private final DeliveryStore deliveries;

	private final Tellings tellings;

	private final Wording wording;

	InboxReader(NotificationStore notifications, DeliveryStore deliveries, Tellings tellings, Wording wording) {
		this.notifications = notifications;
		this.deliveries = deliveries;
		this.tellings = tellings;
		this.wording = wording;
	}

	public List<InboxEntry> latest(AccountId member, int limit, Locale locale, ZoneId zone) {
		Words words = this.wording.in(locale, zone);
		return this.notifications.latest(member, limit).stream().map(notification -> {
			Telling telling = this.tellings.brief(notification.kind(), notification.details(), words);
			return new InboxEntry(notification.id(), notification.kind(), telling.title(), telling.lead(),
					Tellings.page(notification.kind(), notification.details()), notification.createdAt(),
					notification.readAt() != null);
		}).toList();
	}

	/**
	 * Everything the member was told, inbox or not, newest first, each with its mail: two
	 * statements however many there are.
	 */
	public List<NotificationExport.Told> everything(AccountId member, Locale locale, ZoneId zone) {
		Words words = this.wording.in(locale, zone);
		Map<NotificationId, NotificationExport.Mail> mails = this.deliveries.ofRecipient(member);
		return this.notifications.all(member).stream().map(notification -> {
			Telling telling = this.tellings.brief(notification.kind(), notification.details(), words);
			return new NotificationExport.Told(new InboxEntry(notification.id(), notification.kind(), telling.title(),
					telling.lead(), Tellings.page(notification.kind(), notification.details()),
					notification.createdAt(), notification.readAt() != null), mails.get(notification.id()));
		}).toList();
	}

	public int unread(AccountId member) {
		return this.notifications.unread(member);
	}

	public boolean markRead(AccountId member, NotificationId notification, Instant now) {
		return this.notifications.markRead(member, notification, now);
	}

	public int markAllRead(AccountId member, Instant now) {
		return this.notifications.markAllRead(member, now);
	}

}
