package id.ngupi.web.booking;

import java.util.List;

import id.ngupi.booking.BookingStatus;
import id.ngupi.web.discovery.Slot;

/**
 * A session as the lists and its own page show it. Never the meeting link: only the
 * session's page asks for it, for its two participants.
 *
 * @param id the booking, as text
 * @param href the session's page
 * @param title the offering's title
 * @param otherName the other participant's name
 * @param otherHref the other participant's page
 * @param time when, in the viewer's zone, the other participant's beside it
 * @param topics the topics picked, named in the viewer's language
 * @param answer the attendee's answer to the offering's question
 * @param status where it stands
 * @param respondBy for a request waiting for the host: until when the host can answer, in
 * the viewer's zone; else {@code null}
 * @param hostMessage what the host wrote when approving or declining, or {@code null}
 * @param movedTo the session this one was moved to, or {@code null}
 * @param movedFrom the session this one was moved from, or {@code null}
 * @param noShows for the host asked to approve the request: the dates of the sessions the
 * attendee confirmedly did not come to, newest first; else empty
 */
public record SessionItem(String id, String href, String title, String otherName, String otherHref, Slot time,
		List<String> topics, String answer, BookingStatus status, String respondBy, String hostMessage, Move movedTo,
		Move movedFrom, List<String> noShows) {

	/** Whether the attendee moved it to another time. */
	public boolean moved() {
		return this.movedTo != null;
	}

	public String statusKey() {
		return moved() ? "booking.status.MOVED" : "booking.status." + this.status.name();
	}

	public String statusClass() {
		return "status status--" + (moved() ? "moved" : this.status.code());
	}

	/**
	 * The other end of a reschedule: the session's page and its time.
	 *
	 * @param href the other session's page
	 * @param datetime its start, for {@code <time datetime>}
	 * @param text its start in the viewer's zone, with the day
	 */
	public record Move(String href, String datetime, String text) {

	}

}
