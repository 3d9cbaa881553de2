package id.ngupi.hosting;

/**
 * How saving a host profile ended.
 */
public enum HostProfileOutcome {

	/** The profile is saved (and hosting turned on, the first time). */
	SAVED,

	/**
	 * More than {@value HostProfileChange#NEW_TOPICS_MAX} of the topics are new ones the
	 * host would propose; nothing was saved and no topic was made.
	 */
	TOO_MANY_NEW_TOPICS

}
