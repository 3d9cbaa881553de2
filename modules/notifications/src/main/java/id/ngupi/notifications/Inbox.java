package id.ngupi.notifications;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import id.ngupi.identity.AccountId;
import id.ngupi.notifications.internal.InboxReader;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member's inbox ("Kabar"): everything they were told, newest first, whether or not
 * they get mail. Every method acts on the given member's own notifications only; another
 * member's notification is as good as missing.
 */
@Service
public class Inbox {

	/** How many notifications the inbox shows. */
	public static final int SHOWN = 50;

	private final InboxReader reader;

	private final Clock clock;

	Inbox(InboxReader reader, Clock clock) {
		this.reader = reader;
		this.clock = clock;
	}

	/** The member's newest {@value #SHOWN} notifications, written for them. */
	@Transactional(readOnly = true)
	public List<InboxEntry> latest(AccountId member, Locale locale, ZoneId zone) {
		return this.reader.latest(member, SHOWN, locale, zone);
	}

	/** How many of the member's notifications are unread. */
	@Transactional(readOnly = true)
	public int unread(AccountId member) {
		return this.reader.unread(member);
	}

	/**
	 * Marks one of the member's notifications read.
	 * @return whether the member has such a notification
	 */
	@Transactional
	public boolean markRead(AccountId member, NotificationId notification) {
		return this.reader.markRead(member, notification, this.clock.instant());
	}

	/** Marks all of the member's notifications read; returns how many were unread. */
	@Transactional
	public int markAllRead(AccountId member) {
		return this.reader.markAllRead(member, this.clock.instant());
	}

}
