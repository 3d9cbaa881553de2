package id.ngupi.web.hosting;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.ngupi.hosting.Hosting;
import id.ngupi.hosting.ScheduleOutcome;
import id.ngupi.hosting.WeeklyWindow;
import id.ngupi.identity.Account;
import id.ngupi.web.security.CurrentMemberFilter;
import id.ngupi.web.support.FormErrors;
import id.ngupi.web.support.Links;
import id.ngupi.web.support.Notice;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * When the host is available: the schedule page and its weekly schedule, in the zone of
 * the host's schedule. Days off, extra hours and one-off slots on the same page are
 * {@link ScheduleOverridesController}'s; {@link SchedulePages} builds the page.
 */
@Controller
class ScheduleController {

	private final Hosting hosting;

	private final SchedulePages pages;

	ScheduleController(Hosting hosting, SchedulePages pages) {
		this.hosting = hosting;
		this.pages = pages;
	}

	@GetMapping(Links.SETTINGS_HOSTING_SCHEDULE)
	String show(@RequestAttribute(CurrentMemberFilter.ATTRIBUTE) Account member, Locale locale, Model model) {
		Notice notice = Notice.flashed(model);
		return this.pages.render(member, null, FormErrors.NONE, OverrideForms.EMPTY, notice, locale, model);
	}

	/** Replaces the weekly schedule, or shows the form again with each row's errors. */
	@PostMapping(Links.SETTINGS_HOSTING_SCHEDULE)
	String saveWeekly(@RequestAttribute(CurrentMemberFilter.ATTRIBUTE) Account member,
			@RequestParam Map<String, String> params, Locale locale, Model model, RedirectAttributes redirect) {
		this.pages.requireHost(member);
		WeeklyScheduleForm form = WeeklyScheduleForm.parse(params);
		BindingResult result = SchedulePages.errors("weeklySchedule");
		List<WeeklyWindow> windows = form.validate(result);
		if (!result.hasErrors()) {
			if (this.hosting.replaceWeeklySchedule(member.id(), windows) == ScheduleOutcome.SAVED) {
				redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.success("hosting.schedule.saved"));
				return "redirect:" + Links.SETTINGS_HOSTING_SCHEDULE;
			}
			result.reject(WeeklyScheduleForm.OVERLAP);
		}
		return this.pages.render(member, form, this.pages.formErrors(result, locale), OverrideForms.EMPTY, null, locale,
				model);
	}

}
