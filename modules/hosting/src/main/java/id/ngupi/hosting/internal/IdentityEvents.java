package id.ngupi.hosting.internal;

import id.ngupi.identity.AccountEvents.AccountDeleted;
import id.ngupi.identity.AccountEvents.AccountSuspended;
import id.ngupi.identity.AccountEvents.ProfileUpdated;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps hosting in step with identity: the copy of a host's public profile, hiding a
 * suspended host, and removing a deleted member's hosting data.
 */
@Component
class IdentityEvents {

	private final HostStore hosts;

	IdentityEvents(HostStore hosts) {
		this.hosts = hosts;
	}

	@ApplicationModuleListener
	void on(ProfileUpdated event) {
		this.hosts.updatePublicProfile(event.account(),
				new HostStore.PublicProfile(event.handle().value(), event.displayName(), event.avatarUrl()));
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
