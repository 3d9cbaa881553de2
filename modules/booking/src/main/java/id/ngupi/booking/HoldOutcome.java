package id.ngupi.booking;

import java.time.Instant;
import java.util.List;

import id.ngupi.booking.BookingOutcome.Refusal;

/**
 * How setting times aside ({@link Holds#hold}) ended: all of them held, or none.
 */
public sealed interface HoldOutcome {

	/**
	 * Every time is held.
	 *
	 * @param slots the held times, soonest first
	 */
	record Held(List<OpenSlot> slots) implements HoldOutcome {

		public Held {
			slots = List.copyOf(slots);
		}

	}

	/**
	 * Nothing is held: one of the times is not open (any more).
	 *
	 * @param start the first time that is not
	 * @param reason why, as a booking of it would be told
	 */
	record NotOpen(Instant start, Refusal reason) implements HoldOutcome {
	}

	/**
	 * Nothing is held: two of the times overlap each other (with the offering's buffer).
	 *
	 * @param start the later of the two
	 */
	record Overlapping(Instant start) implements HoldOutcome {
	}

}
