package id.ngupi.feedback;

import java.time.Instant;

import id.ngupi.booking.BookingId;
import id.ngupi.identity.AccountId;

/**
 * One side's feedback on a session as a moderator sees it: all of it, private message
 * included, with whether it reached anyone and whether it is hidden.
 *
 * @param booking the session
 * @param author who wrote it
 * @param subject the other side, whom it is about
 * @param role the author's side
 * @param rating their rating
 * @param wentWell what went well (may be empty)
 * @param learned what they learned (may be empty)
 * @param privateMessage their message to the other side alone (may be empty)
 * @param publicConsent whether the author allowed it on the host's page
 * @param learnedPublic whether the author showed what they learned on their own page
 * @param revealed whether its subject can read it: both wrote or the window closed, and
 * nobody reported that one side did not come
 * @param hidden whether a moderator hid it
 * @param writtenAt when it was first written
 */
public record ReportedFeedback(BookingId booking, AccountId author, AccountId subject, FeedbackRole role, int rating,
		String wentWell, String learned, String privateMessage, boolean publicConsent, boolean learnedPublic,
		boolean revealed, boolean hidden, Instant writtenAt) {

	/**
	 * Whether anyone at all may read it: revealed, not hidden, and a testimonial on the
	 * host's page or an insight on the author's.
	 */
	public boolean shownPublicly() {
		return this.revealed && !this.hidden && (testimonial() || insight());
	}

	private boolean testimonial() {
		return this.role == FeedbackRole.ATTENDEE && this.publicConsent
				&& (!this.wentWell.isEmpty() || !this.learned.isEmpty());
	}

	private boolean insight() {
		return this.learnedPublic && !this.learned.isEmpty();
	}

}
