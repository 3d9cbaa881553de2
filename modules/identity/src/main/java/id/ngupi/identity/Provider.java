package id.ngupi.identity;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The login providers a member can link to an account.
 */
public enum Provider {

	GITHUB("github", "GitHub", "https://github.com/"), TWITTER("twitter", "Twitter/X", "https://x.com/");

	private final String id;

	private final String displayName;

	private final String profiles;

	Provider(String id, String displayName, String profiles) {
		this.id = id;
		this.displayName = displayName;
		this.profiles = profiles;
	}

	/** The provider's id in URLs, the database and the OAuth client registration. */
	public String id() {
		return this.id;
	}

	public String displayName() {
		return this.displayName;
	}

	/** The public profile of a username at the provider, the username encoded. */
	public String profileUrl(String username) {
		// a path segment: nothing of the username may reach past it
		return this.profiles + URLEncoder.encode(username, StandardCharsets.UTF_8).replace("+", "%20");
	}

	public static Optional<Provider> fromId(String id) {
		return Arrays.stream(values()).filter(provider -> provider.id.equals(id)).findFirst();
	}

}
