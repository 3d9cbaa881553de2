package id.ngupi.booking.internal;

import java.time.Clock;
import java.time.Instant;

import id.ngupi.booking.Booking;
import id.ngupi.booking.BookingEvents.BookingCancelled;
import id.ngupi.identity.AccountEvents.AccountSuspended;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What booking does when a member's account is suspended: their sessions not started yet,
 * on either side, are called off by Ngupi (their time and quota go back to the host, and
 * the other participant is told through {@link BookingCancelled#calledOff}, which names
 * no reason), and their places on other hosts' waitlists go. Sessions already under way
 * or past stay as they are, and so does the waitlist of their own hosting: a host
 * restored later finds the members who waited for them. Lifting the suspension brings
 * nothing back.
 * <p>
 * Handled twice (a resubmitted publication), it finds nothing live left to call off.
 */
@Component
class SuspendedAccounts {

	private final BookingStore bookings;

	private final QuotaStore quotas;

	private final WaitlistStore waitlists;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SuspendedAccounts(BookingStore bookings, QuotaStore quotas, WaitlistStore waitlists,
			ApplicationEventPublisher events, Clock clock) {
		this.bookings = bookings;
		this.quotas = quotas;
		this.waitlists = waitlists;
		this.events = events;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(AccountSuspended event) {
		Instant now = this.clock.instant();
		for (Booking live : this.bookings.lockLiveInvolving(event.account(), now)) {
			if (live.start().isAfter(now)) {
				this.bookings.callOff(live.id(), event.account(), now);
				this.quotas.release(live.id());
				this.events.publishEvent(BookingCancelled.calledOff(live, event.account()));
			}
		}
		this.waitlists.leaveAll(event.account());
	}

}
