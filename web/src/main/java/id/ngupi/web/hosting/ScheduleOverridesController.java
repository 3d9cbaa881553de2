package id.ngupi.web.hosting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;

import id.ngupi.hosting.ExtraWindow;
import id.ngupi.hosting.HostProfile;
import id.ngupi.hosting.Hosting;
import id.ngupi.hosting.OfferingId;
import id.ngupi.hosting.OneOffSlot;
import id.ngupi.hosting.ScheduleOutcome;
import id.ngupi.hosting.TimeWindow;
import id.ngupi.identity.Account;
import id.ngupi.web.hosting.OverrideForms.DayOffInput;
import id.ngupi.web.hosting.OverrideForms.ExtraHoursInput;
import id.ngupi.web.hosting.OverrideForms.OneOffSlotInput;
import id.ngupi.web.security.CurrentMemberFilter;
import id.ngupi.web.support.FormErrors;
import id.ngupi.web.support.Instants;
import id.ngupi.web.support.Links;
import id.ngupi.web.support.Notice;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The exceptions to the weekly schedule, on the schedule page: days off, extra hours on a
 * date and one-off slots, added and removed in the zone of the host's schedule. Adding
 * and removing one with htmx answers with the overrides and the preview alone.
 */
@Controller
class ScheduleOverridesController {

	private final Hosting hosting;

	private final SchedulePages pages;

	private final DayOffChecks checks;

	ScheduleOverridesController(Hosting hosting, SchedulePages pages, DayOffChecks checks) {
		this.hosting = hosting;
		this.pages = pages;
		this.checks = checks;
	}

	/**
	 * Adds a day off. On a date with sessions still to come it asks first (nothing is
	 * saved): the day off does not call them off, and the host may still want it.
	 */
	@PostMapping(Links.SETTINGS_HOSTING_DAYS_OFF)
	Object addDayOff(@RequestAttribute(CurrentMemberFilter.ATTRIBUTE) Account member, @ModelAttribute DayOffInput input,
			Locale locale, Model model, HtmxRequest htmx, RedirectAttributes redirect) {
		HostProfile host = this.pages.requireHost(member);
		HostTimes times = SchedulePages.times(host, locale);
		BindingResult result = SchedulePages.errors("dayOff");
		Optional<LocalDate> date = TypedWindow.date(input.dayOffDate());
		if (date.isEmpty()) {
			result.rejectValue("dayOffDate", "validation.schedule.date");
			return refused(member, OverrideForms.refused(input, this.pages.formErrors(result, locale)), locale, model,
					htmx);
		}
		Optional<DayOffCheck> check = this.checks.check(host, date.get(), locale);
		if (check.isPresent() && !input.isConfirmed()) {
			return refused(member, OverrideForms.asking(input, check.get()), locale, model, htmx);
		}
		switch (this.hosting.addDayOff(member.id(), date.get())) {
			case IN_THE_PAST -> result.rejectValue("dayOffDate", "validation.schedule.past");
			case TOO_FAR_AHEAD -> result.rejectValue("dayOffDate", "validation.schedule.tooFar");
			default -> {
			}
		}
		if (result.hasErrors()) {
			return refused(member, OverrideForms.refused(input, this.pages.formErrors(result, locale)), locale, model,
					htmx);
		}
		return changed(member,
				Notice.success(check.isPresent() ? "hosting.dayOff.addedSessionsStay" : "hosting.dayOff.added",
						times.date(date.get())),
				locale, model, htmx, redirect);
	}

	@PostMapping(Links.SETTINGS_HOSTING_DAYS_OFF_REMOVE)
	Object removeDayOff(@RequestAttribute(CurrentMemberFilter.ATTRIBUTE) Account member,
			@RequestParam(required = false) String date, Locale locale, Model model, HtmxRequest htmx,
			RedirectAttributes redirect) {
		HostTimes times = SchedulePages.times(this.pages.requireHost(member), locale);
		Optional<LocalDate> day = TypedWindow.date(date);
		boolean removed = day.isPresent() && this.hosting.removeDayOff(member.id(), day.get());
		return changed(member, removed ? Notice.success("hosting.dayOff.removed", times.date(day.get()))
				: Notice.failure("hosting.override.gone"), locale, model, htmx, redirect);
	}

	@PostMapping(Links.SETTINGS_HOSTING_EXTRA_HOURS)
	Object addExtraHours(@RequestAttribute(CurrentMemberFilter.ATTRIBUTE) Account member,
			@ModelAttribute ExtraHoursInput input, Locale locale, Model model, HtmxRequest htmx,
			RedirectAttributes redirect) {
		HostTimes times = SchedulePages.times(this.pages.requireHost(member), locale);
		BindingResult result = SchedulePages.errors("extraHours");
		Optional<LocalDate> date = TypedWindow.date(input.extraDate());
		TypedWindow typed = new TypedWindow(input.extraStart(), input.extraEnd());
		if (date.isEmpty()) {
			result.rejectValue("extraDate", "validation.schedule.date");
		}
		typed.problem().ifPresent(problem -> result.rejectValue("extraTime", problem));
		ExtraWindow extra = null;
		if (!result.hasErrors()) {
			extra = new ExtraWindow(date.get(), typed.window());
			ScheduleOutcome outcome = this.hosting.addExtraWindow(member.id(), extra);
			if (outcome == ScheduleOutcome.IN_THE_PAST) {
				result.rejectValue("extraDate", "validation.schedule.past");
			}
			else if (outcome == ScheduleOutcome.TOO_FAR_AHEAD) {
				result.rejectValue("extraDate", "validation.schedule.tooFar");
			}
			else if (outcome == ScheduleOutcome.OVERLAPPING) {
				result.rejectValue("extraTime", "validation.schedule.extraOverlap");
			}
		}
		if (result.hasErrors()) {
			return refused(member, OverrideForms.refused(input, this.pages.formErrors(result, locale)), locale, model,
					htmx);
		}
		return changed(member, Notice.success("hosting.extra.added", times.window(extra)), locale, model, htmx,
				redirect);
	}

	@PostMapping(Links.SETTINGS_HOSTING_EXTRA_HOURS_REMOVE)
	Object removeExtraHours(@RequestAttribute(CurrentMemberFilter.ATTRIBUTE) Account member,
			@RequestParam(required = false) String date, @RequestParam(required = false) String start,
			@RequestParam(required = false) String end, Locale locale, Model model, HtmxRequest htmx,
			RedirectAttributes redirect) {
		HostTimes times = SchedulePages.times(this.pages.requireHost(member), locale);
		Optional<ExtraWindow> extra = TypedWindow.date(date)
			.flatMap(day -> window(start, end).map(window -> new ExtraWindow(day, window)));
		boolean removed = extra.isPresent() && this.hosting.removeExtraWindow(member.id(), extra.get());
		return changed(member, removed ? Notice.success("hosting.extra.removed", times.window(extra.get()))
				: Notice.failure("hosting.override.gone"), locale, model, htmx, redirect);
	}

	@PostMapping(Links.SETTINGS_HOSTING_ONE_OFF_SLOTS)
	Object addOneOffSlot(@RequestAttribute(CurrentMemberFilter.ATTRIBUTE) Account member,
			@ModelAttribute OneOffSlotInput input, Locale locale, Model model, HtmxRequest htmx,
			RedirectAttributes redirect) {
		this.pages.requireHost(member);
		BindingResult result = SchedulePages.errors("oneOffSlot");
		Optional<OfferingId> offering = OfferingId.parse(input.slotOffering());
		Optional<LocalDate> date = TypedWindow.date(input.slotDate());
		Optional<LocalTime> time = TypedWindow.time(input.slotTime());
		if (offering.isEmpty()) {
			result.rejectValue("slotOffering", "validation.schedule.offering");
		}
		if (date.isEmpty()) {
			result.rejectValue("slotDate", "validation.schedule.date");
		}
		if (time.isEmpty()) {
			result.rejectValue("slotTime", "validation.schedule.time");
		}
		if (!result.hasErrors()) {
			switch (this.hosting.addOneOffSlot(member.id(), offering.get(), date.get().atTime(time.get()))) {
				case UNKNOWN_OFFERING -> result.rejectValue("slotOffering", "validation.schedule.offering");
				case TIME_DOES_NOT_EXIST -> result.rejectValue("slotTime", "validation.schedule.timeDoesNotExist");
				case IN_THE_PAST -> result.rejectValue("slotTime", "validation.schedule.slotPast");
				case TOO_FAR_AHEAD -> result.rejectValue("slotDate", "validation.schedule.tooFar");
				default -> {
				}
			}
		}
		if (result.hasErrors()) {
			return refused(member, OverrideForms.refused(input, this.pages.formErrors(result, locale)), locale, model,
					htmx);
		}
		return changed(member, Notice.success("hosting.slot.added"), locale, model, htmx, redirect);
	}

	@PostMapping(Links.SETTINGS_HOSTING_ONE_OFF_SLOTS_REMOVE)
	Object removeOneOffSlot(@RequestAttribute(CurrentMemberFilter.ATTRIBUTE) Account member,
			@RequestParam(required = false) String offering, @RequestParam(required = false) String start,
			Locale locale, Model model, HtmxRequest htmx, RedirectAttributes redirect) {
		this.pages.requireHost(member);
		Optional<OneOffSlot> slot = OfferingId.parse(offering)
			.flatMap(id -> Instants.parse(start).map(at -> new OneOffSlot(id, at)));
		boolean removed = slot.isPresent() && this.hosting.removeOneOffSlot(member.id(), slot.get());
		return changed(member,
				removed ? Notice.success("hosting.slot.removed") : Notice.failure("hosting.override.gone"), locale,
				model, htmx, redirect);
	}

	/**
	 * After an override changed: the page again (PRG) with the notice, or with htmx the
	 * overrides with the notice and the preview, which the change may have moved.
	 */
	private Object changed(Account member, Notice notice, Locale locale, Model model, HtmxRequest htmx,
			RedirectAttributes redirect) {
		if (!htmx.isHtmxRequest()) {
			redirect.addFlashAttribute(Notice.ATTRIBUTE, notice);
			return "redirect:" + Links.SETTINGS_HOSTING_SCHEDULE;
		}
		return this.pages.fragments(member, OverrideForms.done(notice), locale, model);
	}

	/**
	 * A refused override: the page with the form's errors, or with htmx the overrides.
	 */
	private Object refused(Account member, OverrideForms forms, Locale locale, Model model, HtmxRequest htmx) {
		if (!htmx.isHtmxRequest()) {
			return this.pages.render(member, null, FormErrors.NONE, forms, null, locale, model);
		}
		return this.pages.fragments(member, forms, locale, model);
	}

	/** A window as the remove form sends it, in minutes; empty when it is none. */
	private static Optional<TimeWindow> window(String start, String end) {
		try {
			return Optional.of(new TimeWindow(Integer.parseInt(start), Integer.parseInt(end)));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
