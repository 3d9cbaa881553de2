package id.ngupi.web.hosting;

import java.util.List;

/**
 * One day of the weekly schedule form.
 *
 * @param name the day's name in the viewer's language
 * @param rows its rows of start and end times
 */
public record WeeklyDay(String name, List<Row> rows) {

	/**
	 * One row: a window of the day, or nothing.
	 *
	 * @param key the row's name ({@code monday-1}); its fields add {@code -start} and
	 * {@code -end}
	 * @param start the start as typed or saved ({@code 19:00})
	 * @param end the end as typed or saved
	 */
	public record Row(String key, String start, String end) {
	}

}
