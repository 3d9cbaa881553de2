package id.ngupi.web.booking;

import id.ngupi.web.calendar.SessionCalendar.AddToCalendar;
import id.ngupi.web.support.FormErrors;
import id.ngupi.web.support.Notice;

/**
 * The page of one session, {@code /sesi/{id}}, for its two participants only. What
 * changes the session for good (calling it off, declining it, moving it) sits behind a
 * link to a page of its own that asks first: see {@link SessionStepPage}.
 *
 * @param session the session
 * @param asHost whether the viewer is the host
 * @param live whether it still holds its time and has not ended: waiting for the host or
 * coming
 * @param movable whether the viewer is the attendee and can still move it to another time
 * @param meetingLink the link to join, for a confirmed session that has not ended; else
 * {@code null} (a request waiting for approval has none yet)
 * @param cancelledByName who called it off, for a cancelled session that was not moved;
 * else {@code null}
 * @param calledOffKey the message saying Ngupi called it off because one side could not
 * go on, or {@code null}
 * @param cancelReason why, if given
 * @param lateCancellation whether it was called off within the minimum notice
 * @param linkErrors the meeting link form's errors
 * @param linkValue what the meeting link form shows
 * @param zone the zone times are shown in, as named on the page
 * @param calendar the links adding the session to a calendar (or, once it is off,
 * removing it)
 * @param feedbackKey the link to the session's feedback, once it ended
 * ({@code feedback.link.write}, {@code .edit} or {@code .read}); else {@code null}
 * @param notice what just happened, or {@code null}
 */
public record SessionPage(SessionItem session, boolean asHost, boolean live, boolean movable, String meetingLink,
		String cancelledByName, String calledOffKey, String cancelReason, boolean lateCancellation,
		FormErrors linkErrors, String linkValue, String zone, AddToCalendar calendar, Notice notice,
		String feedbackKey) {

	public boolean pending() {
		return this.session.status().awaitingApproval();
	}

	/** Whether the viewer is the host and the request still waits for their answer. */
	public boolean answerable() {
		return this.asHost && this.session.respondBy() != null;
	}

}
