package id.ngupi.hosting.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.TimezoneAssignment;
import biweekly.io.TimezoneInfo;
import biweekly.property.ICalProperty;
import biweekly.util.ICalDate;
import biweekly.util.com.google.ical.compat.javautil.DateIterator;
import id.ngupi.hosting.BusyBlock;

/**
 * The busy times a calendar file holds between two instants: every event that is not
 * cancelled and not marked free, recurring ones expanded (RRULE, RDATE, EXDATE, and
 * single occurrences moved or cancelled by a RECURRENCE-ID), each in its own timezone so
 * a weekly 19.00 stays at 19.00 across a daylight-saving change; all-day events and
 * floating times in the host's zone. Nothing but the start and end is kept. A file that
 * is not a calendar, or holds more than a calendar of a person's own could, is refused.
 */
final class BusyTimes {

	/** The most busy times one calendar may give. */
	static final int MAX_BLOCKS = 5000;

	/** The most occurrences one recurring event is followed through. */
	static final int MAX_OCCURRENCES = 20000;

	/**
	 * The longest single busy time kept (a month-long event blocks, a decade does not).
	 */
	static final Duration LONGEST = Duration.ofDays(31);

	private BusyTimes() {
	}

	/**
	 * The busy times of the file in {@code [from, to)}, merged where they overlap.
	 * @throws Refused when the file is not a calendar or holds too much
	 */
	static List<BusyBlock> of(String text, ZoneId hostZone, Instant from, Instant to) {
		ICalendar calendar;
		try {
			calendar = Biweekly.parse(text).first();
		}
		catch (RuntimeException malformed) {
			throw new Refused("calendars.error.malformed");
		}
		if (calendar == null) {
			throw new Refused("calendars.error.malformed");
		}
		TimezoneInfo zones = calendar.getTimezoneInfo();
		// occurrences that an event of their own moved or cancelled, by UID
		Map<String, Set<Instant>> replaced = new HashMap<>();
		for (VEvent event : calendar.getEvents()) {
			if (event.getRecurrenceId() != null && event.getUid() != null
					&& event.getRecurrenceId().getValue() != null) {
				replaced.computeIfAbsent(event.getUid().getValue(), uid -> new HashSet<>())
					.add(start(event.getRecurrenceId().getValue(), zoneOf(zones, event.getRecurrenceId(), hostZone),
							hostZone));
			}
		}
		List<BusyBlock> blocks = new ArrayList<>();
		for (VEvent event : calendar.getEvents()) {
			if (event.getDateStart() == null || event.getDateStart().getValue() == null) {
				continue;
			}
			if ((event.getStatus() != null && event.getStatus().isCancelled())
					|| (event.getTransparency() != null && event.getTransparency().isTransparent())) {
				continue;
			}
			blocks.addAll(occurrences(event, zones, replaced, hostZone, from, to));
			if (blocks.size() > MAX_BLOCKS) {
				throw new Refused("calendars.error.tooMany");
			}
		}
		return BusyBlock.merged(blocks);
	}

	private static List<BusyBlock> occurrences(VEvent event, TimezoneInfo zones, Map<String, Set<Instant>> replaced,
			ZoneId hostZone, Instant from, Instant to) {
		ICalDate first = event.getDateStart().getValue();
		boolean allDay = !first.hasTime();
		TimeZone zone = zoneOf(zones, event.getDateStart(), hostZone);
		Instant firstStart = start(first, zone, hostZone);
		Duration length = length(event, first, firstStart, zone, hostZone);
		if (length.isZero() || length.isNegative()) {
			return List.of();
		}
		if (length.compareTo(LONGEST) > 0) {
			length = LONGEST;
		}
		Set<Instant> skipped = (event.getRecurrenceId() == null && event.getUid() != null)
				? replaced.getOrDefault(event.getUid().getValue(), Set.of()) : Set.of();
		List<BusyBlock> blocks = new ArrayList<>();
		if (event.getRecurrenceRule() == null && event.getRecurrenceDates().isEmpty()) {
			add(blocks, firstStart, length, from, to);
			return blocks;
		}
		DateIterator dates = event.getDateIterator(allDay ? TimeZone.getTimeZone(hostZone) : zone);
		// a rule that started long ago is followed from the window on
		dates.advanceTo(Date.from(from.minus(length)));
		int seen = 0;
		while (dates.hasNext()) {
			if (++seen > MAX_OCCURRENCES) {
				throw new Refused("calendars.error.tooMany");
			}
			Instant start = allDay ? startOfDay(dates.next(), hostZone) : dates.next().toInstant();
			if (!start.isBefore(to)) {
				break;
			}
			if (!skipped.contains(start)) {
				add(blocks, start, length, from, to);
			}
			if (blocks.size() > MAX_BLOCKS) {
				throw new Refused("calendars.error.tooMany");
			}
		}
		return blocks;
	}

	private static void add(List<BusyBlock> blocks, Instant start, Duration length, Instant from, Instant to) {
		Instant end = start.plus(length);
		if (start.isBefore(to) && end.isAfter(from)) {
			blocks.add(new BusyBlock(start, end));
		}
	}

	/**
	 * How long each occurrence lasts: to DTEND, or DURATION, or a day (all-day) or
	 * nothing.
	 */
	private static Duration length(VEvent event, ICalDate first, Instant firstStart, TimeZone zone, ZoneId hostZone) {
		if (event.getDateEnd() != null && event.getDateEnd().getValue() != null) {
			return Duration.between(firstStart, start(event.getDateEnd().getValue(), zone, hostZone));
		}
		if (event.getDuration() != null && event.getDuration().getValue() != null) {
			return Duration.ofMillis(event.getDuration().getValue().toMillis());
		}
		return first.hasTime() ? Duration.ZERO : Duration.ofDays(1);
	}

	/**
	 * The instant a date of the file stands for: an all-day date starts the host's day.
	 */
	private static Instant start(ICalDate date, TimeZone zone, ZoneId hostZone) {
		return date.hasTime() ? date.toInstant() : startOfDay(date, hostZone);
	}

	private static Instant startOfDay(Date date, ZoneId hostZone) {
		// an all-day date is parsed as midnight in the JVM's default zone: read it back
		// as the calendar date it was written as
		LocalDate day = (date instanceof ICalDate ical && ical.getRawComponents() != null)
				? LocalDate.of(ical.getRawComponents().getYear(), ical.getRawComponents().getMonth(),
						ical.getRawComponents().getDate())
				: LocalDate.ofInstant(date.toInstant(), hostZone);
		return day.atStartOfDay(hostZone).toInstant();
	}

	/**
	 * The timezone a property's times are in: its own, UTC, or for floating times the
	 * host's.
	 */
	private static TimeZone zoneOf(TimezoneInfo zones, ICalProperty property, ZoneId hostZone) {
		if (zones.isFloating(property)) {
			return TimeZone.getTimeZone(hostZone);
		}
		TimezoneAssignment assigned = zones.getTimezone(property);
		return (assigned != null) ? assigned.getTimeZone() : TimeZone.getTimeZone(ZoneOffset.UTC);
	}

	/** A calendar that cannot be used, with the message key saying why. */
	static final class Refused extends RuntimeException {

		private final String key;

		Refused(String key) {
			super(key, null, false, false);
			this.key = key;
		}

		String key() {
			return this.key;
		}

	}

}
