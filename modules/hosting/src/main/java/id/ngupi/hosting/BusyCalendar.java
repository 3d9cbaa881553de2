package id.ngupi.hosting;

import java.time.Instant;
import java.util.UUID;

/**
 * One of a host's own calendars, as its settings show it: never its address in full.
 *
 * @param id the calendar
 * @param hint the address's host and file name, without its secret part
 * @param addedAt when it was added
 * @param lastReadAt when it was last read, successfully or not, or {@code null}
 * @param lastSuccessAt when it was last read successfully, or {@code null}
 * @param errorKey the message key of the last read's failure, or {@code null} after a
 * success
 * @param blocks how many busy times the last good read gave
 */
public record BusyCalendar(UUID id, String hint, Instant addedAt, Instant lastReadAt, Instant lastSuccessAt,
		String errorKey, int blocks) {

	public boolean failing() {
		return this.errorKey != null;
	}

}
