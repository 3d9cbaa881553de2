package id.ngupi.booking;

import java.time.Instant;

/**
 * One session as a calendar shows it, in the language of whoever it is for. Made with
 * {@link #of}, so that every calendar file of a session, wherever it is written (its
 * page, the feed, a mail), names it with the same UID and SEQUENCE and calendar programs
 * update one entry.
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
 * @param organizer who invites, for an invitation sent by mail, or {@code null}
 * @param attendee who is invited, for an invitation sent by mail, or {@code null}
 */
public record CalendarEntry(String uid, int sequence, State state, Instant start, Instant end, String summary,
		String description, String url, String location, Instant created, Instant modified, Person organizer,
		Person attendee) {

	/**
	 * The booking as a calendar entry, with the words and links of whoever it is for. The
	 * location must be the meeting link only where {@link BookingQueries#meetingLinks}
	 * gives it.
	 */
	public static CalendarEntry of(Booking booking, String summary, String description, String url, String location) {
		return new CalendarEntry(booking.id() + "@ngupi.id", booking.sequence(), State.of(booking.status()),
				booking.start(), booking.end(), summary, description, url, location, booking.createdAt(),
				booking.updatedAt(), null, null);
	}

	/** The same entry as an invitation from the organizer to the attendee. */
	public CalendarEntry between(Person organizer, Person attendee) {
		return new CalendarEntry(this.uid, this.sequence, this.state, this.start, this.end, this.summary,
				this.description, this.url, this.location, this.created, this.modified, organizer, attendee);
	}

	/** Where a session stands, as calendars know it. */
	public enum State {

		TENTATIVE, CONFIRMED, CANCELLED;

		static State of(BookingStatus status) {
			return switch (status) {
				case PENDING -> TENTATIVE;
				case CONFIRMED, COMPLETED -> CONFIRMED;
				case CANCELLED, DECLINED, EXPIRED -> CANCELLED;
			};
		}

	}

	/**
	 * Someone an invitation names.
	 *
	 * @param name the name shown
	 * @param email the address that stands for them
	 */
	public record Person(String name, String email) {
	}

}
