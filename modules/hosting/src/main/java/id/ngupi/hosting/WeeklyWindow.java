package id.ngupi.hosting;

import java.time.DayOfWeek;
import java.util.Objects;

/**
 * A window of the weekly schedule: every {@code day}, from the window's start to its end,
 * in the host's timezone.
 *
 * @param day the day of the week
 * @param window the local time on that day
 */
public record WeeklyWindow(DayOfWeek day, TimeWindow window) {

	public WeeklyWindow {
		Objects.requireNonNull(day, "day");
		Objects.requireNonNull(window, "window");
	}

}
