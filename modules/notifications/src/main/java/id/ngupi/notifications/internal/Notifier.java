package id.ngupi.notifications.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import id.ngupi.identity.Account;
import id.ngupi.identity.AccountId;
import id.ngupi.identity.Accounts;
import id.ngupi.notifications.NotificationId;
import id.ngupi.notifications.NotificationKind;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Records what a member is told, in the caller's transaction (a listener's, so together
 * with the completion of the event that caused it): the notification for the inbox and,
 * when the member has a verified address and wants this kind by mail, the mail to send.
 * Recording the same event, recipient and kind again changes nothing, so an event handled
 * twice tells nobody twice.
 */
@Component
class Notifier {

	private final NotificationStore notifications;

	private final DeliveryStore deliveries;

	private final PreferenceStore preferences;

	private final Accounts accounts;

	private final SiteLinks links;

	private final Postman postman;

	private final Clock clock;

	Notifier(NotificationStore notifications, DeliveryStore deliveries, PreferenceStore preferences, Accounts accounts,
			SiteLinks links, Postman postman, Clock clock) {
		this.notifications = notifications;
		this.deliveries = deliveries;
		this.preferences = preferences;
		this.accounts = accounts;
		this.links = links;
		this.postman = postman;
		this.clock = clock;
	}

	/**
	 * Tells the member, unless their account is gone.
	 * @return the notification, if it is new
	 */
	Optional<NotificationId> tell(AccountId recipient, NotificationKind kind, String eventId, Details details) {
		return this.accounts.find(recipient)
			.flatMap(account -> record(account, kind, eventId, details, mailAddress(account, kind)));
	}

	/**
	 * Sends an email verification link to the address being verified: the one mail that
	 * goes to an address not verified yet, since it is how an address gets verified.
	 */
	Optional<NotificationId> tellAddress(AccountId recipient, String address, String eventId, Details details) {
		return this.accounts.find(recipient)
			.flatMap(account -> record(account, NotificationKind.EMAIL_VERIFICATION, eventId, details,
					Optional.of(address)));
	}

	private Optional<NotificationId> record(Account recipient, NotificationKind kind, String eventId, Details details,
			Optional<String> address) {
		Instant now = this.clock.instant();
		Optional<NotificationId> created = this.notifications.insert(recipient.id(), kind, eventId, details, now);
		created.ifPresent(id -> address.ifPresent(to -> {
			this.deliveries.insert(id, to, messageId(id), now);
			sendOnceCommitted();
		}));
		return created;
	}

	/** The mail goes out right after the transaction that recorded it commits. */
	private void sendOnceCommitted() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					Notifier.this.postman.soon();
				}
			});
		}
		else {
			this.postman.soon();
		}
	}

	/** Only a verified address gets mail, and only of the kinds its owner wants. */
	private Optional<String> mailAddress(Account account, NotificationKind kind) {
		if (account.email() == null || !account.emailVerified() || !this.preferences.mailOn(account.id(), kind)) {
			return Optional.empty();
		}
		return Optional.of(account.email());
	}

	/**
	 * The same on every attempt, so that a mail server or mail program that sees a mail
	 * twice can tell it is one.
	 */
	private String messageId(NotificationId id) {
		return "<" + id + "@" + this.links.host() + ">";
	}

}
