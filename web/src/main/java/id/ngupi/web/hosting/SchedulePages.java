package id.ngupi.web.hosting;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import id.ngupi.hosting.Availability;
import id.ngupi.hosting.BusyCalendar;
import id.ngupi.hosting.BusyCalendars;
import id.ngupi.hosting.HostDirectory;
import id.ngupi.hosting.HostProfile;
import id.ngupi.hosting.NotHostingException;
import id.ngupi.hosting.Offering;
import id.ngupi.hosting.OfferingId;
import id.ngupi.identity.Account;
import id.ngupi.web.i18n.Localizer;
import id.ngupi.web.support.FormErrors;
import id.ngupi.web.support.Links;
import id.ngupi.web.support.Notice;
import id.ngupi.web.support.SelectOption;
import id.ngupi.web.time.TimeFormat;
import id.ngupi.web.time.ViewerZone;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.view.FragmentsRendering;

/**
 * The schedule page, all in the zone of the host's schedule: the weekly schedule's form,
 * the date overrides and one-off slots with their forms, and a preview of the times
 * attendees will be offered. With htmx, a changed or refused override answers with the
 * overrides and the preview alone. Only a host has a schedule.
 */
@Component
class SchedulePages {

	private final HostDirectory directory;

	private final MessageSource messages;

	private final Clock clock;

	private final BusyCalendars calendars;

	SchedulePages(HostDirectory directory, BusyCalendars calendars, MessageSource messages, Clock clock) {
		this.calendars = calendars;
		this.directory = directory;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * Puts the whole page into the model and names its template: the weekly schedule as
	 * typed ({@code null} for the saved one) with its errors, and the override forms.
	 */
	String render(Account member, WeeklyScheduleForm weekly, FormErrors weeklyErrors, OverrideForms forms,
			Notice notice, Locale locale, Model model) {
		HostProfile host = requireHost(member);
		HostTimes times = times(host, locale);
		Availability availability = availability(host);
		List<Offering> offerings = this.directory.offerings(host.account());
		WeeklyScheduleForm form = (weekly != null) ? weekly : WeeklyScheduleForm.of(availability.weekly());
		List<BusyCalendar> calendars = this.calendars.of(host.account());
		TimeFormat clock = TimeFormat.of(new ViewerZone(host.timezone(), ViewerZone.Source.PROFILE), locale);
		List<SchedulePage.CalendarRow> rows = calendars.stream()
			.map(calendar -> new SchedulePage.CalendarRow(calendar.id().toString(), calendar.hint(),
					(calendar.lastReadAt() == null) ? null : clock.dateTime(calendar.lastReadAt()),
					(calendar.lastSuccessAt() == null) ? null : clock.dateTime(calendar.lastSuccessAt()),
					calendar.errorKey(), calendar.blocks()))
			.toList();
		model.addAttribute("schedule", new SchedulePage(times.zoneLabel(), form.days(locale), weeklyErrors,
				overrides(availability, offerings, forms, times), preview(host, times), notice, rows,
				calendars.size() < BusyCalendars.MAX_CALENDARS, Notice.flashed(model, BusyCalendarsController.NOTICE)));
		return "pages/hosting/schedule";
	}

	/** The overrides with their forms and, out of band, the preview: htmx's answer. */
	View fragments(Account member, OverrideForms forms, Locale locale, Model model) {
		HostProfile host = requireHost(member);
		HostTimes times = times(host, locale);
		List<Offering> offerings = this.directory.offerings(host.account());
		model.addAttribute("overrides", overrides(availability(host), offerings, forms, times));
		model.addAttribute("preview", preview(host, times));
		return FragmentsRendering.fragment("hosting/scheduleOverrides")
			.fragment("hosting/schedulePreview", Map.of("outOfBand", true))
			.build();
	}

	/**
	 * The member's host profile; {@link NotHostingAdvice} answers a member who does not
	 * host.
	 */
	HostProfile requireHost(Account member) {
		return this.directory.find(member.id()).orElseThrow(() -> new NotHostingException(member.id()));
	}

	/** A form's errors, in the member's language. */
	FormErrors formErrors(BindingResult result, Locale locale) {
		return FormErrors.from(result, new Localizer(this.messages, locale));
	}

	/** Where a form's errors are gathered before they become {@link FormErrors}. */
	static BindingResult errors(String name) {
		return new MapBindingResult(new HashMap<>(), name);
	}

	static HostTimes times(HostProfile host, Locale locale) {
		return new HostTimes(host.timezone(), locale);
	}

	/** The overrides still ahead, as hosting names them. */
	private ScheduleOverrides overrides(Availability availability, List<Offering> offerings, OverrideForms forms,
			HostTimes times) {
		Availability.Overrides ahead = availability.overridesAhead(this.clock.instant());
		Map<OfferingId, String> titles = offerings.stream()
			.collect(Collectors.toMap(Offering::id, Offering::title, (a, b) -> a, HashMap::new));
		return new ScheduleOverrides(times.zoneLabel(), times.today(this.clock).toString(),
				ahead.daysOff()
					.stream()
					.map(day -> new ScheduleOverrides.DayOff(day.toString(), times.date(day)))
					.toList(),
				ahead.extra()
					.stream()
					.map(extra -> new ScheduleOverrides.Extra(extra.date().toString(), extra.window().startMinute(),
							extra.window().endMinute(), times.window(extra)))
					.toList(),
				ahead.oneOffSlots()
					.stream()
					.map(slot -> new ScheduleOverrides.Slot(slot.offering().toString(), slot.start().toString(),
							titles.getOrDefault(slot.offering(), ""), times.dateTime(slot.start())))
					.toList(),
				offerings.stream()
					.filter(Offering::active)
					.map(offering -> SelectOption.of(offering.id().toString(), offering.title()))
					.toList(),
				forms);
	}

	private SchedulePreview preview(HostProfile host, HostTimes times) {
		// one read of the schedule for every offering, not one per offering
		return new SchedulePreview(times.zoneLabel(), host.paused(),
				this.directory.upcomingByOffering(host.account(), SchedulePreview.TIMES)
					.entrySet()
					.stream()
					.map(entry -> entry.getKey().bookable(host)
							? new SchedulePreview.OfferingTimes(entry.getKey().title(),
									entry.getValue().stream().map(times::span).toList(), null)
							// attendees see no time of it: nor does the preview
							: new SchedulePreview.OfferingTimes(entry.getKey().title(), List.of(),
									Links.hostingOfferingMeetingLink(entry.getKey().id())))
					.toList());
	}

	private Availability availability(HostProfile host) {
		return this.directory.availability(host.account()).orElseThrow(() -> new NotHostingException(host.account()));
	}

}
