package id.ngupi.rounds;

/** How an application (or its withdrawal) ended. */
public enum ApplyOutcome {

	/** The application is in. */
	APPLIED,

	/** The member's application is changed as asked. */
	UPDATED,

	/** The member's application is withdrawn. */
	WITHDRAWN,

	/** Applications are not open (not yet, or no more); nothing changed. */
	NOT_OPEN,

	/** Hosts do not apply to their own round. */
	OWN_ROUND,

	/** The member's account is suspended. */
	NOT_ALLOWED,

	/** The topics are not among the host's. */
	UNKNOWN_TOPICS,

	/** A ranked time is not one of the round's. */
	UNKNOWN_TIMES,

	/** There was no application to withdraw. */
	NOT_APPLIED

}
