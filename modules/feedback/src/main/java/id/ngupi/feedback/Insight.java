package id.ngupi.feedback;

import java.time.Instant;
import java.util.List;

import id.ngupi.booking.BookingId;
import id.ngupi.hosting.TopicSlug;

/**
 * What a member learned in a session and chose to show on their own page.
 *
 * @param booking the session (with the member, what a report on it names)
 * @param role their side of the session
 * @param learned what they learned
 * @param topics what the session was about
 * @param sessionEndedAt when it took place
 */
public record Insight(BookingId booking, FeedbackRole role, String learned, List<TopicSlug> topics,
		Instant sessionEndedAt) {

	public Insight {
		topics = List.copyOf(topics);
	}

}
