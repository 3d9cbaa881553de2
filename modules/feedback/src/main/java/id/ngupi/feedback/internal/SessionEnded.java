package id.ngupi.feedback.internal;

import id.ngupi.booking.BookingEvents.BookingCompleted;
import id.ngupi.feedback.FeedbackEvents.FeedbackRequested;
import id.ngupi.feedback.FeedbackRole;
import id.ngupi.feedback.Feedbacks;
import id.ngupi.feedback.internal.FeedbackStore.Request;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Asks both sides of a session that ended for their feedback (a cancelled session never
 * completes, so nobody is asked about it). Handling the event twice asks nobody twice.
 */
@Component
class SessionEnded {

	private final FeedbackStore store;

	private final ApplicationEventPublisher events;

	SessionEnded(FeedbackStore store, ApplicationEventPublisher events) {
		this.store = store;
		this.events = events;
	}

	@ApplicationModuleListener
	void on(BookingCompleted completed) {
		ask(new Request(completed.booking(), completed.host(), completed.attendee(), FeedbackRole.HOST, completed.end(),
				completed.end().plus(Feedbacks.WINDOW), completed.topics()));
		ask(new Request(completed.booking(), completed.attendee(), completed.host(), FeedbackRole.ATTENDEE,
				completed.end(), completed.end().plus(Feedbacks.WINDOW), completed.topics()));
	}

	private void ask(Request request) {
		if (this.store.ask(request)) {
			this.events.publishEvent(new FeedbackRequested(request.booking(), request.author(), request.subject(),
					request.role(), request.closesAt()));
		}
	}

}
