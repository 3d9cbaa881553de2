package id.ngupi.rounds;

import java.time.Instant;

import id.ngupi.booking.BookingOutcome.Refusal;

/** How opening a round ended. */
public sealed interface RoundOutcome {

	/**
	 * The round is open (or opens at its time), its times held.
	 *
	 * @param round the round
	 */
	record Opened(Round round) implements RoundOutcome {
	}

	/**
	 * Nothing was opened and nothing held.
	 *
	 * @param reason why
	 * @param time the time the reason is about, for {@link Reason#TIME_NOT_OPEN} and
	 * {@link Reason#TIMES_OVERLAP}
	 * @param booking why that time is not open, as a booking of it would be told
	 */
	record Refused(Reason reason, Instant time, Refusal booking) implements RoundOutcome {

		Refused(Reason reason) {
			this(reason, null, null);
		}

	}

	/** Why a round was not opened. */
	enum Reason {

		/** The offering is not the host's, or retired. */
		NOT_YOUR_OFFERING,

		/** The host's page is not listed: nobody could apply. */
		NOT_HOSTING,

		/** Neither the offering nor the host has a meeting link. */
		NO_MEETING_LINK,

		/** One of the times is not open (any more). */
		TIME_NOT_OPEN,

		/** Two of the times overlap each other. */
		TIMES_OVERLAP,

		/** The window closes before it opens, or has closed already. */
		WINDOW_EMPTY,

		/** The window closes after the first time's notice begins. */
		CLOSES_TOO_LATE

	}

}
