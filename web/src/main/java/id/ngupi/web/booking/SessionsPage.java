package id.ngupi.web.booking;

import java.util.List;

import id.ngupi.web.support.Notice;

/**
 * The member's sessions on one side, attendee ({@code /sesi}) or host
 * ({@code /sesi/host}), grouped as the lists show them.
 *
 * @param asHost whether these are the sessions the member hosts
 * @param pending requests waiting for the host
 * @param upcoming confirmed sessions still to come
 * @param past sessions that took place or will not, most recent first
 * @param zone the zone times are shown in, as named on the page
 * @param notice what just happened, or {@code null}
 */
public record SessionsPage(boolean asHost, List<SessionItem> pending, List<SessionItem> upcoming,
		List<SessionItem> past, String zone, Notice notice) {

	public boolean empty() {
		return this.pending.isEmpty() && this.upcoming.isEmpty() && this.past.isEmpty();
	}

}
