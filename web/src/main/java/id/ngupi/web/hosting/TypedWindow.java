package id.ngupi.web.hosting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.ngupi.hosting.TimeWindow;

/**
 * A window of local time as a host typed it into two {@code <input type="time">} fields.
 * An end of 00:00 means the midnight that ends the day (so 20:00 to 00:00 is the
 * evening), but 00:00 to 00:00 is refused: it would silently mean the whole day.
 *
 * @param start the start as typed, such as {@code 19:00}
 * @param end the end as typed
 */
record TypedWindow(String start, String end) {

	private static final Pattern TYPED_TIME = Pattern.compile("(\\d{1,2})[.:](\\d{2})(?::(\\d{2}(?:\\.\\d{1,9})?))?");

	static final String INCOMPLETE = "validation.schedule.incomplete";

	static final String NOT_A_TIME = "validation.schedule.time";

	static final String END_NOT_AFTER_START = "validation.schedule.endBeforeStart";

	static final String MIDNIGHT_TO_MIDNIGHT = "validation.schedule.midnightToMidnight";

	TypedWindow {
		start = (start != null) ? start.strip() : "";
		end = (end != null) ? end.strip() : "";
	}

	/** Whether both fields were left empty. */
	boolean isBlank() {
		return this.start.isEmpty() && this.end.isEmpty();
	}

	/** What is wrong with it, as the key of a message; empty when it is a window. */
	Optional<String> problem() {
		if (this.start.isEmpty() || this.end.isEmpty()) {
			return Optional.of(INCOMPLETE);
		}
		Optional<LocalTime> from = time(this.start);
		Optional<LocalTime> to = time(this.end);
		if (from.isEmpty() || to.isEmpty()) {
			return Optional.of(NOT_A_TIME);
		}
		return TimeWindow.problem(from.get(), to.get()).map(problem -> switch (problem) {
			case END_NOT_AFTER_START -> END_NOT_AFTER_START;
			case MIDNIGHT_TO_MIDNIGHT -> MIDNIGHT_TO_MIDNIGHT;
		});
	}

	/** The window; only when there is no {@link #problem()}. */
	TimeWindow window() {
		return TimeWindow.of(time(this.start).orElseThrow(), time(this.end).orElseThrow());
	}

	/**
	 * A time as {@code <input type="time">} sends it ({@code 19:30}, or {@code 19:30:00}
	 * with seconds), to the minute; typed by hand where the browser shows a text box,
	 * also as Indonesians write it ({@code 19.30}, {@code 9.30}).
	 */
	static Optional<LocalTime> time(String text) {
		if (text == null) {
			return Optional.empty();
		}
		Matcher typed = TYPED_TIME.matcher(text.strip());
		if (!typed.matches()) {
			return Optional.empty();
		}
		String seconds = (typed.group(3) != null) ? ":" + typed.group(3) : "";
		try {
			return Optional.of(
					LocalTime
						.parse(String.format(Locale.ROOT, "%02d:%s%s", Integer.parseInt(typed.group(1)), typed.group(2),
								seconds))
						.truncatedTo(ChronoUnit.MINUTES));
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

	/** A date as {@code <input type="date">} sends it ({@code 2025-03-01}). */
	static Optional<LocalDate> date(String text) {
		try {
			return Optional.of(LocalDate.parse(text.strip()));
		}
		catch (DateTimeParseException | NullPointerException ex) {
			return Optional.empty();
		}
	}

}
