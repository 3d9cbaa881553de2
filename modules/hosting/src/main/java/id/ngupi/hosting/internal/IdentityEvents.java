package id.ngupi.hosting.internal;

import id.ngupi.hosting.HostProfile;
import id.ngupi.hosting.HostingEvents.AvailabilityChanged;
import id.ngupi.identity.AccountEvents.AccountDeleted;
import id.ngupi.identity.AccountEvents.AccountRestored;
import id.ngupi.identity.AccountEvents.AccountSuspended;
import id.ngupi.identity.AccountEvents.ProfileUpdated;
import id.ngupi.identity.AccountId;
import id.ngupi.identity.Accounts;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps hosting in step with identity: the copy of a host's public profile, hiding a
 * suspended host and listing them again once restored (if they did not pause hosting
 * themselves), and removing a deleted member's hosting data.
 */
@Component
class IdentityEvents {

	private final HostStore hosts;

	private final Accounts accounts;

	private final ApplicationEventPublisher events;

	IdentityEvents(HostStore hosts, Accounts accounts, ApplicationEventPublisher events) {
		this.hosts = hosts;
		this.accounts = accounts;
		this.events = events;
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
		followSuspension(event.account());
	}

	/**
	 * Only the suspension flag changes: whether the host paused hosting stays theirs, so
	 * a host who paused before the suspension stays unlisted. A host bookable again is
	 * announced as {@link AvailabilityChanged}, so that members on their waitlist hear of
	 * open times.
	 */
	@ApplicationModuleListener
	void on(AccountRestored event) {
		followSuspension(event.account());
		this.hosts.find(event.account())
			.filter(HostProfile::listed)
			.ifPresent(host -> this.events.publishEvent(new AvailabilityChanged(host.account(), false)));
	}

	/**
	 * Copies whether the account is suspended now, not what the event says: a suspension
	 * and its lifting handled out of order (or one tried again later) must not leave the
	 * host in the wrong state.
	 */
	private void followSuspension(AccountId account) {
		this.accounts.find(account).ifPresent(found -> this.hosts.setAccountSuspended(found.id(), found.suspended()));
	}

	@ApplicationModuleListener
	void on(AccountDeleted event) {
		this.hosts.delete(event.account());
	}

}
