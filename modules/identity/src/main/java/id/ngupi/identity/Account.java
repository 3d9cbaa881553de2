package id.ngupi.identity;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * A member's account as the member and the platform see it, with its linked identities.
 *
 * @param id the account
 * @param handle the public handle
 * @param displayName the name shown to others
 * @param bio a short text about the member (plain text)
 * @param avatarUrl the member's picture, if any
 * @param timezone the timezone times are shown in
 * @param language the language pages are shown in ({@code id} or {@code en})
 * @param links where else the member can be found
 * @param email the member's email address, if entered
 * @param emailVerified whether the address was confirmed through the verification link
 * @param suspendedReason why the account is suspended, or {@code null} when it is not
 * @param demo whether this is a demo account of a demo run
 * @param identities the GitHub / Twitter/X identities linked to the account
 * @param createdAt when the account was created
 */
public record Account(AccountId id, Handle handle, String displayName, String bio, String avatarUrl, ZoneId timezone,
		String language, ProfileLinks links, String email, boolean emailVerified, String suspendedReason, boolean demo,
		List<LinkedIdentity> identities, Instant createdAt) {

	public boolean suspended() {
		return this.suspendedReason != null;
	}

	public boolean hasLinked(Provider provider) {
		return this.identities.stream().anyMatch(identity -> identity.provider() == provider);
	}

	/**
	 * Whether one of its identities may be unlinked: never the last way to log in
	 * ({@link Accounts#unlink} refuses it).
	 */
	public boolean canUnlink() {
		return this.identities.size() > 1;
	}

	/**
	 * One provider identity linked to the account.
	 *
	 * @param provider the provider
	 * @param providerUserId the provider's stable user id
	 * @param username the username at the provider when last seen
	 * @param linkedAt when it was linked
	 * @param lastLoginAt when it was last used to log in, if ever
	 */
	public record LinkedIdentity(Provider provider, String providerUserId, String username, Instant linkedAt,
			Instant lastLoginAt) {
	}

}
