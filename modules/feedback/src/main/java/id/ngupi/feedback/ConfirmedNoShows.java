package id.ngupi.feedback;

import java.time.Instant;
import java.util.List;

/**
 * The sessions an attendee confirmedly did not come to, as the host asked to approve
 * their request sees them.
 *
 * @param sessions when each of those sessions ended, newest first
 */
public record ConfirmedNoShows(List<Instant> sessions) {

	public ConfirmedNoShows {
		sessions = List.copyOf(sessions);
	}

	public boolean none() {
		return this.sessions.isEmpty();
	}

}
