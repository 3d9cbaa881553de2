package id.ngupi.booking;

import java.time.Instant;
import java.util.List;

import id.ngupi.identity.AccountId;

/**
 * Everything the booking module holds about a member, for the member's own data export:
 * their bookings on both sides, the waitlists they joined and whether they have a
 * calendar feed. Never the feed's secret or its hash, nor other members' waitlist places.
 *
 * @param sessions every booking the member takes part in, as host or attendee, soonest
 * first
 * @param waitlist the hosts the member waits for, in the order they joined
 * @param calendarFeedCreatedAt when the member's current calendar feed was made, or
 * {@code null} when they have none
 */
public record BookingExport(List<Session> sessions, List<WaitlistPlace> waitlist, Instant calendarFeedCreatedAt) {

	public BookingExport {
		sessions = List.copyOf(sessions);
		waitlist = List.copyOf(waitlist);
	}

	/** Whether the member has a calendar feed. */
	public boolean hasCalendarFeed() {
		return this.calendarFeedCreatedAt != null;
	}

	/**
	 * One booking the member takes part in.
	 *
	 * @param booking the booking
	 * @param meetingUrl the link the host set for this booking only (not the offering's
	 * or the host's own), as far as the member may see it: always for the host, for the
	 * attendee only while the booking is live; otherwise {@code null}
	 */
	public record Session(Booking booking, String meetingUrl) {
	}

	/**
	 * The member's place on a host's waitlist.
	 *
	 * @param host the host they wait for
	 * @param joinedAt when they joined (or joined again)
	 * @param notifiedAt when they were told that times opened, or {@code null}
	 */
	public record WaitlistPlace(AccountId host, Instant joinedAt, Instant notifiedAt) {
	}

}
