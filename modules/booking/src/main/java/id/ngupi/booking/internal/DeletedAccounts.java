package id.ngupi.booking.internal;

import id.ngupi.identity.AccountEvents.AccountDeleted;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Removes what booking keeps about a deleted member besides their bookings: their places
 * on waitlists, the waitlist of their hosting, and their calendar feed's secret.
 */
@Component
class DeletedAccounts {

	private final WaitlistStore waitlists;

	private final CalendarFeedStore feeds;

	DeletedAccounts(WaitlistStore waitlists, CalendarFeedStore feeds) {
		this.waitlists = waitlists;
		this.feeds = feeds;
	}

	@ApplicationModuleListener
	void on(AccountDeleted event) {
		this.waitlists.forget(event.account());
		this.feeds.delete(event.account());
	}

}
