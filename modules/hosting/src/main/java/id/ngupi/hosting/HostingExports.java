package id.ngupi.hosting;

import java.util.Optional;

import id.ngupi.hosting.internal.BusyCalendarStore;
import id.ngupi.hosting.internal.HostStore;
import id.ngupi.hosting.internal.HostingExportQueries;
import id.ngupi.hosting.internal.ScheduleStore;
import id.ngupi.identity.AccountId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hosting module's part of a member's data export (their right to a copy under
 * Indonesia's personal data protection law, UU PDP): eight statements for a host however
 * many offerings and schedule entries they have, one for a member who never hosted.
 */
@Service
public class HostingExports {

	private final HostStore hosts;

	private final HostingExportQueries queries;

	private final ScheduleStore schedules;

	private final BusyCalendarStore calendars;

	HostingExports(HostStore hosts, HostingExportQueries queries, ScheduleStore schedules,
			BusyCalendarStore calendars) {
		this.calendars = calendars;
		this.hosts = hosts;
		this.queries = queries;
		this.schedules = schedules;
	}

	/**
	 * Everything this module holds about the member; empty when they never turned hosting
	 * on.
	 */
	@Transactional(readOnly = true)
	public Optional<HostingExport> export(AccountId member) {
		return this.hosts.find(member).flatMap(profile -> this.queries.times(member).map(times -> {
			Availability availability = this.schedules.availability(member).orElseThrow();
			return new HostingExport(profile, times.createdAt(), times.updatedAt(), this.queries.offerings(member),
					availability, this.calendars.of(member));
		}));
	}

}
