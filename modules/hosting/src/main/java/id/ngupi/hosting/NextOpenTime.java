package id.ngupi.hosting;

import java.time.Instant;
import java.util.Objects;

/**
 * A host's next open time as discovery lists it: when, and of which session type, so that
 * a card can link to booking it.
 *
 * @param offering the session type the time belongs to
 * @param start when it starts
 */
public record NextOpenTime(OfferingId offering, Instant start) {

	public NextOpenTime {
		Objects.requireNonNull(offering, "offering");
		Objects.requireNonNull(start, "start");
	}

}
