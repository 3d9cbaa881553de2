package id.ngupi.notifications;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Identifies one notification.
 *
 * @param value the notification's id
 */
public record NotificationId(UUID value) {

	public NotificationId {
		Objects.requireNonNull(value, "value");
	}

	/** The id written in a URL, if it is one; anything else names no notification. */
	public static Optional<NotificationId> parse(String text) {
		try {
			return Optional.of(new NotificationId(UUID.fromString(text)));
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
