package id.ngupi.notifications.internal;

import java.util.List;

import id.ngupi.feedback.FeedbackEvents.FeedbackRequested;
import id.ngupi.feedback.FeedbackEvents.FeedbackRevealed;
import id.ngupi.feedback.FeedbackEvents.NoShowReported;
import id.ngupi.notifications.NotificationKind;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells each side of a session that ended that their feedback is asked for, both sides
 * when each can read the other's, and a member reported absent that they can answer. Like
 * every listener here it runs after the feedback module's transaction, in its own, and
 * tells nobody twice however often it runs.
 */
@Component
class FeedbackNotices {

	private final SessionFacts facts;

	private final Notifier notifier;

	FeedbackNotices(SessionFacts facts, Notifier notifier) {
		this.facts = facts;
		this.notifier = notifier;
	}

	@ApplicationModuleListener
	void on(FeedbackRequested event) {
		this.facts.booking(event.author(), event.booking())
			.ifPresent(booking -> this.notifier.tell(event.author(), NotificationKind.FEEDBACK_REQUESTED,
					SessionFacts.eventId(booking.id()), this.facts.of(booking, event.author())));
	}

	@ApplicationModuleListener
	void on(NoShowReported event) {
		this.facts.booking(event.absent(), event.booking())
			.ifPresent(booking -> this.notifier.tell(event.absent(), NotificationKind.NO_SHOW_REPORTED,
					SessionFacts.eventId(booking.id()), this.facts.of(booking, event.absent())));
	}

	@ApplicationModuleListener
	void on(FeedbackRevealed event) {
		this.facts.booking(event.host(), event.booking())
			.ifPresent(booking -> List.of(event.host(), event.attendee())
				.forEach(recipient -> this.notifier.tell(recipient, NotificationKind.FEEDBACK_REVEALED,
						SessionFacts.eventId(booking.id()), this.facts.of(booking, recipient))));
	}

}
