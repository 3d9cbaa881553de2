package id.ngupi.moderation;

import java.util.Objects;
import java.util.UUID;

/** A report's identity. */
public record ReportId(UUID value) {

	public ReportId {
		Objects.requireNonNull(value, "value");
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
