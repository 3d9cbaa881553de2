package id.ngupi.web.discovery;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import id.ngupi.booking.OpenSlot;
import id.ngupi.web.time.TimeFormat;

/**
 * The times of one day in the viewer's zone.
 *
 * @param date the day, for {@code <time datetime>}
 * @param text the day as written ({@code Sen, 7 Des})
 * @param slots its times, in order
 */
public record SlotDay(String date, String text, List<Slot> slots) {

	/**
	 * The open times grouped by the viewer's days, in order, each with its link (or none,
	 * where {@code bookHref} gives {@code null}).
	 */
	public static List<SlotDay> of(List<OpenSlot> times, TimeFormat viewer, ZoneId host,
			Function<Instant, String> bookHref) {
		Map<LocalDate, List<Slot>> days = new TreeMap<>();
		for (OpenSlot time : times) {
			days.computeIfAbsent(viewer.date(time.start()), day -> new ArrayList<>())
				.add(Slot.of(time.start(), viewer, host, bookHref.apply(time.start())));
		}
		return days.entrySet()
			.stream()
			.map(day -> new SlotDay(day.getKey().toString(), viewer.day(day.getKey()), List.copyOf(day.getValue())))
			.toList();
	}

}
