package id.ngupi.feedback;

import java.time.Instant;
import java.util.List;

import id.ngupi.booking.BookingId;

/**
 * The feedback module's part of a member's data export: every session they were asked
 * about, what they wrote, and what the other side wrote to them once it was revealed.
 *
 * @param sessions the sessions the member was asked about, newest first
 */
public record FeedbackExport(List<Asked> sessions) {

	/**
	 * One session the member was asked about.
	 *
	 * @param booking the session
	 * @param role the member's side
	 * @param closesAt until when feedback could be written
	 * @param written what the member wrote, or {@code null}
	 * @param received what the other side wrote, once revealed; else {@code null}
	 */
	public record Asked(BookingId booking, FeedbackRole role, Instant closesAt, WrittenFeedback written,
			WrittenFeedback received) {
	}

}
