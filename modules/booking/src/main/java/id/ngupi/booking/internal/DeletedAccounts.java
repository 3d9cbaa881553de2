package id.ngupi.booking.internal;

import java.time.Clock;
import java.time.Instant;

import id.ngupi.booking.Booking;
import id.ngupi.booking.BookingEvents.BookingCancelled;
import id.ngupi.identity.AccountEvents.AccountDeleted;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What booking does when a member deletes their account: their sessions still to come, on
 * either side, are called off (their time and quota go back to the host, and the other
 * participant is told through {@link BookingCancelled}); their places on waitlists, the
 * waitlist of their hosting and their calendar feed's secret are removed. Past sessions
 * stay, for the other participant's history.
 */
@Component
class DeletedAccounts {

	private final BookingStore bookings;

	private final QuotaStore quotas;

	private final WaitlistStore waitlists;

	private final CalendarFeedStore feeds;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DeletedAccounts(BookingStore bookings, QuotaStore quotas, WaitlistStore waitlists, CalendarFeedStore feeds,
			ApplicationEventPublisher events, Clock clock) {
		this.bookings = bookings;
		this.quotas = quotas;
		this.waitlists = waitlists;
		this.feeds = feeds;
		this.events = events;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(AccountDeleted event) {
		Instant now = this.clock.instant();
		for (Booking live : this.bookings.lockLiveInvolving(event.account(), now)) {
			this.bookings.cancel(live.id(), event.account(), null, false, now);
			this.quotas.release(live.id());
			this.events.publishEvent(new BookingCancelled(live.id(), live.host(), live.attendee(), event.account(),
					null, false, live.start()));
		}
		this.waitlists.forget(event.account());
		this.feeds.delete(event.account());
	}

}
