package id.ngupi.hosting;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * When a host is available: the weekly schedule and the date overrides in the host's
 * timezone, the one-off slots of their offerings, and whether hosting is paused.
 * Everything {@link CandidateTimes} needs, and nothing it would have to fetch.
 *
 * @param zone the zone the windows and dates are written in
 * @param paused whether the host paused hosting (nothing is offered then)
 * @param weekly the weekly windows
 * @param daysOff dates whose weekly windows are taken away
 * @param extra extra windows on single dates
 * @param oneOffSlots single extra starts, each for one offering
 */
public record Availability(ZoneId zone, boolean paused, List<WeeklyWindow> weekly, Set<LocalDate> daysOff,
		List<ExtraWindow> extra, List<OneOffSlot> oneOffSlots) {

	public Availability {
		Objects.requireNonNull(zone, "zone");
		weekly = List.copyOf(weekly);
		daysOff = Set.copyOf(daysOff);
		extra = List.copyOf(extra);
		oneOffSlots = List.copyOf(oneOffSlots);
	}

	/** Whether anything at all is offered (paused or not). */
	public boolean hasAnyTime() {
		return !this.weekly.isEmpty() || !this.extra.isEmpty() || !this.oneOffSlots.isEmpty();
	}

}
