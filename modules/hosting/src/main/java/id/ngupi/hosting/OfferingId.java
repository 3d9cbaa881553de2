package id.ngupi.hosting;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies an offering; the value booking keeps to refer to what was booked.
 *
 * @param value the offering's UUID
 */
public record OfferingId(UUID value) {

	public OfferingId {
		Objects.requireNonNull(value, "value");
	}

	/** The id written as text, or empty when the text is no UUID. */
	public static java.util.Optional<OfferingId> parse(String value) {
		try {
			return java.util.Optional.of(new OfferingId(UUID.fromString(value)));
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			return java.util.Optional.empty();
		}
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
