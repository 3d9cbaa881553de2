package id.ngupi.moderation;

/** How an admin's action ended. */
public enum ActionOutcome {

	/** Done and written to the audit log. */
	DONE,

	/** No such report, or the target is gone. */
	NOT_FOUND,

	/** The report was already answered (by another admin, say): nothing changed. */
	ALREADY_RESOLVED,

	/**
	 * The action does not apply to the target (hiding a session) or its state (restoring
	 * an active account).
	 */
	NOT_APPLICABLE,

	/**
	 * A case about an admin (their account, their words) is another admin's to decide.
	 */
	OWN_ACCOUNT

}
