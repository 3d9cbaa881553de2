package id.ngupi.web.hosting;

import java.util.List;

/**
 * The question asked before a day off is added on a date the host already has sessions
 * on: which sessions those are, and that the day off does not call them off.
 *
 * @param date the date ({@code 2025-03-01}), as the confirming form sends it again
 * @param dateText the date as the host reads it
 * @param sessions the sessions still to come on that date, soonest first
 */
public record DayOffCheck(String date, String dateText, List<Session> sessions) {

	public DayOffCheck {
		sessions = List.copyOf(sessions);
	}

	/**
	 * A session on the date.
	 *
	 * @param time when it starts, in the zone of the host's schedule ({@code 19.00 WIB})
	 * @param attendee the attendee's name
	 * @param href the session's page, where the host can cancel it or answer the request
	 * @param waiting whether it is a request still waiting for the host's answer
	 */
	public record Session(String time, String attendee, String href, boolean waiting) {
	}

}
