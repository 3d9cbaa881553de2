package id.ngupi.notifications.internal;

import java.util.List;

import id.ngupi.booking.Booking;
import id.ngupi.booking.BookingEvents.BookingApproved;
import id.ngupi.booking.BookingEvents.BookingCancelled;
import id.ngupi.booking.BookingEvents.BookingConfirmed;
import id.ngupi.booking.BookingEvents.BookingDeclined;
import id.ngupi.booking.BookingEvents.BookingExpired;
import id.ngupi.booking.BookingEvents.BookingRequested;
import id.ngupi.booking.BookingEvents.BookingRescheduled;
import id.ngupi.identity.AccountId;
import id.ngupi.notifications.NotificationKind;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import static id.ngupi.notifications.internal.SessionFacts.eventId;

/**
 * Turns what happens to bookings into notifications for the right people. Each listener
 * runs after the booking's transaction committed, in its own transaction, and is recorded
 * in the event publication registry until it completes, so nothing is lost when it fails:
 * it runs again, and the idempotency key keeps it from telling anyone twice.
 * <p>
 * A move tells both sides once, as a move: the new booking's own request or confirmation
 * is not announced again.
 */
@Component
class BookingNotices {

	private final SessionFacts facts;

	private final Notifier notifier;

	private final Reminders reminders;

	BookingNotices(SessionFacts facts, Notifier notifier, Reminders reminders) {
		this.facts = facts;
		this.notifier = notifier;
		this.reminders = reminders;
	}

	/** The host hears of a request to answer, with the attendee's topics and answer. */
	@ApplicationModuleListener
	void on(BookingRequested event) {
		this.facts.booking(event.host(), event.booking())
			.filter(booking -> booking.rescheduledFrom() == null)
			.ifPresent(booking -> tell(booking, event.host(), NotificationKind.BOOKING_REQUESTED));
	}

	/**
	 * A confirmed session gets its reminders. Booked straight away, both sides hear of
	 * it; an approved request is told by {@link BookingApproved}, a move by
	 * {@link BookingRescheduled}.
	 */
	@ApplicationModuleListener
	void on(BookingConfirmed event) {
		this.facts.booking(event.attendee(), event.booking()).ifPresent(booking -> {
			this.reminders.schedule(booking);
			if (booking.respondBy() == null && booking.rescheduledFrom() == null) {
				tell(booking, booking.attendee(), NotificationKind.BOOKING_CONFIRMED);
				tell(booking, booking.host(), NotificationKind.BOOKING_CONFIRMED);
			}
		});
	}

	@ApplicationModuleListener
	void on(BookingApproved event) {
		this.facts.booking(event.attendee(), event.booking())
			.ifPresent(booking -> this.notifier.tell(event.attendee(), NotificationKind.BOOKING_APPROVED,
					eventId(booking.id()), this.facts.of(booking, event.attendee(), event.message(), false, null)));
	}

	@ApplicationModuleListener
	void on(BookingDeclined event) {
		this.facts.booking(event.attendee(), event.booking())
			.ifPresent(booking -> this.notifier.tell(event.attendee(), NotificationKind.BOOKING_DECLINED,
					eventId(booking.id()), this.facts.of(booking, event.attendee(), event.message(), false, null)));
	}

	/**
	 * Both sides hear that a request lapsed: the attendee to look again, the host that it
	 * went unanswered.
	 */
	@ApplicationModuleListener
	void on(BookingExpired event) {
		this.facts.booking(event.attendee(), event.booking()).ifPresent(booking -> {
			tell(booking, booking.attendee(), NotificationKind.BOOKING_EXPIRED);
			tell(booking, booking.host(), NotificationKind.BOOKING_EXPIRED);
		});
	}

	/**
	 * The other side hears why; the session's reminders are dropped. A session Ngupi
	 * called off (a participant's account was suspended) is told to the other participant
	 * only, saying that their host or attendee cannot continue and nothing more; the
	 * suspended member hears nothing of it.
	 */
	@ApplicationModuleListener
	void on(BookingCancelled event) {
		this.reminders.cancel(event.booking());
		if (event.byNgupi()) {
			this.facts.booking(event.attendee(), event.booking()).ifPresent(booking -> {
				AccountId recipient = booking.other(event.calledOffFor());
				this.notifier.tell(recipient, NotificationKind.BOOKING_CANCELLED, eventId(booking.id()),
						this.facts.calledOff(booking, recipient, event.calledOffFor()));
			});
			return;
		}
		this.facts.booking(event.attendee(), event.booking()).ifPresent(booking -> {
			List<AccountId> told = booking.involves(event.cancelledBy()) ? List.of(booking.other(event.cancelledBy()))
					: List.of(booking.host(), booking.attendee());
			told.forEach(recipient -> this.notifier.tell(recipient, NotificationKind.BOOKING_CANCELLED,
					eventId(booking.id()),
					this.facts.of(booking, recipient, booking.cancelReason(), booking.lateCancellation(), null)));
		});
	}

	/**
	 * Both sides hear of the new time (the host perhaps with a request to answer); the
	 * old time's reminders are dropped.
	 */
	@ApplicationModuleListener
	void on(BookingRescheduled event) {
		this.reminders.cancel(event.previous());
		this.facts.booking(event.attendee(), event.booking()).ifPresent(booking -> {
			Booking replaced = this.facts.booking(event.attendee(), event.previous()).orElse(null);
			for (AccountId recipient : List.of(booking.host(), booking.attendee())) {
				this.notifier.tell(recipient, NotificationKind.BOOKING_RESCHEDULED, eventId(booking.id()),
						this.facts.of(booking, recipient, null, false, replaced));
			}
		});
	}

	private void tell(Booking booking, AccountId recipient, NotificationKind kind) {
		this.notifier.tell(recipient, kind, eventId(booking.id()), this.facts.of(booking, recipient));
	}

}
