package id.ngupi.feedback;

import java.time.Duration;
import java.time.Instant;

/**
 * Why and until when an attendee's bookings need the host's approval.
 *
 * @param until when the requirement ends
 * @param noShows the confirmed no-shows that started it
 * @param within how close together those sessions were
 */
public record ApprovalStanding(Instant until, int noShows, Duration within) {
}
