package id.ngupi.rounds;

import id.ngupi.booking.MemberRecords.PastSessions;
import id.ngupi.feedback.ConfirmedNoShows;

/**
 * An application as the round's host reads it, side by side with the others: with the
 * member's past sessions and the ones they confirmedly did not come to.
 *
 * @param application the application
 * @param past the sessions that took place they attended, with this host and anyone
 * @param noShows the sessions they confirmedly missed
 */
public record Applicant(Application application, PastSessions past, ConfirmedNoShows noShows) {

	/** Whether they never had a Ngupi with this host. */
	public boolean newToHost() {
		return this.past.withHost() == 0;
	}

}
