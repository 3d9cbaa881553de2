package id.ngupi.hosting;

import java.time.Instant;
import java.util.List;

/**
 * Everything the hosting module holds about a member who hosts, for the member's own data
 * export: the host profile with its meeting link, every offering (retired ones too) and
 * the whole schedule, past date overrides and one-off slots included.
 *
 * @param profile the host profile and its topics
 * @param startedAt when the member turned hosting on
 * @param updatedAt when the profile last changed
 * @param offerings every offering, active ones first, oldest first
 * @param availability the weekly schedule, days off, extra hours and one-off slots, all
 * of them, and the busy times read from the host's own calendars
 * @param calendars the host's own calendars, by the hint of their address
 */
public record HostingExport(HostProfile profile, Instant startedAt, Instant updatedAt, List<OfferingEntry> offerings,
		Availability availability, List<BusyCalendar> calendars) {

	public HostingExport {
		offerings = List.copyOf(offerings);
		calendars = List.copyOf(calendars);
	}

	/**
	 * One offering and when it was made and last changed.
	 *
	 * @param offering the offering with its booking rules and weekly quota
	 * @param createdAt when it was made
	 * @param updatedAt when it last changed
	 */
	public record OfferingEntry(Offering offering, Instant createdAt, Instant updatedAt) {
	}

}
