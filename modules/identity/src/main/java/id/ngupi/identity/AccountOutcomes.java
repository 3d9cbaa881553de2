package id.ngupi.identity;

/**
 * The answers of {@link Accounts} to requests that can be refused for a reason the member
 * should be told.
 */
public final class AccountOutcomes {

	private AccountOutcomes() {
	}

	/** The answer to linking a provider identity to an account. */
	public enum LinkOutcome {

		/** The identity is now linked. */
		LINKED,
		/** The identity was linked to this account already. */
		ALREADY_LINKED,
		/** Another account owns the identity; nothing changed. */
		OWNED_BY_ANOTHER_ACCOUNT,
		/**
		 * The account has another identity of the same provider linked; nothing changed.
		 */
		PROVIDER_TAKEN

	}

	/** The answer to unlinking a provider from an account. */
	public enum UnlinkOutcome {

		/** The provider is unlinked. */
		UNLINKED,
		/** Refused: it is the only way left to log in. */
		LAST_IDENTITY,
		/** The provider was not linked. */
		NOT_LINKED

	}

	/** The answer to a profile change. */
	public enum ProfileOutcome {

		/** The profile was saved. */
		UPDATED,
		/** Another account holds the handle (whatever its case); nothing changed. */
		HANDLE_TAKEN

	}

	/** The answer to following an email verification link. */
	public enum EmailVerificationOutcome {

		/** The address is verified. */
		VERIFIED,
		/** The link is unknown, used or expired; nothing changed. */
		INVALID_OR_EXPIRED

	}

}
