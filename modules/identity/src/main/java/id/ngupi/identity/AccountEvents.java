package id.ngupi.identity;

import java.time.Instant;

/**
 * What the identity module tells the rest of the platform. Published inside the
 * transaction that made the change and kept in the event publication registry until
 * handled.
 */
public final class AccountEvents {

	private AccountEvents() {
	}

	/**
	 * A member logged in for the first time and got an account.
	 *
	 * @param account the new account
	 * @param handle its handle
	 * @param provider the provider used
	 */
	public record AccountCreated(AccountId account, Handle handle, Provider provider) {
	}

	/**
	 * A member deleted their account. Every module removes or anonymises what it holds
	 * about them.
	 *
	 * @param account the deleted account
	 */
	public record AccountDeleted(AccountId account) {
	}

	/**
	 * An account was suspended: its member can no longer log in, and every session of
	 * theirs should end.
	 *
	 * @param account the suspended account
	 * @param reason why, as the member is told
	 */
	public record AccountSuspended(AccountId account, String reason) {
	}

	/**
	 * An account's suspension was lifted: its member can log in again. What the
	 * suspension called off (sessions, rounds, waitlist places) stays off.
	 *
	 * @param account the restored account
	 * @param reason why, as the moderator wrote it
	 * @param restoredAt when ({@code null} in events recorded before it was carried)
	 */
	public record AccountRestored(AccountId account, String reason, Instant restoredAt) {

		public AccountRestored(AccountId account, String reason) {
			this(account, reason, null);
		}

	}

	/**
	 * A member entered an email address; the link with this token confirms it.
	 *
	 * @param account the account
	 * @param email the address to confirm
	 * @param token the secret of the verification link (stored only hashed)
	 * @param expiresAt when the link stops working
	 * @param language the member's language, for the mail
	 */
	public record EmailVerificationRequested(AccountId account, String email, String token, Instant expiresAt,
			String language) {
	}

	/**
	 * A member confirmed their email address; it may be mailed from now on.
	 *
	 * @param account the account
	 * @param email the confirmed address
	 */
	public record EmailVerified(AccountId account, String email) {
	}

	/**
	 * A member's public profile changed (handle, name or picture), so that modules
	 * keeping a copy for their own pages can refresh it.
	 *
	 * @param account the account
	 * @param handle its handle now
	 * @param displayName its name now
	 * @param avatarUrl its picture now, if any
	 */
	public record ProfileUpdated(AccountId account, Handle handle, String displayName, String avatarUrl) {

		public static ProfileUpdated of(Account account) {
			return new ProfileUpdated(account.id(), account.handle(), account.displayName(), account.avatarUrl());
		}

	}

}
