package id.ngupi.feedback;

import java.time.Instant;

import id.ngupi.booking.BookingId;
import id.ngupi.identity.AccountId;

/**
 * What the feedback module tells the others, published in the transaction of the change.
 */
public final class FeedbackEvents {

	private FeedbackEvents() {
	}

	/**
	 * A session ended: its author is asked for feedback on the other side until the
	 * window closes.
	 *
	 * @param booking the session
	 * @param author who is asked
	 * @param subject the other side
	 * @param role the author's side
	 * @param closesAt until when they can write
	 */
	public record FeedbackRequested(BookingId booking, AccountId author, AccountId subject, FeedbackRole role,
			Instant closesAt) {
	}

	/**
	 * Both sides' feedback of a session became visible to each other: both wrote, or the
	 * window closed with at least one written.
	 *
	 * @param booking the session
	 * @param host the host
	 * @param attendee the attendee
	 */
	public record FeedbackRevealed(BookingId booking, AccountId host, AccountId attendee) {
	}

	/**
	 * One side reported that the other did not come to the session; the member reported
	 * absent can answer until {@code answerBy}.
	 *
	 * @param booking the session
	 * @param reporter who reported
	 * @param absent who was reported absent
	 * @param absentRole their side
	 * @param answerBy until when they can answer
	 */
	public record NoShowReported(BookingId booking, AccountId reporter, AccountId absent, FeedbackRole absentRole,
			Instant answerBy) {
	}

}
