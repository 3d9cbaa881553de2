package id.ngupi.identity;

import java.time.Instant;
import java.util.List;

/**
 * Everything the identity module holds about a member, for the member's own data export.
 *
 * @param account the account, its profile and linked identities
 * @param pendingEmailVerifications addresses waiting for confirmation (never the tokens)
 */
public record AccountExport(Account account, List<PendingEmail> pendingEmailVerifications) {

	/**
	 * An address waiting for its verification link to be followed.
	 *
	 * @param email the address
	 * @param requestedAt when it was entered
	 * @param expiresAt when the link stops working
	 */
	public record PendingEmail(String email, Instant requestedAt, Instant expiresAt) {

		/**
		 * Whether its link no longer verifies it at the moment: the rule
		 * {@link Accounts#verifyEmail} applies.
		 */
		public boolean expired(Instant now) {
			return !this.expiresAt.isAfter(now);
		}

	}

}
