package id.ngupi.hosting;

import java.time.LocalTime;
import java.util.Optional;

/**
 * A stretch of local time within one day, in minutes since midnight: from
 * {@code startMinute} (inclusive) to {@code endMinute} (exclusive), where 1440 is the
 * midnight that ends the day. It never crosses midnight.
 *
 * @param startMinute minutes since midnight, 0 to 1439
 * @param endMinute minutes since midnight, 1 to 1440, after the start
 */
public record TimeWindow(int startMinute, int endMinute) implements Comparable<TimeWindow> {

	public static final int MINUTES_PER_DAY = 24 * 60;

	public TimeWindow {
		if (startMinute < 0 || startMinute >= MINUTES_PER_DAY || endMinute <= startMinute
				|| endMinute > MINUTES_PER_DAY) {
			throw new IllegalArgumentException("Not a window within one day: " + startMinute + "-" + endMinute);
		}
	}

	/**
	 * The window from {@code start} to {@code end}; an {@code end} of 00:00 means the
	 * midnight that ends the day, but 00:00 to 00:00 is refused like any window that ends
	 * where it starts: a whole day is too easily written by mistake that way.
	 * @throws IllegalArgumentException when there is a {@link #problem}
	 */
	public static TimeWindow of(LocalTime start, LocalTime end) {
		problem(start, end).ifPresent(problem -> {
			throw new IllegalArgumentException(problem + ": " + start + "-" + end);
		});
		int endMinute = minuteOf(end);
		return new TimeWindow(minuteOf(start), endMinute == 0 ? MINUTES_PER_DAY : endMinute);
	}

	/** Why {@code start} to {@code end} is no window, by the rule of {@link #of}. */
	public static Optional<Problem> problem(LocalTime start, LocalTime end) {
		if (end.equals(LocalTime.MIDNIGHT)) {
			return start.equals(LocalTime.MIDNIGHT) ? Optional.of(Problem.MIDNIGHT_TO_MIDNIGHT) : Optional.empty();
		}
		return end.isAfter(start) ? Optional.empty() : Optional.of(Problem.END_NOT_AFTER_START);
	}

	public boolean overlaps(TimeWindow other) {
		return this.startMinute < other.endMinute && other.startMinute < this.endMinute;
	}

	public LocalTime start() {
		return LocalTime.ofSecondOfDay(this.startMinute * 60L);
	}

	/** "09:30" for the start. */
	public String startText() {
		return text(this.startMinute);
	}

	/** "17:00" for the end; "24:00" when the window runs to midnight. */
	public String endText() {
		return text(this.endMinute);
	}

	public int minutes() {
		return this.endMinute - this.startMinute;
	}

	@Override
	public int compareTo(TimeWindow other) {
		return (this.startMinute != other.startMinute) ? Integer.compare(this.startMinute, other.startMinute)
				: Integer.compare(this.endMinute, other.endMinute);
	}

	private static int minuteOf(LocalTime time) {
		return time.getHour() * 60 + time.getMinute();
	}

	private static String text(int minute) {
		return String.format("%02d:%02d", minute / 60, minute % 60);
	}

	/** Why two times make no window. */
	public enum Problem {

		/** The end comes before the start, or is the start. */
		END_NOT_AFTER_START,

		/** 00:00 to 00:00: a whole day, too easily written by mistake. */
		MIDNIGHT_TO_MIDNIGHT

	}

}
