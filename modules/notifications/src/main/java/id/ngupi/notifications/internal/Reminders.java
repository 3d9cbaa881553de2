package id.ngupi.notifications.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import id.ngupi.booking.Booking;
import id.ngupi.booking.BookingId;
import id.ngupi.booking.BookingStatus;
import id.ngupi.notifications.NotificationKind;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminders a day and an hour before every confirmed session, to both participants. They
 * are rows made when the session is confirmed and removed when it is called off or moved;
 * every minute each instance takes the due ones with {@code FOR UPDATE SKIP LOCKED} and
 * records the reminder in the same transaction, so with several instances each reminder
 * is recorded (and mailed) once. A reminder of a session that is no longer confirmed, or
 * has started, is dropped; of two reminders due at once (an instance was down) only the
 * nearer one is sent.
 */
@Component
class Reminders {

	static final Map<NotificationKind, Duration> BEFORE = Map.of(NotificationKind.REMINDER_24H, Duration.ofHours(24),
			NotificationKind.REMINDER_1H, Duration.ofHours(1));

	private static final int BATCH = 100;

	private final ReminderStore store;

	private final SessionFacts facts;

	private final Notifier notifier;

	private final TransactionTemplate transactions;

	private final Clock clock;

	Reminders(ReminderStore store, SessionFacts facts, Notifier notifier, TransactionTemplate transactions,
			Clock clock) {
		this.store = store;
		this.facts = facts;
		this.notifier = notifier;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** Makes the session's reminders that are still ahead, for both participants. */
	void schedule(Booking booking) {
		Instant now = this.clock.instant();
		BEFORE.forEach((kind, before) -> {
			Instant due = booking.start().minus(before);
			if (due.isAfter(now)) {
				this.store.schedule(booking.id(), booking.host(), kind, due, booking.start());
				this.store.schedule(booking.id(), booking.attendee(), kind, due, booking.start());
			}
		});
	}

	void cancel(BookingId booking) {
		this.store.cancel(booking);
	}

	/** Records every due reminder; returns how many were recorded. */
	@Scheduled(initialDelayString = "${ngupi.notifications.reminders.initial-delay:PT20S}",
			fixedDelayString = "${ngupi.notifications.reminders.interval:PT1M}")
	public int sendDue() {
		int total = 0;
		Batch batch;
		do {
			batch = this.transactions.execute(status -> {
				Instant now = this.clock.instant();
				List<ReminderStore.Due> due = this.store.takeDue(now, BATCH);
				return new Batch(due.size(), (int) due.stream().filter(reminder -> remind(reminder, now)).count());
			});
			total += batch.recorded();
		}
		while (batch.taken() == BATCH);
		return total;
	}

	/** How many due reminders one transaction took, and how many of them it recorded. */
	private record Batch(int taken, int recorded) {
	}

	private boolean remind(ReminderStore.Due reminder, Instant now) {
		if (reminder.kind() == NotificationKind.REMINDER_24H
				&& !reminder.start().minus(BEFORE.get(NotificationKind.REMINDER_1H)).isAfter(now)) {
			// the hour's reminder is due as well: it alone is sent
			return false;
		}
		return this.facts.booking(reminder.recipient(), reminder.booking())
			.filter(booking -> booking.status() == BookingStatus.CONFIRMED && booking.start().isAfter(now))
			.flatMap(booking -> this.notifier.tell(reminder.recipient(), reminder.kind(),
					SessionFacts.eventId(booking.id()), this.facts.of(booking, reminder.recipient())))
			.isPresent();
	}

}
