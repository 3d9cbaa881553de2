package id.ngupi.hosting;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Extra hours on one date, next to that day's weekly windows, in the host's timezone.
 *
 * @param date the date
 * @param window the local time on that date
 */
public record ExtraWindow(LocalDate date, TimeWindow window) {

	public ExtraWindow {
		Objects.requireNonNull(date, "date");
		Objects.requireNonNull(window, "window");
	}

}
