package id.ngupi.web.account;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import id.ngupi.identity.Account;
import id.ngupi.identity.AccountExport;
import id.ngupi.identity.ProfileLinks;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The member's data export ({@code ngupi-<handle>.json}), version 1. Its shape is this
 * record and nothing else, so a change of the domain types never changes the file
 * unnoticed; {@code docs/account-export.md} describes every field. Every key is always
 * present ({@code null} when empty); times are ISO-8601 instants in UTC. Secrets (such as
 * the hashes of email verification links) are never part of it.
 *
 * @param format the format's name and version
 * @param exportedAt when the file was made
 * @param account the account and its profile
 * @param linkedIdentities the GitHub / Twitter/X identities linked to the account
 * @param pendingEmailVerifications email addresses entered but not yet confirmed
 */
@JsonPropertyOrder({ "format", "exportedAt", "account", "linkedIdentities", "pendingEmailVerifications" })
record AccountExportDocument(String format, String exportedAt, Profile account, List<Identity> linkedIdentities,
		List<PendingEmail> pendingEmailVerifications) {

	static final String FORMAT = "ngupi-account-export/1";

	/**
	 * Written by its own mapper, not the application's, so that no global Jackson setting
	 * can change the file's format.
	 */
	private static final JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	static AccountExportDocument of(AccountExport export, Instant exportedAt) {
		Account account = export.account();
		ProfileLinks links = account.links();
		Profile profile = new Profile(account.id().toString(), account.handle().value(), account.displayName(),
				account.bio(), account.avatarUrl(), account.timezone().getId(), account.language(),
				new Links(links.website(), links.github(), links.twitter(), links.linkedin()), account.email(),
				account.emailVerified(), account.suspendedReason(), text(account.createdAt()));
		List<Identity> identities = account.identities()
			.stream()
			.map(identity -> new Identity(identity.provider().id(), identity.providerUserId(), identity.username(),
					text(identity.linkedAt()), text(identity.lastLoginAt())))
			.toList();
		List<PendingEmail> pending = export.pendingEmailVerifications()
			.stream()
			.map(email -> new PendingEmail(email.email(), text(email.requestedAt()), text(email.expiresAt())))
			.toList();
		return new AccountExportDocument(FORMAT, text(exportedAt), profile, identities, pending);
	}

	byte[] toJson() {
		return json.writeValueAsBytes(this);
	}

	private static String text(Instant instant) {
		return (instant == null) ? null : instant.toString();
	}

	/**
	 * The account and its profile.
	 *
	 * @param id the account's id
	 * @param handle the public handle ({@code /@handle})
	 * @param displayName the name shown to others
	 * @param bio the short introduction
	 * @param avatarUrl the picture, taken from the login provider
	 * @param timezone the IANA timezone times are shown in
	 * @param language {@code id} or {@code en}
	 * @param links where else the member can be found
	 * @param email the email address, if entered and confirmed
	 * @param emailVerified whether that address was confirmed
	 * @param suspendedReason why the account is suspended, or {@code null}
	 * @param createdAt when the account was created
	 */
	@JsonPropertyOrder({ "id", "handle", "displayName", "bio", "avatarUrl", "timezone", "language", "links", "email",
			"emailVerified", "suspendedReason", "createdAt" })
	record Profile(String id, String handle, String displayName, String bio, String avatarUrl, String timezone,
			String language, Links links, String email, boolean emailVerified, String suspendedReason,
			String createdAt) {
	}

	/**
	 * The member's links.
	 *
	 * @param website a personal site
	 * @param github a GitHub profile
	 * @param twitter a Twitter/X profile
	 * @param linkedin a LinkedIn profile
	 */
	@JsonPropertyOrder({ "website", "github", "twitter", "linkedin" })
	record Links(String website, String github, String twitter, String linkedin) {
	}

	/**
	 * One linked identity.
	 *
	 * @param provider {@code github} or {@code twitter}
	 * @param providerUserId the provider's stable id of the member
	 * @param username the username at the provider when last seen
	 * @param linkedAt when it was linked
	 * @param lastLoginAt when it was last used to log in, or {@code null}
	 */
	@JsonPropertyOrder({ "provider", "providerUserId", "username", "linkedAt", "lastLoginAt" })
	record Identity(String provider, String providerUserId, String username, String linkedAt, String lastLoginAt) {
	}

	/**
	 * An email address waiting for its confirmation link to be followed.
	 *
	 * @param email the address
	 * @param requestedAt when it was entered
	 * @param expiresAt when the link stops working
	 */
	@JsonPropertyOrder({ "email", "requestedAt", "expiresAt" })
	record PendingEmail(String email, String requestedAt, String expiresAt) {
	}

}
