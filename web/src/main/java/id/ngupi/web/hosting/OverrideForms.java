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
 * @param dayOffCheck the question asked before a day off on a date with sessions, in
 * place of the day off form; {@code null} when nothing is asked
 */
public record OverrideForms(DayOffInput dayOff, FormErrors dayOffErrors, ExtraHoursInput extra, FormErrors extraErrors,
		OneOffSlotInput slot, FormErrors slotErrors, Notice notice, DayOffCheck dayOffCheck) {

	static final OverrideForms EMPTY = new OverrideForms(new DayOffInput("", null), FormErrors.NONE,
			new ExtraHoursInput("", "", ""), FormErrors.NONE, new OneOffSlotInput("", "", ""), FormErrors.NONE, null,
			null);

	static OverrideForms refused(DayOffInput input, FormErrors errors) {
		return new OverrideForms(input, errors, EMPTY.extra, FormErrors.NONE, EMPTY.slot, FormErrors.NONE, null, null);
	}

	static OverrideForms refused(ExtraHoursInput input, FormErrors errors) {
		return new OverrideForms(EMPTY.dayOff, FormErrors.NONE, input, errors, EMPTY.slot, FormErrors.NONE, null, null);
	}

	static OverrideForms refused(OneOffSlotInput input, FormErrors errors) {
		return new OverrideForms(EMPTY.dayOff, FormErrors.NONE, EMPTY.extra, FormErrors.NONE, input, errors, null,
				null);
	}

	/** The day off asked about before it is added: nothing is saved yet. */
	static OverrideForms asking(DayOffInput input, DayOffCheck check) {
		return new OverrideForms(input, FormErrors.NONE, EMPTY.extra, FormErrors.NONE, EMPTY.slot, FormErrors.NONE,
				null, check);
	}

	static OverrideForms done(Notice notice) {
		return new OverrideForms(EMPTY.dayOff, FormErrors.NONE, EMPTY.extra, FormErrors.NONE, EMPTY.slot,
				FormErrors.NONE, notice, null);
	}

	/**
	 * A day off as typed.
	 *
	 * @param dayOffDate the date ({@code 2025-03-01})
	 * @param confirmed {@code true} once the host was told which sessions stay on that
	 * date and still wants the day off
	 */
	public record DayOffInput(String dayOffDate, String confirmed) {

		boolean isConfirmed() {
			return "true".equals(this.confirmed);
		}

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
