package id.ngupi.web.booking;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import id.ngupi.booking.Booking;
import id.ngupi.booking.BookingEvents.BookingCompleted;
import id.ngupi.booking.Bookings;
import id.ngupi.feedback.Feedbacks;
import id.ngupi.identity.Account;
import id.ngupi.web.booking.Bookers.Host;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import static org.awaitility.Awaitility.await;

/**
 * Sessions whose end booking has told, so both sides are asked for feedback: booked at a
 * real open time, then told ended as the module's scheduled run tells it.
 */
final class SessionsThatEnded {

	private final Bookers people;

	private final Bookings bookings;

	private final Feedbacks feedbacks;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	SessionsThatEnded(Bookers people, Bookings bookings, Feedbacks feedbacks, ApplicationEventPublisher events,
			TransactionTemplate transactions) {
		this.people = people;
		this.bookings = bookings;
		this.feedbacks = feedbacks;
		this.events = events;
		this.transactions = transactions;
	}

	/** A confirmed session whose end has been told, once both sides are asked. */
	Booking ended(Host host, Account attendee) {
		return ended(host, attendee, 0);
	}

	/**
	 * {@link #ended(Host, Account)} at the host's {@code nth} open time (every test host
	 * opens the same evenings: one attendee's sessions with several hosts need different
	 * ones).
	 */
	Booking ended(Host host, Account attendee, int nth) {
		List<Instant> open = this.people.open(host);
		Booking booking = Bookers.book(this.bookings, attendee, host, open.get(nth));
		this.transactions.executeWithoutResult(status -> this.events.publishEvent(new BookingCompleted(booking.id(),
				booking.host(), booking.attendee(), Instant.now().minus(Duration.ofHours(1)), booking.topics())));
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.feedbacks.of(host.account().id(), booking.id()).isPresent()
					&& this.feedbacks.of(attendee.id(), booking.id()).isPresent());
		return booking;
	}

}
