package id.ngupi.booking;

import java.time.Duration;
import java.util.Optional;

/**
 * What a member's sessions add up to, as their page shows it.
 *
 * @param sessionsHeld the sessions they hosted that took place
 * @param peopleMet the different people they met in those
 * @param sessionsAttended the sessions they took part in as attendee that took place
 * @param usualAnswer the median time they took to approve a request, over their latest
 * approvals; empty until there are {@link MemberRecords#APPROVALS_NEEDED}
 */
public record MemberRecord(int sessionsHeld, int peopleMet, int sessionsAttended, Optional<Duration> usualAnswer) {

	/** Whether anything took place yet. */
	public boolean empty() {
		return this.sessionsHeld == 0 && this.sessionsAttended == 0;
	}

}
