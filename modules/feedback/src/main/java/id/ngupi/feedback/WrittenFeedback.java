package id.ngupi.feedback;

import java.time.Instant;

/**
 * Feedback one side wrote about a session.
 *
 * @param role the writer's side
 * @param form what they wrote
 * @param writtenAt when they first wrote it
 * @param updatedAt when they last changed it
 */
public record WrittenFeedback(FeedbackRole role, FeedbackForm form, Instant writtenAt, Instant updatedAt) {
}
