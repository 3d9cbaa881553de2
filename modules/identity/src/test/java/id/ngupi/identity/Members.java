package id.ngupi.identity;

import java.util.UUID;

/**
 * Provider identities for tests. Every call makes a new provider user id, so tests that
 * share one database never meet each other's accounts by accident.
 */
final class Members {

	private Members() {
	}

	static ProviderIdentity github(String username) {
		return new ProviderIdentity(Provider.GITHUB, newId(), username, null, null);
	}

	static ProviderIdentity twitter(String username) {
		return new ProviderIdentity(Provider.TWITTER, newId(), username, null, null);
	}

	static ProviderIdentity renamed(ProviderIdentity identity, String username) {
		return new ProviderIdentity(identity.provider(), identity.providerUserId(), username, identity.displayName(),
				identity.avatarUrl());
	}

	static ProfileChange withHandle(Account account, String handle) {
		ProfileChange current = ProfileChange.of(account);
		return new ProfileChange(handle, current.displayName(), current.bio(), current.timezone(), current.language(),
				current.website(), current.github(), current.twitter(), current.linkedin());
	}

	/** A handle-safe word that no other test uses. */
	static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	private static String newId() {
		return UUID.randomUUID().toString();
	}

}
