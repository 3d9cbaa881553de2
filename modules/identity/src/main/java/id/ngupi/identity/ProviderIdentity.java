package id.ngupi.identity;

import java.util.Objects;

/**
 * Who a provider says a person is, as read from its user-info endpoint at login.
 *
 * @param provider the provider
 * @param providerUserId the provider's stable id of the user (never the username)
 * @param username the username at the provider today; it may change
 * @param displayName the name the person shows at the provider, if any
 * @param avatarUrl the person's picture at the provider, if any
 */
public record ProviderIdentity(Provider provider, String providerUserId, String username, String displayName,
		String avatarUrl) {

	public ProviderIdentity {
		Objects.requireNonNull(provider, "provider");
		if (providerUserId == null || providerUserId.isBlank() || providerUserId.length() > 64) {
			throw new IllegalArgumentException("A provider user id is required");
		}
		username = (username == null) ? null : username.replaceAll("\\p{Cc}", "").strip();
		if (username == null || username.isEmpty()) {
			throw new IllegalArgumentException("A provider username is required");
		}
		if (username.codePointCount(0, username.length()) > 100) {
			username = username.substring(0, username.offsetByCodePoints(0, 100));
		}
	}

}
