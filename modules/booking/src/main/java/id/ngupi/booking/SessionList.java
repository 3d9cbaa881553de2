package id.ngupi.booking;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/**
 * A member's sessions on one side, grouped by {@link Booking#phase} at one moment.
 *
 * @param waiting requests the host can still answer, soonest first
 * @param coming confirmed sessions that have not ended, soonest first
 * @param history sessions over or off, the most recent first, as many as asked for
 * @param moreHistory whether older sessions of the history were left out
 * @param at the moment the sessions were grouped at
 */
public record SessionList(List<Booking> waiting, List<Booking> coming, List<Booking> history, boolean moreHistory,
		Instant at) {

	public SessionList {
		waiting = List.copyOf(waiting);
		coming = List.copyOf(coming);
		history = List.copyOf(history);
	}

	/** Every session of the list. */
	public List<Booking> all() {
		return Stream.of(this.waiting, this.coming, this.history).flatMap(List::stream).toList();
	}

}
