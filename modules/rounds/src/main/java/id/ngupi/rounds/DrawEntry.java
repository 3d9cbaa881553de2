package id.ngupi.rounds;

import java.time.Instant;
import java.util.Optional;

import id.ngupi.booking.BookingId;

/**
 * One applicant's place in a settled round, as the draw's page shows it.
 *
 * @param position their place, from 1
 * @param ticket their number in the draw
 * @param priority 0 goes first: never had a Ngupi (when the round asks), then never with
 * this host, then everyone else
 * @param sortKey SHA-256 of {@code seed:ticket} in hex: the order within a priority
 * @param outcome what became of them
 * @param start the time they got, if they won
 * @param booking their session, if they won
 */
public record DrawEntry(int position, String ticket, int priority, String sortKey, Outcome outcome,
		Optional<Instant> start, Optional<BookingId> booking) {

	/** Whether they got a time. */
	public boolean won() {
		return this.outcome == Outcome.WON;
	}

	/** What became of an applicant. */
	public enum Outcome {

		/** Booked into one of the round's times. */
		WON("won"),

		/**
		 * Their turn came but they could not be booked (another session then, their
		 * limits, their account): the next went in their place.
		 */
		SKIPPED("skipped"),

		/** Every time was given before their turn, or none they ranked was left. */
		NOT_CHOSEN("not_chosen");

		private final String code;

		Outcome(String code) {
			this.code = code;
		}

		public String code() {
			return this.code;
		}

		public static Outcome ofCode(String code) {
			for (Outcome outcome : values()) {
				if (outcome.code.equals(code)) {
					return outcome;
				}
			}
			throw new IllegalArgumentException("Unknown outcome: " + code);
		}

	}

}
