package id.ngupi.feedback.internal;

import java.time.Clock;

import id.ngupi.feedback.FeedbackEvents.FeedbackRevealed;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reveals what was written once a session's window closed, though the other side never
 * wrote. Safe with several instances: a session's reveal is one row, inserted once.
 */
@Component
class ClosingWindows {

	private final FeedbackStore store;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ClosingWindows(FeedbackStore store, ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.events = events;
		this.clock = clock;
	}

	@Scheduled(initialDelayString = "${ngupi.feedback.closing.initial-delay:PT30S}",
			fixedDelayString = "${ngupi.feedback.closing.every:PT5M}")
	@Transactional
	public void revealClosed() {
		this.store.revealClosed(this.clock.instant())
			.forEach(host -> this.events
				.publishEvent(new FeedbackRevealed(host.booking(), host.author(), host.subject())));
	}

}
