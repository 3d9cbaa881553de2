package id.ngupi.web.booking;

import java.util.List;

import id.ngupi.web.support.Notice;

/**
 * The member's sessions on one side, attendee ({@code /sesi}) or host
 * ({@code /sesi/host}), grouped by {@link id.ngupi.booking.BookingPhase phase}.
 *
 * @param asHost whether these are the sessions the member hosts
 * @param coming confirmed sessions that have not ended, soonest first
 * @param waiting requests waiting for the host's answer, soonest first
 * @param history sessions that took place or will not (cancelled, moved, declined,
 * expired), most recent first
 * @param self this list as shown, the address it refreshes itself from
 * @param older the list showing older sessions of the history too, or {@code null} when
 * it shows them all
 * @param zone the zone times are shown in, as named on the page
 * @param notice what just happened, or {@code null}
 * @param feedbackDue sessions on this side that ended and wait for the member's feedback,
 * soonest closing first
 */
public record SessionsPage(boolean asHost, List<SessionItem> coming, List<SessionItem> waiting,
		List<SessionItem> history, String self, String older, String zone, Notice notice,
		List<SessionItem> feedbackDue) {

	public boolean empty() {
		return this.coming.isEmpty() && this.waiting.isEmpty() && this.history.isEmpty();
	}

}
