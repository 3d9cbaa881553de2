package id.ngupi.hosting;

import java.time.Instant;
import java.util.Objects;

/**
 * A time the host is busy elsewhere, read from one of their own calendars: nothing but
 * its start and end is kept.
 *
 * @param start when it starts
 * @param end when it ends, after the start
 */
public record BusyBlock(Instant start, Instant end) {

	public BusyBlock {
		Objects.requireNonNull(start, "start");
		Objects.requireNonNull(end, "end");
		if (!end.isAfter(start)) {
			throw new IllegalArgumentException("A busy time ends after it starts");
		}
	}

	/** Whether it overlaps {@code [from, to)}. */
	public boolean overlaps(Instant from, Instant to) {
		return this.start.isBefore(to) && from.isBefore(this.end);
	}

}
