package id.ngupi.notifications.internal;

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
 * Runs this module's listeners again for the events they failed to handle (the database
 * was away, say), on a schedule and not only at the next restart: what a member is to be
 * told is never lost while the application keeps running. Only this module's publications
 * are resubmitted, and only those that failed a while ago; the idempotency key keeps a
 * listener that runs twice from telling anyone twice.
 */
@Component
class Resubmissions {

	private final ObjectProvider<FailedEventPublications> failed;

	private final Duration minAge;

	private final Clock clock;

	Resubmissions(ObjectProvider<FailedEventPublications> failed,
			@Value("${ngupi.notifications.resubmit.min-age:PT1M}") Duration minAge, Clock clock) {
		this.failed = failed;
		this.minAge = minAge;
		this.clock = clock;
	}

	@Scheduled(initialDelayString = "${ngupi.notifications.resubmit.initial-delay:PT1M}",
			fixedDelayString = "${ngupi.notifications.resubmit.interval:PT5M}")
	void resubmit() {
		this.failed.ifAvailable(publications -> publications
			.resubmit(ResubmissionOptions.defaults().withBatchSize(100).withFilter(this::oursAndOldEnough)));
	}

	private boolean oursAndOldEnough(EventPublication publication) {
		// the repository's own minimum age is not applied by Spring Modulith 2.0.5's JDBC
		// repository, hence the check here
		return publication instanceof TargetEventPublication target
				&& target.getTargetIdentifier().getValue().startsWith("id.ngupi.notifications.")
				&& !publication.getPublicationDate().isAfter(this.clock.instant().minus(this.minAge));
	}

}
