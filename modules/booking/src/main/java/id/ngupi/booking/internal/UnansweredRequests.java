package id.ngupi.booking.internal;

import java.time.Instant;

import id.ngupi.booking.Booking;
import id.ngupi.booking.BookingEvents.BookingExpired;
import id.ngupi.booking.BookingStatus;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The one rule for a request the host leaves unanswered: once its deadline
 * ({@code respond_by}) has come, it is expired, whether the scheduled run of
 * {@link PassedBookings} or a host's late answer notices it first. Expiring gives the
 * week's quota back and announces {@link BookingExpired}, whichever of the two does it.
 */
@Component
public class UnansweredRequests {

	private final BookingStore bookings;

	private final QuotaStore quotas;

	private final ApplicationEventPublisher events;

	UnansweredRequests(BookingStore bookings, QuotaStore quotas, ApplicationEventPublisher events) {
		this.bookings = bookings;
		this.quotas = quotas;
		this.events = events;
	}

	/**
	 * Expires an overdue request that the caller has locked, in the caller's transaction.
	 * @return the expired booking
	 */
	public Booking expire(Booking booking, Instant now) {
		// Booking.answerOverdue is the comparison BookingStore.claimPassed makes in SQL
		if (!booking.answerOverdue(now)) {
			throw new IllegalArgumentException("Not an overdue request: " + booking.id());
		}
		this.bookings.setStatus(booking.id(), BookingStatus.EXPIRED, null, now);
		expired(booking);
		return this.bookings.find(booking.id()).orElseThrow();
	}

	/** What follows a request's expiry, once its status says so. */
	void expired(Booking booking) {
		this.quotas.release(booking.id());
		this.events.publishEvent(new BookingExpired(booking.id(), booking.host(), booking.attendee()));
	}

}
