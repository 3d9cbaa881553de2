package id.ngupi.hosting;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

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

	/**
	 * The positions of the windows that overlap another of the same day: a schedule is
	 * refused with any, and a form marks each of them.
	 */
	public static Set<Integer> overlapping(List<WeeklyWindow> windows) {
		Set<Integer> overlapping = new TreeSet<>();
		for (int i = 0; i < windows.size(); i++) {
			for (int j = i + 1; j < windows.size(); j++) {
				if (windows.get(i).day() == windows.get(j).day()
						&& windows.get(i).window().overlaps(windows.get(j).window())) {
					overlapping.add(i);
					overlapping.add(j);
				}
			}
		}
		return overlapping;
	}

}
