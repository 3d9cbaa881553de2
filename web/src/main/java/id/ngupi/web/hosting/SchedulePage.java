package id.ngupi.web.hosting;

import java.util.List;

import id.ngupi.web.support.FormErrors;
import id.ngupi.web.support.Notice;

/**
 * The schedule page: the weekly schedule form, the date overrides and one-off slots, and
 * the preview of the next times, all in the host's zone.
 *
 * @param zone the host's zone, named ("Asia/Jakarta (WIB)")
 * @param days the weekly schedule form, Monday first
 * @param weeklyErrors the weekly form's errors
 * @param overrides the overrides and their forms
 * @param preview the next times per offering
 * @param notice what the last change did, if anything is to be said
 * @param calendars the host's own calendars, whose busy times are never offered
 * @param moreCalendars whether another calendar may be added
 * @param calendarsNotice what the last change of the calendars did, or {@code null}
 */
public record SchedulePage(String zone, List<WeeklyDay> days, FormErrors weeklyErrors, ScheduleOverrides overrides,
		SchedulePreview preview, Notice notice, List<CalendarRow> calendars, boolean moreCalendars,
		Notice calendarsNotice) {

	/**
	 * One of the host's calendars as the page lists it.
	 *
	 * @param id the calendar
	 * @param hint its address without the secret part
	 * @param lastRead when it was last read, in the host's zone, or {@code null}
	 * @param lastGood when it was last read successfully, or {@code null}
	 * @param errorKey why the last read failed, or {@code null}
	 * @param blocks how many busy times the last good read gave
	 */
	public record CalendarRow(String id, String hint, String lastRead, String lastGood, String errorKey, int blocks) {
	}

}
