package id.ngupi.booking;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Identifies a booking; the value feedback keeps to refer to a session.
 *
 * @param value the booking's UUID
 */
public record BookingId(UUID value) {

	public BookingId {
		Objects.requireNonNull(value, "value");
	}

	/** The id written as text, or empty when the text is no UUID. */
	public static Optional<BookingId> parse(String value) {
		try {
			return Optional.of(new BookingId(UUID.fromString(value)));
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			return Optional.empty();
		}
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
