package id.ngupi.web.calendar;

import java.time.Instant;

/**
 * One session as a calendar shows it, in the language of whoever it is for.
 *
 * @param uid stays the same through every change of the session
 * @param sequence raised on every change, so calendars take the newest
 * @param state tentative, confirmed or cancelled
 * @param start when it starts
 * @param end when it ends
 * @param summary "Ngupi: title with the other person"
 * @param description the topics and the session's page
 * @param url the session's page
 * @param location the meeting link, or {@code null}
 * @param created when the booking was made
 * @param modified when it last changed
 */
record CalendarEvent(String uid, int sequence, State state, Instant start, Instant end, String summary,
		String description, String url, String location, Instant created, Instant modified) {

	/** Where a session stands, as calendars know it. */
	enum State {

		TENTATIVE, CONFIRMED, CANCELLED

	}

}
