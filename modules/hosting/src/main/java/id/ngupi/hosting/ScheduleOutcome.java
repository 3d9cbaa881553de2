package id.ngupi.hosting;

/**
 * How a change of a host's schedule ended.
 */
public enum ScheduleOutcome {

	/** The change was saved. */
	SAVED,

	/** Two windows of one day would overlap; nothing was saved. */
	OVERLAPPING,

	/** The date or time has already passed; nothing was saved. */
	IN_THE_PAST,

	/**
	 * The date lies more than {@link Hosting#PLANNING_AHEAD} ahead, beyond any booking
	 * horizon; nothing was saved.
	 */
	TOO_FAR_AHEAD,

	/** The local time does not exist in the host's zone (the clocks skip it). */
	TIME_DOES_NOT_EXIST,

	/** The offering is not the host's; nothing was saved. */
	UNKNOWN_OFFERING

}
