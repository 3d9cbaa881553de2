package id.ngupi.booking.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import id.ngupi.booking.Booking;
import id.ngupi.booking.BookingEvents.BookingCompleted;
import id.ngupi.booking.BookingStatus;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves bookings on as time passes: a confirmed session whose end has passed is completed
 * (and both sides are asked for feedback), a request the host left unanswered past its
 * deadline expires. Safe with several instances: each batch claims its rows with
 * {@code FOR UPDATE SKIP LOCKED}, so every booking moves and is announced exactly once.
 */
@Component
public class PassedBookings {

	private static final int BATCH = 100;

	private final BookingStore bookings;

	private final UnansweredRequests requests;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	PassedBookings(BookingStore bookings, UnansweredRequests requests, ApplicationEventPublisher events,
			TransactionTemplate transactions, Clock clock) {
		this.bookings = bookings;
		this.requests = requests;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Scheduled(initialDelayString = "${ngupi.booking.passed.initial-delay:PT15S}",
			fixedDelayString = "${ngupi.booking.passed.interval:PT1M}")
	public void moveOn() {
		completeEnded();
		expireUnanswered();
	}

	/** Completes every confirmed session that has ended; returns how many. */
	public int completeEnded() {
		int total = 0;
		List<Booking> batch;
		do {
			batch = this.transactions.execute(status -> {
				Instant now = this.clock.instant();
				List<Booking> completed = this.bookings.claimPassed(BookingStatus.CONFIRMED, BookingStatus.COMPLETED,
						now, BATCH);
				completed.forEach(booking -> this.events.publishEvent(new BookingCompleted(booking.id(), booking.host(),
						booking.attendee(), booking.end(), booking.topics())));
				return completed;
			});
			total += batch.size();
		}
		while (batch.size() == BATCH);
		return total;
	}

	/**
	 * Expires every pending request past its deadline; returns how many. The rule is
	 * {@link UnansweredRequests}'s, which a host's late answer applies too.
	 */
	public int expireUnanswered() {
		int total = 0;
		List<Booking> batch;
		do {
			batch = this.transactions.execute(status -> {
				Instant now = this.clock.instant();
				List<Booking> expired = this.bookings.claimPassed(BookingStatus.PENDING, BookingStatus.EXPIRED, now,
						BATCH);
				expired.forEach(this.requests::expired);
				return expired;
			});
			total += batch.size();
		}
		while (batch.size() == BATCH);
		return total;
	}

}
