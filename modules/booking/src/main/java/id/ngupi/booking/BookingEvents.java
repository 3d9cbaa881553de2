package id.ngupi.booking;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import id.ngupi.hosting.TopicSlug;
import id.ngupi.identity.AccountId;

/**
 * What the booking module tells the rest of the platform. Published inside the
 * transaction that made the change and kept in the event publication registry until
 * handled; each carries what a notification needs.
 */
public final class BookingEvents {

	private BookingEvents() {
	}

	/**
	 * An attendee asked for a session that needs the host's approval.
	 *
	 * @param booking the pending booking
	 * @param host the host
	 * @param attendee the attendee
	 * @param start when it would start
	 * @param respondBy when it expires unanswered
	 */
	public record BookingRequested(BookingId booking, AccountId host, AccountId attendee, Instant start,
			Instant respondBy) {
	}

	/**
	 * A session is confirmed: booked straight away or approved by the host.
	 *
	 * @param booking the booking
	 * @param host the host
	 * @param attendee the attendee
	 * @param start when it starts
	 * @param end when it ends
	 */
	public record BookingConfirmed(BookingId booking, AccountId host, AccountId attendee, Instant start, Instant end) {
	}

	/**
	 * The host approved a request: the session is confirmed ({@link BookingConfirmed} is
	 * published with it, as for a booking confirmed straight away), and the attendee is
	 * to hear the host's answer.
	 *
	 * @param booking the booking
	 * @param host the host
	 * @param attendee the attendee
	 * @param message what the host wrote, if anything
	 */
	public record BookingApproved(BookingId booking, AccountId host, AccountId attendee, String message) {
	}

	/**
	 * The host declined a request.
	 *
	 * @param booking the booking
	 * @param host the host
	 * @param attendee the attendee
	 * @param message what the host wrote, if anything
	 */
	public record BookingDeclined(BookingId booking, AccountId host, AccountId attendee, String message) {
	}

	/**
	 * A request expired before the host answered.
	 *
	 * @param booking the booking
	 * @param host the host
	 * @param attendee the attendee
	 */
	public record BookingExpired(BookingId booking, AccountId host, AccountId attendee) {
	}

	/**
	 * A session was called off: by one of its participants, or by Ngupi because one of
	 * them can no longer take part (their account was suspended). In the second case
	 * {@code cancelledBy} is {@code null} and {@code calledOffFor} names that
	 * participant: only the other one is to be told, and never why.
	 *
	 * @param booking the booking
	 * @param host the host
	 * @param attendee the attendee
	 * @param cancelledBy who called it off; {@code null} when Ngupi did
	 * @param reason why, if a participant said
	 * @param late whether it was within the offering's minimum notice
	 * @param start when it would have started
	 * @param calledOffFor when Ngupi called it off: the participant who can no longer
	 * take part, else {@code null}
	 */
	public record BookingCancelled(BookingId booking, AccountId host, AccountId attendee, AccountId cancelledBy,
			String reason, boolean late, Instant start, AccountId calledOffFor) {

		/** Called off by one of its participants. */
		public BookingCancelled(BookingId booking, AccountId host, AccountId attendee, AccountId cancelledBy,
				String reason, boolean late, Instant start) {
			this(booking, host, attendee, cancelledBy, reason, late, start, null);
		}

		/**
		 * Called off by Ngupi because the participant can no longer take part.
		 * @param booking the booking
		 * @param participant the host or the attendee who can no longer take part
		 * @return the event
		 */
		public static BookingCancelled calledOff(Booking booking, AccountId participant) {
			return new BookingCancelled(booking.id(), booking.host(), booking.attendee(), null, null, false,
					booking.start(), participant);
		}

		/** Whether Ngupi called it off rather than one of the participants. */
		public boolean byNgupi() {
			return this.calledOffFor != null;
		}

	}

	/**
	 * An attendee moved a session to another time: the old booking is cancelled and the
	 * new one made, in one transaction.
	 *
	 * @param previous the old booking
	 * @param booking the new booking
	 * @param host the host
	 * @param attendee the attendee
	 * @param start the new start
	 */
	public record BookingRescheduled(BookingId previous, BookingId booking, AccountId host, AccountId attendee,
			Instant start) {
	}

	/**
	 * A session's end has passed: time for both sides to give feedback.
	 *
	 * @param booking the booking
	 * @param host the host
	 * @param attendee the attendee
	 * @param end when it ended
	 * @param topics the topics the attendee chose for it (none in events recorded before
	 * they were carried)
	 */
	public record BookingCompleted(BookingId booking, AccountId host, AccountId attendee, Instant end,
			List<TopicSlug> topics) {

		public BookingCompleted {
			topics = (topics == null) ? List.of() : List.copyOf(topics);
		}

	}

	/**
	 * A host for whom members wait has open time again. Nobody is marked told yet:
	 * whoever tells them takes the first in line with {@link Waitlist#tellFirst} in the
	 * transaction that records what they are told, so a member loses their place only
	 * once the telling is recorded.
	 *
	 * @param opening identifies this opening, so that handling it twice tells nobody
	 * twice
	 * @param host the host
	 * @param openSlots how many open slots the host has: at most that many members are to
	 * be told
	 */
	public record WaitlistTimesOpened(UUID opening, AccountId host, int openSlots) {
	}

	/**
	 * Times were set aside for an owner (a round): they are no longer open to book
	 * directly.
	 *
	 * @param owner what holds them
	 * @param host the host whose times they are
	 */
	public record TimesHeld(UUID owner, AccountId host) {
	}

	/**
	 * An owner's held times were let go: those nobody was booked into are open again.
	 *
	 * @param owner what held them
	 * @param host the host whose times they are
	 */
	public record TimesReleased(UUID owner, AccountId host) {
	}

}
