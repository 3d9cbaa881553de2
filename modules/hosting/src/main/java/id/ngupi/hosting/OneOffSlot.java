package id.ngupi.hosting;

import java.time.Instant;
import java.util.Objects;

/**
 * A single extra start for one offering, such as "this Saturday 10:00".
 *
 * @param offering the offering it is for
 * @param start when it starts
 */
public record OneOffSlot(OfferingId offering, Instant start) {

	public OneOffSlot {
		Objects.requireNonNull(offering, "offering");
		Objects.requireNonNull(start, "start");
	}

}
