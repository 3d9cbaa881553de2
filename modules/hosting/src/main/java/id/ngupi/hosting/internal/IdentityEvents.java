package id.ngupi.hosting.internal;

import id.ngupi.identity.AccountEvents.AccountDeleted;
import id.ngupi.identity.AccountEvents.AccountSuspended;
import id.ngupi.identity.AccountEvents.ProfileUpdated;
import id.ngupi.identity.Accounts;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps hosting in step with identity: the copy of a host's public profile, hiding a
 * suspended host, and removing a deleted member's hosting data.
 */
@Component
class IdentityEvents {

	private final HostStore hosts;

	private final Accounts accounts;

	IdentityEvents(HostStore hosts, Accounts accounts) {
		this.hosts = hosts;
		this.accounts = accounts;
	}

	/**
	 * Copies the account's profile as it is now, not as the event says: a delivery that
	 * failed and is tried again after a newer change must not bring an old name back.
	 */
	@ApplicationModuleListener
	void on(ProfileUpdated event) {
		this.accounts.find(event.account())
			.ifPresent(account -> this.hosts.updatePublicProfile(account.id(),
					new HostStore.PublicProfile(account.handle().value(), account.displayName(), account.avatarUrl())));
	}

	@ApplicationModuleListener
	void on(AccountSuspended event) {
		this.hosts.setAccountSuspended(event.account(), true);
	}

	@ApplicationModuleListener
	void on(AccountDeleted event) {
		this.hosts.delete(event.account());
	}

}
