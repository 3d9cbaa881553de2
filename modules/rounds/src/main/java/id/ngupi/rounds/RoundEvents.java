package id.ngupi.rounds;

import java.time.Instant;
import java.util.List;

import id.ngupi.booking.BookingId;
import id.ngupi.identity.AccountId;

/**
 * What the rounds module tells the rest of the platform, published inside the transaction
 * that made the change. Winners' bookings announce themselves through booking's events
 * too.
 */
public final class RoundEvents {

	private RoundEvents() {
	}

	/**
	 * A host opened a round.
	 *
	 * @param round the round
	 * @param host the host
	 * @param opensAt when applications open
	 * @param closesAt when they close
	 */
	public record RoundOpened(RoundId round, AccountId host, Instant opensAt, Instant closesAt) {
	}

	/**
	 * The window of a round the host picks closed: applications wait for the pick.
	 *
	 * @param round the round
	 * @param host the host
	 * @param applicants how many applied
	 * @param pickBy until when the host picks; the draw decides afterwards
	 */
	public record ApplicationsWaiting(RoundId round, AccountId host, int applicants, Instant pickBy) {
	}

	/**
	 * A round is settled: the winners are booked.
	 *
	 * @param round the round
	 * @param host the host
	 * @param by how it was settled
	 * @param winners who got which time
	 * @param notChosen everyone else who applied
	 */
	public record RoundSettled(RoundId round, AccountId host, Picking by, List<Winner> winners,
			List<AccountId> notChosen) {

		public RoundSettled {
			winners = List.copyOf(winners);
			notChosen = List.copyOf(notChosen);
		}

	}

	/**
	 * A winner of a round.
	 *
	 * @param member who won
	 * @param booking their booking
	 * @param start when it starts
	 */
	public record Winner(AccountId member, BookingId booking, Instant start) {
	}

	/**
	 * A round was called off before it was settled: by its host, saying why; because the
	 * host deleted their account (no reason); or by Ngupi because the host can no longer
	 * host (their account was suspended: no reason, and {@code calledOff} is true).
	 * Applicants are never told why in the last case.
	 *
	 * @param round the round
	 * @param host the host
	 * @param applicants who had applied
	 * @param reason what the host wrote; none when the host deleted their account or
	 * Ngupi called it off
	 * @param calledOff whether Ngupi called it off ({@code null} in events recorded
	 * before it was carried, meaning no)
	 */
	public record RoundCancelled(RoundId round, AccountId host, List<AccountId> applicants, String reason,
			Boolean calledOff) {

		public RoundCancelled {
			applicants = List.copyOf(applicants);
		}

		/** Called off by its host, or gone with the host's account (no reason). */
		public RoundCancelled(RoundId round, AccountId host, List<AccountId> applicants, String reason) {
			this(round, host, applicants, reason, false);
		}

		/** Whether Ngupi called it off because its host can no longer host. */
		public boolean byNgupi() {
			return Boolean.TRUE.equals(this.calledOff);
		}

	}

}
