package id.ngupi.feedback;

import java.time.Instant;
import java.util.List;

import id.ngupi.booking.BookingId;

/**
 * The feedback module's part of a member's data export: every session they were asked
 * about, what they wrote, what the other side wrote to them once it was revealed, and a
 * report that one side did not come, with its answer.
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
	 * @param noShow the report that one side did not come, or {@code null}
	 */
	public record Asked(BookingId booking, FeedbackRole role, Instant closesAt, WrittenFeedback written,
			WrittenFeedback received, NoShowReport noShow) {
	}

}
