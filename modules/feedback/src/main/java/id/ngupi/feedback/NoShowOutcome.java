package id.ngupi.feedback;

/** What became of a no-show report or of the answer to one. */
public enum NoShowOutcome {

	/** Recorded; the other side is told. */
	RECORDED,

	/** The member was not asked about this session: not theirs, or not ended yet. */
	NOT_ASKED,

	/** The feedback window closed, or the feedback was revealed: nothing is reported. */
	FROZEN,

	/** The reporter wrote feedback already, which says the session took place. */
	FEEDBACK_WRITTEN,

	/** One side reported already; the other answers it rather than reporting back. */
	ALREADY_REPORTED,

	/** There is no report against the member to answer. */
	NOT_REPORTED,

	/** The report was answered already: an answer is given once. */
	ALREADY_ANSWERED,

	/** The time to answer has passed: the report stands as it is. */
	TOO_LATE

}
