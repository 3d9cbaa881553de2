package id.ngupi.web.hosting;

import java.util.List;

import id.ngupi.web.support.SelectOption;

/**
 * The date overrides and one-off slots from today on, with the forms that add them. All
 * dates and times are in the host's zone.
 *
 * @param zone the host's zone, named ("Asia/Jakarta (WIB)")
 * @param today today's date in the host's zone, the earliest a form accepts
 * @param daysOff the days off
 * @param extra the extra hours
 * @param slots the one-off slots
 * @param offerings the active offerings a one-off slot can be for
 * @param forms the forms
 */
public record ScheduleOverrides(String zone, String today, List<DayOff> daysOff, List<Extra> extra, List<Slot> slots,
		List<SelectOption> offerings, OverrideForms forms) {

	/**
	 * A day off.
	 *
	 * @param date the date ({@code 2025-03-01}), as the remove form sends it
	 * @param text the date as the host reads it
	 */
	public record DayOff(String date, String text) {
	}

	/**
	 * Extra hours on a date.
	 *
	 * @param date the date, as the remove form sends it
	 * @param startMinute the window's start, as the remove form sends it
	 * @param endMinute the window's end, as the remove form sends it
	 * @param text the date and window as the host reads them
	 */
	public record Extra(String date, int startMinute, int endMinute, String text) {
	}

	/**
	 * A one-off slot.
	 *
	 * @param offering the offering's id, as the remove form sends it
	 * @param start the start in ISO-8601, as the remove form sends it
	 * @param title the offering's title
	 * @param text the start as the host reads it
	 */
	public record Slot(String offering, String start, String title, String text) {
	}

}
