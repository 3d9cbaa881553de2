package id.ngupi.hosting;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The times an offering could take place between two instants: the host's windows cut
 * into slots of the offering's length, plus its one-off slots. Pure computation, no I/O.
 * <p>
 * Windows are local time in the host's zone, so a 09:00 window starts at 09:00 local on
 * both sides of a daylight-saving change. A local start that does not exist (skipped by
 * the clocks going forward) is not offered; one that occurs twice (clocks going back) is
 * offered once, at its first occurrence. A slot must end within its window, measured in
 * real time.
 */
public final class CandidateTimes {

	private CandidateTimes() {
	}

	/**
	 * The candidate times starting in {@code [from, to)}, in order, each once.
	 * @param availability the host's schedule
	 * @param offering the offering, to pick its one-off slots
	 * @param length the offering's duration
	 * @param from the earliest start (inclusive)
	 * @param to the latest start (exclusive)
	 */
	public static List<CandidateTime> between(Availability availability, OfferingId offering, Duration length,
			Instant from, Instant to) {
		return between(availability, offering, length, Duration.ZERO, from, to);
	}

	/**
	 * The offering's candidate times starting in {@code [from, to)}: none whose session,
	 * with the offering's free time after it, overlaps a time the host's own calendars
	 * hold.
	 */
	public static List<CandidateTime> between(Availability availability, Offering offering, Instant from, Instant to) {
		return between(availability, offering.id(), offering.duration(), offering.buffer(), from, to);
	}

	/** The offering's first candidate time starting in {@code [from, to)}, if any. */
	public static java.util.Optional<CandidateTime> first(Availability availability, Offering offering, Instant from,
			Instant to) {
		return first(availability, offering.id(), offering.duration(), offering.buffer(), from, to);
	}

	/**
	 * The candidate times starting in {@code [from, to)}, in order, each once; none whose
	 * session and the free time after it overlap a busy time.
	 * @param buffer the free time the host keeps after each session
	 */
	private static List<CandidateTime> between(Availability availability, OfferingId offering, Duration length,
			Duration buffer, Instant from, Instant to) {
		if (availability.paused() || !from.isBefore(to) || length.isZero() || length.isNegative()) {
			return List.of();
		}
		TreeSet<Instant> starts = new TreeSet<>();
		ZoneId zone = availability.zone();
		int step = Math.toIntExact(length.toMinutes());
		Map<DayOfWeek, List<TimeWindow>> weekly = byDay(availability.weekly());
		Map<LocalDate, List<TimeWindow>> extra = byDate(availability.extra());
		// a local date may hold instants of the neighbouring UTC days: widen by one day
		LocalDate first = LocalDate.ofInstant(from, zone).minusDays(1);
		LocalDate last = LocalDate.ofInstant(to, zone).plusDays(1);
		for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
			if (!availability.daysOff().contains(date)) {
				addSlots(weekly.get(date.getDayOfWeek()), date, zone, step, from, to, starts);
			}
			addSlots(extra.get(date), date, zone, step, from, to, starts);
		}
		for (OneOffSlot slot : availability.oneOffSlots()) {
			if (slot.offering().equals(offering) && !slot.start().isBefore(from) && slot.start().isBefore(to)) {
				starts.add(slot.start());
			}
		}
		List<CandidateTime> times = new ArrayList<>(starts.size());
		for (Instant start : starts) {
			Instant end = start.plus(length);
			if (!availability.busyDuring(start, end.plus(buffer))) {
				times.add(new CandidateTime(start, end));
			}
		}
		return times;
	}

	/** The first candidate time starting in {@code [from, to)}, if any. */
	public static java.util.Optional<CandidateTime> first(Availability availability, OfferingId offering,
			Duration length, Instant from, Instant to) {
		return first(availability, offering, length, Duration.ZERO, from, to);
	}

	private static java.util.Optional<CandidateTime> first(Availability availability, OfferingId offering,
			Duration length, Duration buffer, Instant from, Instant to) {
		// one week at a time: most hosts have a time within the first
		Instant windowStart = from;
		while (windowStart.isBefore(to)) {
			Instant windowEnd = min(windowStart.plus(Duration.ofDays(7)), to);
			List<CandidateTime> times = between(availability, offering, length, buffer, windowStart, windowEnd);
			if (!times.isEmpty()) {
				return java.util.Optional.of(times.get(0));
			}
			windowStart = windowEnd;
		}
		return java.util.Optional.empty();
	}

	private static void addSlots(List<TimeWindow> windows, LocalDate date, ZoneId zone, int step, Instant from,
			Instant to, TreeSet<Instant> starts) {
		if (windows == null) {
			return;
		}
		for (TimeWindow window : windows) {
			Instant windowEnd = localInstant(date, window.endMinute(), zone);
			for (int minute = window.startMinute(); minute + step <= window.endMinute(); minute += step) {
				LocalDateTime local = date.atStartOfDay().plusMinutes(minute);
				ZonedDateTime zoned = ZonedDateTime.of(local, zone);
				if (!zoned.toLocalDateTime().equals(local)) {
					// skipped by the clocks going forward
					continue;
				}
				Instant start = zoned.toInstant();
				if (start.plus(Duration.ofMinutes(step)).isAfter(windowEnd) || start.isBefore(from)
						|| !start.isBefore(to)) {
					continue;
				}
				starts.add(start);
			}
		}
	}

	/**
	 * The instant of a local time on a date; for a time the clocks skip, the instant the
	 * clocks jump to; for one that occurs twice, the later one (a window's end reaches as
	 * far as it can).
	 */
	private static Instant localInstant(LocalDate date, int minute, ZoneId zone) {
		LocalDateTime local = date.atStartOfDay().plusMinutes(minute);
		ZoneOffsetTransition transition = zone.getRules().getTransition(local);
		if (transition != null && transition.isGap()) {
			// ZonedDateTime.of would move a skipped 02:30 to 03:30 summer time, half
			// an hour past the jump: a slot could then run on after its window ended
			return transition.getInstant();
		}
		return ZonedDateTime.of(local, zone).withLaterOffsetAtOverlap().toInstant();
	}

	private static Map<DayOfWeek, List<TimeWindow>> byDay(List<WeeklyWindow> windows) {
		Map<DayOfWeek, List<TimeWindow>> byDay = new EnumMap<>(DayOfWeek.class);
		for (WeeklyWindow window : windows) {
			byDay.computeIfAbsent(window.day(), day -> new ArrayList<>()).add(window.window());
		}
		return byDay;
	}

	private static Map<LocalDate, List<TimeWindow>> byDate(List<ExtraWindow> windows) {
		Map<LocalDate, List<TimeWindow>> byDate = new java.util.HashMap<>();
		for (ExtraWindow window : windows) {
			byDate.computeIfAbsent(window.date(), date -> new ArrayList<>()).add(window.window());
		}
		return byDate;
	}

	private static Instant min(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}

}
