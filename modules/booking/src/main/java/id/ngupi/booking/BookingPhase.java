package id.ngupi.booking;

/**
 * Where a booking stands for its two participants at a moment, as their lists group it:
 * coming, waiting for the host, or history. {@link Booking#phase} is the one rule.
 */
public enum BookingPhase {

	/** A request the host can still answer: it holds its time until then. */
	WAITING,

	/** A confirmed session that has not ended. */
	COMING,

	/**
	 * Over or off: ended, cancelled, moved to another time, declined, or expired (a
	 * request whose deadline has come counts as expired even before the scheduled run
	 * marks it so).
	 */
	HISTORY;

	/** Whether the booking still holds its time and has not ended. */
	public boolean current() {
		return this != HISTORY;
	}

}
