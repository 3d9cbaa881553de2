package id.ngupi.web.events;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the listeners of booking, hosting, feedback and web again for the events they
 * failed to handle (the database went away mid-delivery, say), on a schedule and not only
 * at the next restart: a host's listing follows a booking, a suspended account's host
 * profile is hidden, both sides of an ended session are asked for feedback, even when the
 * first try failed. Modulith's staleness monitor turns deliveries cut off mid-way into
 * failed ones first ({@code spring.modulith.events.staleness.*}).
 * <p>
 * The notifications module resubmits its own (it is tested alone, with its own cadence),
 * so its listeners are left to it here. Only deliveries that failed a while ago are tried
 * again; every listener tolerates running twice (see docs/operations.md).
 */
@Component
class FailedDeliveries {

	private static final String NOTIFICATIONS = "id.ngupi.notifications.";

	private final ObjectProvider<FailedEventPublications> failed;

	private final Duration minAge;

	private final Clock clock;

	FailedDeliveries(ObjectProvider<FailedEventPublications> failed,
			@Value("${ngupi.events.resubmit.min-age:PT1M}") Duration minAge, Clock clock) {
		this.failed = failed;
		this.minAge = minAge;
		this.clock = clock;
	}

	@Scheduled(initialDelayString = "${ngupi.events.resubmit.initial-delay:PT1M}",
			fixedDelayString = "${ngupi.events.resubmit.interval:PT5M}")
	void resubmit() {
		this.failed.ifAvailable(publications -> publications
			.resubmit(ResubmissionOptions.defaults().withBatchSize(100).withFilter(this::oursAndOldEnough)));
	}

	private boolean oursAndOldEnough(EventPublication publication) {
		// Spring Modulith 2.0.5's JDBC repository does not apply the options' minimum age
		return publication instanceof TargetEventPublication target
				&& !target.getTargetIdentifier().getValue().startsWith(NOTIFICATIONS)
				&& !publication.getPublicationDate().isAfter(this.clock.instant().minus(this.minAge));
	}

}
