package id.ngupi.hosting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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

	/** The busy times in order, those that overlap or touch as one. */
	public static List<BusyBlock> merged(List<BusyBlock> blocks) {
		List<BusyBlock> sorted = new ArrayList<>(blocks);
		sorted.sort(Comparator.comparing(BusyBlock::start));
		List<BusyBlock> merged = new ArrayList<>();
		for (BusyBlock block : sorted) {
			BusyBlock last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
			if (last != null && !block.start().isAfter(last.end())) {
				if (block.end().isAfter(last.end())) {
					merged.set(merged.size() - 1, new BusyBlock(last.start(), block.end()));
				}
			}
			else {
				merged.add(block);
			}
		}
		return List.copyOf(merged);
	}

}
