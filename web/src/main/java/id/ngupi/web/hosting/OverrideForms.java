package id.ngupi.web.hosting;

import id.ngupi.web.support.FormErrors;
import id.ngupi.web.support.Notice;

/**
 * The three forms that add date overrides and one-off slots, with what was typed into the
 * one just refused and its errors.
 *
 * @param dayOff the day off form
 * @param dayOffErrors its errors
 * @param extra the extra hours form
 * @param extraErrors its errors
 * @param slot the one-off slot form
 * @param slotErrors its errors
 * @param notice what the last change did, shown inside the overrides (htmx answers)
 */
public record OverrideForms(DayOffInput dayOff, FormErrors dayOffErrors, ExtraHoursInput extra, FormErrors extraErrors,
		OneOffSlotInput slot, FormErrors slotErrors, Notice notice) {

	static final OverrideForms EMPTY = new OverrideForms(new DayOffInput(""), FormErrors.NONE,
			new ExtraHoursInput("", "", ""), FormErrors.NONE, new OneOffSlotInput("", "", ""), FormErrors.NONE, null);

	static OverrideForms refused(DayOffInput input, FormErrors errors) {
		return new OverrideForms(input, errors, EMPTY.extra, FormErrors.NONE, EMPTY.slot, FormErrors.NONE, null);
	}

	static OverrideForms refused(ExtraHoursInput input, FormErrors errors) {
		return new OverrideForms(EMPTY.dayOff, FormErrors.NONE, input, errors, EMPTY.slot, FormErrors.NONE, null);
	}

	static OverrideForms refused(OneOffSlotInput input, FormErrors errors) {
		return new OverrideForms(EMPTY.dayOff, FormErrors.NONE, EMPTY.extra, FormErrors.NONE, input, errors, null);
	}

	static OverrideForms done(Notice notice) {
		return new OverrideForms(EMPTY.dayOff, FormErrors.NONE, EMPTY.extra, FormErrors.NONE, EMPTY.slot,
				FormErrors.NONE, notice);
	}

	/**
	 * A day off as typed.
	 *
	 * @param dayOffDate the date ({@code 2025-03-01})
	 */
	public record DayOffInput(String dayOffDate) {
	}

	/**
	 * Extra hours as typed.
	 *
	 * @param extraDate the date
	 * @param extraStart the start
	 * @param extraEnd the end (00:00 for midnight)
	 */
	public record ExtraHoursInput(String extraDate, String extraStart, String extraEnd) {
	}

	/**
	 * A one-off slot as typed.
	 *
	 * @param slotOffering the offering's id
	 * @param slotDate the date
	 * @param slotTime the start, in the host's zone
	 */
	public record OneOffSlotInput(String slotOffering, String slotDate, String slotTime) {
	}

}
