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
 */
public record SchedulePage(String zone, List<WeeklyDay> days, FormErrors weeklyErrors, ScheduleOverrides overrides,
		SchedulePreview preview, Notice notice) {
}
