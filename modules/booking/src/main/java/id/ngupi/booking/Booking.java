package id.ngupi.booking;

import java.time.Instant;
import java.util.List;

import id.ngupi.hosting.OfferingId;
import id.ngupi.hosting.TopicSlug;
import id.ngupi.identity.AccountId;

/**
 * A booked Ngupi: who meets whom, when, and what they will talk about. The meeting link
 * is not part of it; only the two participants of a confirmed booking get it, from
 * {@link Bookings#meetingLink}.
 *
 * @param id the booking
 * @param offering what was booked
 * @param host the host
 * @param attendee the attendee
 * @param start when the session starts
 * @param end when it ends
 * @param status where it stands
 * @param topics the host's topics the attendee picked (1 to 3)
 * @param answer the attendee's answer to the offering's question
 * @param respondBy for a pending request: when it expires unanswered
 * @param hostMessage what the host wrote when approving or declining, if anything
 * @param cancelledBy who called it off, for a cancelled booking
 * @param cancelReason why, if given
 * @param lateCancellation whether it was called off within the offering's minimum notice
 * @param rescheduledFrom the booking this one replaced, if any
 * @param sequence how often the calendar entry changed
 * @param createdAt when it was requested
 * @param updatedAt when it last changed
 */
public record Booking(BookingId id, OfferingId offering, AccountId host, AccountId attendee, Instant start, Instant end,
		BookingStatus status, List<TopicSlug> topics, String answer, Instant respondBy, String hostMessage,
		AccountId cancelledBy, String cancelReason, boolean lateCancellation, BookingId rescheduledFrom, int sequence,
		Instant createdAt, Instant updatedAt) {

	public Booking {
		topics = List.copyOf(topics);
	}

	/** Whether the member is the host or the attendee. */
	public boolean involves(AccountId member) {
		return this.host.equals(member) || this.attendee.equals(member);
	}

	/** The other participant, seen from one of them. */
	public AccountId other(AccountId member) {
		return this.host.equals(member) ? this.attendee : this.host;
	}

}
