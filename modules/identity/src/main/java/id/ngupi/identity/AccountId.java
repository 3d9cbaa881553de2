package id.ngupi.identity;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a member's account; the value other modules keep to refer to a member.
 *
 * @param value the account's UUID
 */
public record AccountId(UUID value) {

	public AccountId {
		Objects.requireNonNull(value, "value");
	}

	public static AccountId of(String value) {
		return new AccountId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
