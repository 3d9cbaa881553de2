package id.ngupi.feedback;

import java.time.Instant;
import java.util.List;

import id.ngupi.booking.BookingId;

/**
 * The feedback module's part of a member's data export: every session they were asked
 * about, what they wrote, what the other side wrote to them once it was revealed (unless
 * a moderator hid it), and a report that one side did not come, with its answer.
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
	 * @param receivedHidden whether the other side's feedback was revealed but a
	 * moderator hid it (then {@code received} is {@code null}); what the member wrote
	 * stays theirs, hidden or not, and says so itself
	 */
	public record Asked(BookingId booking, FeedbackRole role, Instant closesAt, WrittenFeedback written,
			WrittenFeedback received, NoShowReport noShow, boolean receivedHidden) {
	}

}
