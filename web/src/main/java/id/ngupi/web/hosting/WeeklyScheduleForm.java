package id.ngupi.web.hosting;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import id.ngupi.hosting.TimeWindow;
import id.ngupi.hosting.WeeklyWindow;

import org.springframework.validation.Errors;

/**
 * The weekly schedule as a form: for each day, Monday to Sunday, a fixed number of rows
 * of start and end times, so that it works without JavaScript. Empty rows are ignored; a
 * day that already has more windows than that shows them all. Fields are named after
 * their day and row: {@code monday-1-start}, {@code monday-1-end}; a row's errors are
 * reported on {@code monday-1}.
 */
final class WeeklyScheduleForm {

	/** The rows every day offers. */
	static final int ROWS_PER_DAY = 3;

	/** The most rows of one day read from a form. */
	static final int ROWS_MAX = 12;

	static final String OVERLAP = "validation.schedule.overlap";

	private final Map<DayOfWeek, List<TypedWindow>> rows;

	private WeeklyScheduleForm(Map<DayOfWeek, List<TypedWindow>> rows) {
		this.rows = rows;
	}

	/** The form filled with the saved schedule. */
	static WeeklyScheduleForm of(List<WeeklyWindow> windows) {
		Map<DayOfWeek, List<TypedWindow>> rows = new EnumMap<>(DayOfWeek.class);
		for (DayOfWeek day : DayOfWeek.values()) {
			rows.put(day, new ArrayList<>());
		}
		windows.stream()
			.sorted((a, b) -> a.window().compareTo(b.window()))
			.forEach(window -> rows.get(window.day()).add(typed(window.window())));
		return new WeeklyScheduleForm(rows);
	}

	/** The form as posted; rows beyond {@value #ROWS_MAX} a day are not read. */
	static WeeklyScheduleForm parse(Map<String, String> params) {
		Map<DayOfWeek, List<TypedWindow>> rows = new EnumMap<>(DayOfWeek.class);
		for (DayOfWeek day : DayOfWeek.values()) {
			List<TypedWindow> typed = new ArrayList<>();
			for (int row = 1; row <= ROWS_MAX; row++) {
				String key = key(day, row);
				String start = params.get(key + "-start");
				String end = params.get(key + "-end");
				if (start != null || end != null) {
					// keep the row's place, so that errors stay next to what was typed
					while (typed.size() < row - 1) {
						typed.add(new TypedWindow("", ""));
					}
					typed.add(new TypedWindow(start, end));
				}
			}
			rows.put(day, typed);
		}
		return new WeeklyScheduleForm(rows);
	}

	/**
	 * The windows, with every row's problem reported on its row: a half-filled row, a
	 * time that is none, an end not after the start, windows of one day that overlap.
	 */
	List<WeeklyWindow> validate(Errors errors) {
		List<WeeklyWindow> windows = new ArrayList<>();
		List<String> keys = new ArrayList<>();
		this.rows.forEach((day, typed) -> {
			for (int index = 0; index < typed.size(); index++) {
				TypedWindow row = typed.get(index);
				String key = key(day, index + 1);
				if (row.isBlank()) {
					continue;
				}
				Optional<String> problem = row.problem();
				if (problem.isPresent()) {
					errors.rejectValue(key, problem.get());
					continue;
				}
				windows.add(new WeeklyWindow(day, row.window()));
				keys.add(key);
			}
		});
		// hosting's rule says which windows overlap; the form marks each on its row
		WeeklyWindow.overlapping(windows).forEach(position -> errors.rejectValue(keys.get(position), OVERLAP));
		return windows;
	}

	/** The days, Monday first, each with at least {@value #ROWS_PER_DAY} rows. */
	List<WeeklyDay> days(Locale locale) {
		List<WeeklyDay> days = new ArrayList<>();
		this.rows.forEach((day, typed) -> {
			List<WeeklyDay.Row> rows = new ArrayList<>();
			int count = Math.max(ROWS_PER_DAY, typed.size());
			for (int index = 0; index < count; index++) {
				TypedWindow row = (index < typed.size()) ? typed.get(index) : new TypedWindow("", "");
				rows.add(new WeeklyDay.Row(key(day, index + 1), row.start(), row.end()));
			}
			days.add(new WeeklyDay(day.getDisplayName(TextStyle.FULL, locale), rows));
		});
		return days;
	}

	static String key(DayOfWeek day, int row) {
		return day.name().toLowerCase(Locale.ROOT) + "-" + row;
	}

	private static TypedWindow typed(TimeWindow window) {
		// the window that ends the day is typed as 00:00, as the time field allows
		String end = (window.endMinute() == TimeWindow.MINUTES_PER_DAY) ? "00:00" : window.endText();
		return new TypedWindow(window.startText(), end);
	}

}
