package id.ngupi.booking;

import java.util.List;

/**
 * How a booking request (or a reschedule) ended.
 */
public sealed interface BookingOutcome {

	/**
	 * The booking was made: confirmed, or pending when the host approves bookings.
	 *
	 * @param booking the new booking
	 */
	record Booked(Booking booking) implements BookingOutcome {
	}

	/**
	 * The same form arrived before and made this booking; nothing new was made.
	 *
	 * @param booking the booking the first submission made
	 */
	record AlreadyBooked(Booking booking) implements BookingOutcome {
	}

	/**
	 * Nothing was booked.
	 *
	 * @param reason why
	 * @param alternatives the offering's next open slots, to choose from instead; none
	 * when no other time would do ({@link Refusal#otherTimesMayDo()})
	 */
	record Refused(Refusal reason, List<OpenSlot> alternatives) implements BookingOutcome {

		public Refused {
			alternatives = List.copyOf(alternatives);
		}

	}

	/** Why a booking was refused. */
	enum Refusal {

		/** Someone else booked the time a moment ago. */
		SLOT_TAKEN,

		/**
		 * The time is kept for the host's round: members apply for it there, and the
		 * round picks who gets it.
		 */
		HELD,

		/** The attendee has another session at that time. */
		ATTENDEE_BUSY,

		/** The host does not offer that time (or the offering is gone). */
		NOT_OFFERED,

		/** The time is closer than the offering's minimum notice. */
		TOO_SOON,

		/** The time is beyond the offering's booking horizon. */
		BEYOND_HORIZON,

		/** The offering's sessions for that week are all taken. */
		QUOTA_REACHED,

		/** Hosts do not book themselves. */
		OWN_OFFERING,

		/** The attendee already has an upcoming session with this host. */
		HOST_LIMIT,

		/** The attendee already has as many upcoming sessions as allowed. */
		TOTAL_LIMIT,

		/** The topics are not among the host's. */
		UNKNOWN_TOPICS,

		/** The attendee's account is suspended, or the host is not taking sessions. */
		NOT_ALLOWED,

		/**
		 * Neither the offering nor its host has a meeting link, so there is nowhere to
		 * meet: the offering takes no bookings until the host adds one.
		 */
		NO_MEETING_LINK,

		/** The session to move has already started: it stays where it is. */
		STARTED;

		/**
		 * Whether another time of the offering may still be booked: not when the refusal
		 * is about the attendee (their limits, their own offering, their account) or a
		 * session that has started, so no other time is offered then.
		 */
		public boolean otherTimesMayDo() {
			return switch (this) {
				case HOST_LIMIT, TOTAL_LIMIT, OWN_OFFERING, NOT_ALLOWED, STARTED -> false;
				default -> true;
			};
		}

	}

}
