package id.ngupi.booking;

import java.time.Instant;
import java.util.List;

import id.ngupi.hosting.OfferingId;
import id.ngupi.hosting.TopicSlug;
import id.ngupi.identity.AccountId;

/**
 * A booked Ngupi: who meets whom, when, and what they will talk about. The meeting link
 * is not part of it; only the two participants of a confirmed booking get it, from
 * {@link BookingQueries#meetingLink}.
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
 * @param calledOffFor the participant who could not go on when Ngupi called the booking
 * off (their account was suspended); else {@code null}
 * @param lateCancellation whether it was called off within the offering's minimum notice
 * @param rescheduledFrom the booking this one replaced, if any
 * @param rescheduledTo the booking that replaced this one, if it was moved to another
 * time
 * @param sequence how often the calendar entry changed
 * @param createdAt when it was requested
 * @param updatedAt when it last changed
 */
public record Booking(BookingId id, OfferingId offering, AccountId host, AccountId attendee, Instant start, Instant end,
		BookingStatus status, List<TopicSlug> topics, String answer, Instant respondBy, String hostMessage,
		AccountId cancelledBy, String cancelReason, AccountId calledOffFor, boolean lateCancellation,
		BookingId rescheduledFrom, BookingId rescheduledTo, int sequence, Instant createdAt, Instant updatedAt) {

	public Booking {
		topics = List.copyOf(topics);
	}

	/** Whether the member is the host or the attendee. */
	public boolean involves(AccountId member) {
		return this.host.equals(member) || this.attendee.equals(member);
	}

	/**
	 * Where the booking stands at the moment: {@link BookingPhase#WAITING} while the host
	 * can still answer a request, {@link BookingPhase#COMING} from confirmation until its
	 * end, {@link BookingPhase#HISTORY} after that or once it is off.
	 */
	public BookingPhase phase(Instant now) {
		if (this.status == BookingStatus.PENDING && !answerOverdue(now) && this.end.isAfter(now)) {
			return BookingPhase.WAITING;
		}
		if (this.status == BookingStatus.CONFIRMED && this.end.isAfter(now)) {
			return BookingPhase.COMING;
		}
		return BookingPhase.HISTORY;
	}

	/**
	 * Whether this is a request the host can still answer ({@link BookingPhase#WAITING}):
	 * the host is asked, and the attendee shown until when.
	 */
	public boolean awaitingAnswer(Instant now) {
		return phase(now) == BookingPhase.WAITING;
	}

	/**
	 * Whether this is a request whose deadline to answer has come: it has expired, even
	 * while its status still says pending.
	 */
	public boolean answerOverdue(Instant now) {
		return this.status == BookingStatus.PENDING && this.respondBy != null && !this.respondBy.isAfter(now);
	}

	/**
	 * Whether the attendee can still move it to another time: it holds its time and has
	 * not started ({@link Bookings#reschedule} refuses a started one).
	 */
	public boolean movable(Instant now) {
		return phase(now).current() && this.start.isAfter(now);
	}

	/**
	 * Whether the attendee moved it to another time: it was replaced by a new booking.
	 */
	public boolean moved() {
		return this.rescheduledTo != null;
	}

	/** The other participant, seen from one of them. */
	public AccountId other(AccountId member) {
		return this.host.equals(member) ? this.attendee : this.host;
	}

}
