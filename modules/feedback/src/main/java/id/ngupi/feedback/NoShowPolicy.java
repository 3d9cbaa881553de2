package id.ngupi.feedback;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When sessions an attendee did not come to make their bookings wait for the host's
 * approval: {@code count} confirmed no-shows of sessions that ended within {@code within}
 * of each other make every booking need approval for {@code approvalFor} from the moment
 * the last of them was confirmed. A report is confirmed when the member reported absent
 * admits it, or leaves it unanswered for {@code answerWithin}.
 *
 * @param count how many no-shows start the rule (2)
 * @param within how close together their sessions are (90 days)
 * @param approvalFor how long bookings need approval afterwards (30 days)
 * @param answerWithin how long the member reported absent has to answer (7 days)
 */
@ConfigurationProperties("ngupi.feedback.no-shows")
public record NoShowPolicy(Integer count, Duration within, Duration approvalFor, Duration answerWithin) {

	public NoShowPolicy {
		count = (count == null) ? 2 : count;
		within = (within == null) ? Duration.ofDays(90) : within;
		approvalFor = (approvalFor == null) ? Duration.ofDays(30) : approvalFor;
		answerWithin = (answerWithin == null) ? Duration.ofDays(7) : answerWithin;
	}

}
