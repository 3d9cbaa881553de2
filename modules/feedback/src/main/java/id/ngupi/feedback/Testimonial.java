package id.ngupi.feedback;

import java.time.Instant;
import java.util.List;

import id.ngupi.booking.BookingId;
import id.ngupi.hosting.TopicSlug;
import id.ngupi.identity.AccountId;

/**
 * An attendee's words about a session, shown on the host's page with their consent.
 *
 * @param booking the session (with the author, what a report on it names)
 * @param author the attendee (whose account may since have been deleted)
 * @param rating their rating
 * @param wentWell what went well (may be empty)
 * @param learned what they learned (may be empty)
 * @param topics what the session was about
 * @param sessionEndedAt when it took place
 */
public record Testimonial(BookingId booking, AccountId author, int rating, String wentWell, String learned,
		List<TopicSlug> topics, Instant sessionEndedAt) {

	public Testimonial {
		topics = List.copyOf(topics);
	}

}
