package id.ngupi.rounds;

import java.util.Objects;
import java.util.UUID;

/** An application's identity. */
public record ApplicationId(UUID value) {

	public ApplicationId {
		Objects.requireNonNull(value, "value");
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
