package id.ngupi.web.booking;

import java.util.List;

import id.ngupi.web.discovery.SlotDay;
import id.ngupi.web.support.FormErrors;

/**
 * A page that asks before a step that changes a session for good: calling it off
 * ({@code /sesi/{id}/batal}), declining the request ({@code /sesi/{id}/tolak}) or moving
 * it to another time ({@code /sesi/{id}/jadwal-ulang}). Its form is the step's only
 * button, so nothing happens on one tap, and it works without JavaScript.
 *
 * @param session the session
 * @param asHost whether the viewer is the host
 * @param zone the zone times are shown in, as named on the page
 * @param text what the form's text field (reason or message) shows
 * @param errors the form's errors
 * @param times for a move: the open times to choose from, by day; else empty
 * @param requestKey for a move: the form's one-time key; else {@code null}
 */
public record SessionStepPage(SessionItem session, boolean asHost, String zone, String text, FormErrors errors,
		List<SlotDay> times, String requestKey) {

	public SessionStepPage {
		times = List.copyOf(times);
	}

}
