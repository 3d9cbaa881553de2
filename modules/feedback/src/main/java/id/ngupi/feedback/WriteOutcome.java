package id.ngupi.feedback;

/** What became of feedback someone wrote. */
public enum WriteOutcome {

	/** Saved; the other side's stays hidden until they write or the window closes. */
	SAVED,

	/** Saved, and the other side had written too: both are now revealed. */
	REVEALED,

	/** The writer was not asked about this session (not theirs, or not ended yet). */
	NOT_ASKED,

	/** Revealed already, or the window closed: feedback no longer changes. */
	FROZEN,

	/** One side reported that the other did not come: no feedback is written. */
	NO_SHOW

}
