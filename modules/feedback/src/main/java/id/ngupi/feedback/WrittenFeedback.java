package id.ngupi.feedback;

import java.time.Instant;

/**
 * Feedback one side wrote about a session.
 *
 * @param role the writer's side
 * @param form what they wrote
 * @param writtenAt when they first wrote it
 * @param updatedAt when they last changed it
 * @param hiddenAt since when a moderator hides it from everyone but its writer, or
 * {@code null}
 */
public record WrittenFeedback(FeedbackRole role, FeedbackForm form, Instant writtenAt, Instant updatedAt,
		Instant hiddenAt) {

	/** Whether a moderator hid it: only its writer still reads it. */
	public boolean hidden() {
		return this.hiddenAt != null;
	}

}
