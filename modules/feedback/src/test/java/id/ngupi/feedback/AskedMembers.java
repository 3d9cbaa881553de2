package id.ngupi.feedback;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import id.ngupi.feedback.FeedbackEvents.FeedbackRequested;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every {@link FeedbackRequested} the module publishes, whatever thread it handles the
 * session's end in (a test's own published events see only the test's thread).
 */
@Component
class AskedMembers {

	private final List<FeedbackRequested> asked = new CopyOnWriteArrayList<>();

	@EventListener
	void on(FeedbackRequested requested) {
		this.asked.add(requested);
	}

	List<FeedbackRequested> asked() {
		return List.copyOf(this.asked);
	}

}
