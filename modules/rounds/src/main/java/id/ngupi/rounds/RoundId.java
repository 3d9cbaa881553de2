package id.ngupi.rounds;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** A round's identity. */
public record RoundId(UUID value) {

	public RoundId {
		Objects.requireNonNull(value, "value");
	}

	/** The id in a link, or nothing when the text is not one. */
	public static Optional<RoundId> parse(String text) {
		try {
			return (text != null && text.length() == 36) ? Optional.of(new RoundId(UUID.fromString(text)))
					: Optional.empty();
		}
		catch (IllegalArgumentException notAnId) {
			return Optional.empty();
		}
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
