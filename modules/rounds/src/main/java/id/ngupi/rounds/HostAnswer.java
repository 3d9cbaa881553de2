package id.ngupi.rounds;

/** How a host's step on their round (choosing, calling it off) ended. */
public enum HostAnswer {

	/** Done as asked. */
	DONE,

	/** The round is not at the step for it (not closed yet, or settled already). */
	NOT_NOW,

	/**
	 * No pick, more picks than the round has times, or picks that are not its
	 * applications.
	 */
	BAD_PICKS,

	/** A host calling a round off must say why. */
	REASON_REQUIRED

}
