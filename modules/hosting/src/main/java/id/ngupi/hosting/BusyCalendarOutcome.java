package id.ngupi.hosting;

/** What became of adding a calendar. */
public enum BusyCalendarOutcome {

	/** Added, and read once (the list shows how that went). */
	ADDED,

	/** Not an {@code https} address of a calendar that can be read. */
	INVALID_ADDRESS,

	/** The host added this address already. */
	ALREADY_ADDED,

	/** The host has {@link BusyCalendars#MAX_CALENDARS} calendars already. */
	TOO_MANY,

	/** The member does not host. */
	NOT_HOSTING

}
