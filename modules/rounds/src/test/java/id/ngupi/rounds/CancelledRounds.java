package id.ngupi.rounds;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import id.ngupi.rounds.RoundEvents.RoundCancelled;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every round called off, whichever thread published it (a listener's, too: the published
 * events a test is given see only its own thread's).
 */
@Component
class CancelledRounds {

	private final List<RoundCancelled> seen = new CopyOnWriteArrayList<>();

	@EventListener
	void on(RoundCancelled event) {
		this.seen.add(event);
	}

	List<RoundCancelled> of(RoundId round) {
		return this.seen.stream().filter(event -> event.round().equals(round)).toList();
	}

}
