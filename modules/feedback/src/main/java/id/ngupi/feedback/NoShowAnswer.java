package id.ngupi.feedback;

/** What a member reported absent answers, once. */
public enum NoShowAnswer {

	/** They did not come, as reported: the report counts. */
	ADMITTED,

	/** They say they were there: the report does not count. */
	DISPUTED

}
