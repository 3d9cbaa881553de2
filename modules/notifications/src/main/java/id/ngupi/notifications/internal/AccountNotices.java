package id.ngupi.notifications.internal;

import id.ngupi.identity.Secrets;
import id.ngupi.identity.AccountEvents.AccountDeleted;
import id.ngupi.identity.AccountEvents.EmailVerificationRequested;
import id.ngupi.identity.AccountEvents.EmailVerified;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What identity's events mean here: the email verification mail, an address that works
 * again once verified, and forgetting everything about a deleted member.
 */
@Component
class AccountNotices {

	private final Notifier notifier;

	private final SiteLinks links;

	private final RefusedAddresses refused;

	private final NotificationStore notifications;

	private final PreferenceStore preferences;

	private final ReminderStore reminders;

	AccountNotices(Notifier notifier, SiteLinks links, RefusedAddresses refused, NotificationStore notifications,
			PreferenceStore preferences, ReminderStore reminders) {
		this.notifier = notifier;
		this.links = links;
		this.refused = refused;
		this.notifications = notifications;
		this.preferences = preferences;
		this.reminders = reminders;
	}

	/**
	 * The verification link goes to the address being verified. The event is named by the
	 * token's hash: the token itself is a secret, kept in the notification only until the
	 * mail is sent.
	 */
	@ApplicationModuleListener
	void on(EmailVerificationRequested event) {
		this.notifier.tellAddress(event.account(), event.email(), "verification:" + Secrets.sha256(event.token()),
				Details.verification(this.links.emailVerification(event.token()), event.expiresAt()));
	}

	/**
	 * A verified address evidently receives mail: if a server once refused it, it is
	 * tried again.
	 */
	@ApplicationModuleListener
	void on(EmailVerified event) {
		this.refused.clear(event.email());
	}

	@ApplicationModuleListener
	void on(AccountDeleted event) {
		this.notifications.forget(event.account());
		this.preferences.forget(event.account());
		this.reminders.forget(event.account());
	}

}
