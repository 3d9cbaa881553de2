package id.ngupi.web.hosting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import id.ngupi.hosting.Availability;
import id.ngupi.hosting.ExtraWindow;
import id.ngupi.hosting.HostDirectory;
import id.ngupi.hosting.HostProfile;
import id.ngupi.hosting.Hosting;
import id.ngupi.hosting.NotHostingException;
import id.ngupi.hosting.Offering;
import id.ngupi.hosting.OfferingId;
import id.ngupi.hosting.OneOffSlot;
import id.ngupi.hosting.ScheduleOutcome;
import id.ngupi.hosting.TimeWindow;
import id.ngupi.hosting.WeeklyWindow;
import id.ngupi.identity.Account;
import id.ngupi.web.hosting.OverrideForms.DayOffInput;
import id.ngupi.web.hosting.OverrideForms.ExtraHoursInput;
import id.ngupi.web.hosting.OverrideForms.OneOffSlotInput;
import id.ngupi.web.i18n.Localizer;
import id.ngupi.web.security.CurrentMemberFilter;
import id.ngupi.web.support.FormErrors;
import id.ngupi.web.support.Links;
import id.ngupi.web.support.Notice;
import id.ngupi.web.support.SelectOption;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.FragmentsRendering;

/**
 * When the host is available: the weekly schedule, days off, extra hours on a date and
 * one-off slots, all in the zone of the host's schedule, with a preview of the times
 * attendees will be offered. Adding and removing an override with htmx answers with the
 * overrides and the preview alone.
 */
@Controller
class ScheduleController {

	private final Hosting hosting;

	private final HostDirectory directory;

	private final MessageSource messages;

	private final Clock clock;

	ScheduleController(Hosting hosting, HostDirectory directory, MessageSource messages, Clock clock) {
		this.hosting = hosting;
		this.directory = directory;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping(Links.SETTINGS_HOSTING_SCHEDULE)
	String show(@RequestAttribute(CurrentMemberFilter.ATTRIBUTE) Account member, Locale locale, Model model) {
		Notice notice = (model.getAttribute(Notice.ATTRIBUTE) instanceof Notice flashed) ? flashed : null;
		return render(member, null, FormErrors.NONE, OverrideForms.EMPTY, notice, locale, model);
	}

	/** Replaces the weekly schedule, or shows the form again with each row's errors. */
	@PostMapping(Links.SETTINGS_HOSTING_SCHEDULE)
	String saveWeekly(@RequestAttribute(CurrentMemberFilter.ATTRIBUTE) Account member,
			@RequestParam Map<String, String> params, Locale locale, Model model, RedirectAttributes redirect) {
		requireHost(member);
		WeeklyScheduleForm form = WeeklyScheduleForm.parse(params);
		BindingResult result = errors("weeklySchedule");
		List<WeeklyWindow> windows = form.validate(result);
		if (!result.hasErrors()) {
			if (this.hosting.replaceWeeklySchedule(member.id(), windows) == ScheduleOutcome.SAVED) {
				redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.success("hosting.schedule.saved"));
				return "redirect:" + Links.SETTINGS_HOSTING_SCHEDULE;
			}
			result.reject(WeeklyScheduleForm.OVERLAP);
		}
		return render(member, form, formErrors(result, locale), OverrideForms.EMPTY, null, locale, model);
	}

	@PostMapping(Links.SETTINGS_HOSTING_DAYS_OFF)
	Object addDayOff(@RequestAttribute(CurrentMemberFilter.ATTRIBUTE) Account member, @ModelAttribute DayOffInput input,
			Locale locale, Model model, HtmxRequest htmx, RedirectAttributes redirect) {
		HostTimes times = times(requireHost(member), locale);
		BindingResult result = errors("dayOff");
		Optional<LocalDate> date = TypedWindow.date(input.dayOffDate());
		if (date.isEmpty()) {
			result.rejectValue("dayOffDate", "validation.schedule.date");
		}
		else if (this.hosting.addDayOff(member.id(), date.get()) == ScheduleOutcome.IN_THE_PAST) {
			result.rejectValue("dayOffDate", "validation.schedule.past");
		}
		if (result.hasErrors()) {
			return refused(member, OverrideForms.refused(input, formErrors(result, locale)), locale, model, htmx);
		}
		return changed(member, Notice.success("hosting.dayOff.added", times.date(date.get())), locale, model, htmx,
				redirect);
	}

	@PostMapping(Links.SETTINGS_HOSTING_DAYS_OFF_REMOVE)
	Object removeDayOff(@RequestAttribute(CurrentMemberFilter.ATTRIBUTE) Account member,
			@RequestParam(required = false) String date, Locale locale, Model model, HtmxRequest htmx,
			RedirectAttributes redirect) {
		HostTimes times = times(requireHost(member), locale);
		Optional<LocalDate> day = TypedWindow.date(date);
		boolean removed = day.isPresent() && this.hosting.removeDayOff(member.id(), day.get());
		return changed(member, removed ? Notice.success("hosting.dayOff.removed", times.date(day.get()))
				: Notice.failure("hosting.override.gone"), locale, model, htmx, redirect);
	}

	@PostMapping(Links.SETTINGS_HOSTING_EXTRA_HOURS)
	Object addExtraHours(@RequestAttribute(CurrentMemberFilter.ATTRIBUTE) Account member,
			@ModelAttribute ExtraHoursInput input, Locale locale, Model model, HtmxRequest htmx,
			RedirectAttributes redirect) {
		HostTimes times = times(requireHost(member), locale);
		BindingResult result = errors("extraHours");
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
			else if (outcome == ScheduleOutcome.OVERLAPPING) {
				result.rejectValue("extraTime", "validation.schedule.extraOverlap");
			}
		}
		if (result.hasErrors()) {
			return refused(member, OverrideForms.refused(input, formErrors(result, locale)), locale, model, htmx);
		}
		return changed(member, Notice.success("hosting.extra.added", times.window(extra)), locale, model, htmx,
				redirect);
	}

	@PostMapping(Links.SETTINGS_HOSTING_EXTRA_HOURS_REMOVE)
	Object removeExtraHours(@RequestAttribute(CurrentMemberFilter.ATTRIBUTE) Account member,
			@RequestParam(required = false) String date, @RequestParam(required = false) String start,
			@RequestParam(required = false) String end, Locale locale, Model model, HtmxRequest htmx,
			RedirectAttributes redirect) {
		HostTimes times = times(requireHost(member), locale);
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
		requireHost(member);
		BindingResult result = errors("oneOffSlot");
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
				default -> {
				}
			}
		}
		if (result.hasErrors()) {
			return refused(member, OverrideForms.refused(input, formErrors(result, locale)), locale, model, htmx);
		}
		return changed(member, Notice.success("hosting.slot.added"), locale, model, htmx, redirect);
	}

	@PostMapping(Links.SETTINGS_HOSTING_ONE_OFF_SLOTS_REMOVE)
	Object removeOneOffSlot(@RequestAttribute(CurrentMemberFilter.ATTRIBUTE) Account member,
			@RequestParam(required = false) String offering, @RequestParam(required = false) String start,
			Locale locale, Model model, HtmxRequest htmx, RedirectAttributes redirect) {
		requireHost(member);
		Optional<OneOffSlot> slot = OfferingId.parse(offering)
			.flatMap(id -> instant(start).map(at -> new OneOffSlot(id, at)));
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
		return fragments(member, OverrideForms.done(notice), locale, model);
	}

	/**
	 * A refused override: the page with the form's errors, or with htmx the overrides.
	 */
	private Object refused(Account member, OverrideForms forms, Locale locale, Model model, HtmxRequest htmx) {
		if (!htmx.isHtmxRequest()) {
			return render(member, null, FormErrors.NONE, forms, null, locale, model);
		}
		return fragments(member, forms, locale, model);
	}

	private View fragments(Account member, OverrideForms forms, Locale locale, Model model) {
		HostProfile host = requireHost(member);
		HostTimes times = times(host, locale);
		List<Offering> offerings = this.directory.offerings(host.account());
		model.addAttribute("overrides", overrides(availability(host), offerings, forms, times));
		model.addAttribute("preview", preview(host, offerings, times));
		return FragmentsRendering.fragment("hosting/scheduleOverrides")
			.fragment("hosting/schedulePreview", Map.of("outOfBand", true))
			.build();
	}

	private String render(Account member, WeeklyScheduleForm weekly, FormErrors weeklyErrors, OverrideForms forms,
			Notice notice, Locale locale, Model model) {
		HostProfile host = requireHost(member);
		HostTimes times = times(host, locale);
		Availability availability = availability(host);
		List<Offering> offerings = this.directory.offerings(host.account());
		WeeklyScheduleForm form = (weekly != null) ? weekly : WeeklyScheduleForm.of(availability.weekly());
		model.addAttribute("schedule", new SchedulePage(times.zoneLabel(), form.days(locale), weeklyErrors,
				overrides(availability, offerings, forms, times), preview(host, offerings, times), notice));
		return "pages/hosting/schedule";
	}

	/** The overrides from today on in the host's zone (the module keeps a day more). */
	private ScheduleOverrides overrides(Availability availability, List<Offering> offerings, OverrideForms forms,
			HostTimes times) {
		LocalDate today = times.today(this.clock);
		Instant now = this.clock.instant();
		Map<OfferingId, String> titles = offerings.stream()
			.collect(Collectors.toMap(Offering::id, Offering::title, (a, b) -> a, HashMap::new));
		return new ScheduleOverrides(times.zoneLabel(), today.toString(),
				availability.daysOff()
					.stream()
					.filter(day -> !day.isBefore(today))
					.sorted()
					.map(day -> new ScheduleOverrides.DayOff(day.toString(), times.date(day)))
					.toList(),
				availability.extra()
					.stream()
					.filter(extra -> !extra.date().isBefore(today))
					.map(extra -> new ScheduleOverrides.Extra(extra.date().toString(), extra.window().startMinute(),
							extra.window().endMinute(), times.window(extra)))
					.toList(),
				availability.oneOffSlots()
					.stream()
					.filter(slot -> slot.start().isAfter(now))
					.map(slot -> new ScheduleOverrides.Slot(slot.offering().toString(), slot.start().toString(),
							titles.getOrDefault(slot.offering(), ""), times.dateTime(slot.start())))
					.toList(),
				offerings.stream()
					.filter(Offering::active)
					.map(offering -> SelectOption.of(offering.id().toString(), offering.title()))
					.toList(),
				forms);
	}

	private SchedulePreview preview(HostProfile host, List<Offering> offerings, HostTimes times) {
		// one read of the schedule for every offering, not one per offering
		return new SchedulePreview(times.zoneLabel(), host.paused(),
				this.directory.upcomingByOffering(host.account(), SchedulePreview.TIMES)
					.entrySet()
					.stream()
					.map(entry -> new SchedulePreview.OfferingTimes(entry.getKey().title(),
							entry.getValue().stream().map(times::span).toList()))
					.toList());
	}

	private Availability availability(HostProfile host) {
		return this.directory.availability(host.account()).orElseThrow(() -> new NotHostingException(host.account()));
	}

	private HostProfile requireHost(Account member) {
		return this.directory.find(member.id()).orElseThrow(() -> new NotHostingException(member.id()));
	}

	private static HostTimes times(HostProfile host, Locale locale) {
		return new HostTimes(host.timezone(), locale);
	}

	private static BindingResult errors(String name) {
		return new MapBindingResult(new HashMap<>(), name);
	}

	private FormErrors formErrors(BindingResult result, Locale locale) {
		return FormErrors.from(result, new Localizer(this.messages, locale));
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

	private static Optional<Instant> instant(String text) {
		try {
			return Optional.of(Instant.parse(text));
		}
		catch (DateTimeParseException | NullPointerException ex) {
			return Optional.empty();
		}
	}

}
