package id.ngupi.hosting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
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
 * @param busy the times the host's own calendars hold, merged and in order: never offered
 */
public record Availability(ZoneId zone, boolean paused, List<WeeklyWindow> weekly, Set<LocalDate> daysOff,
		List<ExtraWindow> extra, List<OneOffSlot> oneOffSlots, List<BusyBlock> busy) {

	public Availability {
		Objects.requireNonNull(zone, "zone");
		weekly = List.copyOf(weekly);
		daysOff = Set.copyOf(daysOff);
		extra = List.copyOf(extra);
		oneOffSlots = List.copyOf(oneOffSlots);
		// one calendar's times never overlap, but two calendars' may: as one, they are in
		// order of their ends too, which lets busyDuring search
		busy = BusyBlock.merged(busy);
	}

	/** The same schedule without busy times from calendars. */
	public Availability(ZoneId zone, boolean paused, List<WeeklyWindow> weekly, Set<LocalDate> daysOff,
			List<ExtraWindow> extra, List<OneOffSlot> oneOffSlots) {
		this(zone, paused, weekly, daysOff, extra, oneOffSlots, List.of());
	}

	/**
	 * Whether a session in {@code [start, freeAt)} (its end plus the free time after it)
	 * would overlap a busy time.
	 */
	public boolean busyDuring(Instant start, Instant freeAt) {
		// the first busy time that ends after the start is the only one that may overlap
		int low = 0;
		int high = this.busy.size();
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (this.busy.get(middle).end().isAfter(start)) {
				high = middle;
			}
			else {
				low = middle + 1;
			}
		}
		return low < this.busy.size() && this.busy.get(low).start().isBefore(freeAt);
	}

	/**
	 * The date overrides still ahead at the moment, as the host's schedule page lists
	 * them: days off and extra windows from today on in the schedule's zone (the module
	 * keeps a day more, for sessions still running across midnight), and one-off slots
	 * that have not begun, each in order.
	 */
	public Overrides overridesAhead(Instant now) {
		LocalDate today = LocalDate.ofInstant(now, this.zone);
		return new Overrides(this.daysOff.stream().filter(day -> !day.isBefore(today)).sorted().toList(),
				this.extra.stream()
					.filter(extra -> !extra.date().isBefore(today))
					.sorted(Comparator.comparing(ExtraWindow::date)
						.thenComparing(extra -> extra.window().startMinute()))
					.toList(),
				this.oneOffSlots.stream()
					.filter(slot -> slot.start().isAfter(now))
					.sorted(Comparator.comparing(OneOffSlot::start))
					.toList());
	}

	/** Whether anything at all is offered (paused or not). */
	public boolean hasAnyTime() {
		return !this.weekly.isEmpty() || !this.extra.isEmpty() || !this.oneOffSlots.isEmpty();
	}

	/**
	 * A schedule's date overrides.
	 *
	 * @param daysOff dates whose weekly windows are taken away
	 * @param extra extra windows on single dates
	 * @param oneOffSlots single extra starts, each for one offering
	 */
	public record Overrides(List<LocalDate> daysOff, List<ExtraWindow> extra, List<OneOffSlot> oneOffSlots) {
	}

}
