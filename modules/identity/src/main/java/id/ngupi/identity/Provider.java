package id.ngupi.identity;

import java.util.Arrays;
import java.util.Optional;

/**
 * The login providers a member can link to an account.
 */
public enum Provider {

	GITHUB("github", "GitHub"), TWITTER("twitter", "Twitter/X");

	private final String id;

	private final String displayName;

	Provider(String id, String displayName) {
		this.id = id;
		this.displayName = displayName;
	}

	/** The provider's id in URLs, the database and the OAuth client registration. */
	public String id() {
		return this.id;
	}

	public String displayName() {
		return this.displayName;
	}

	public static Optional<Provider> fromId(String id) {
		return Arrays.stream(values()).filter(provider -> provider.id.equals(id)).findFirst();
	}

}
