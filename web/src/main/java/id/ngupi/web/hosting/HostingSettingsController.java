package id.ngupi.web.hosting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import id.ngupi.hosting.HostDirectory;
import id.ngupi.hosting.HostProfile;
import id.ngupi.hosting.HostProfileChange;
import id.ngupi.hosting.HostProfileOutcome;
import id.ngupi.hosting.Hosting;
import id.ngupi.hosting.NotHostingException;
import id.ngupi.hosting.Topic;
import id.ngupi.identity.Account;
import id.ngupi.identity.AccountId;
import id.ngupi.web.discovery.LanguageNames;
import id.ngupi.web.i18n.Localizer;
import id.ngupi.web.i18n.SupportedLanguage;
import id.ngupi.web.profile.TimeZoneChoices;
import id.ngupi.web.profile.TimeZoneField;
import id.ngupi.web.security.CurrentMemberFilter;
import id.ngupi.web.support.FormErrors;
import id.ngupi.web.support.Links;
import id.ngupi.web.support.Notice;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.validation.Validator;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The host profile at {@code /settings/hosting}: a member who does not host yet reads
 * what hosting means and turns it on with the form; a host edits the profile, sees what
 * is still missing to be found, and pauses or resumes.
 */
@Controller
class HostingSettingsController {

	private final Hosting hosting;

	private final HostDirectory directory;

	private final TimeZoneChoices timezones;

	private final MessageSource messages;

	private final SpringValidatorAdapter validator;

	HostingSettingsController(Hosting hosting, HostDirectory directory, TimeZoneChoices timezones,
			MessageSource messages, Validator validator) {
		this.hosting = hosting;
		this.directory = directory;
		this.timezones = timezones;
		this.messages = messages;
		this.validator = new SpringValidatorAdapter(validator);
	}

	@GetMapping(Links.SETTINGS_HOSTING)
	String show(@RequestAttribute(CurrentMemberFilter.ATTRIBUTE) Account member, Locale locale, Model model) {
		Optional<HostProfile> host = this.directory.find(member.id());
		HostProfileForm form = host.map(HostProfileForm::of).orElseGet(() -> HostProfileForm.start(member));
		Notice notice = Notice.flashed(model);
		return render(member, host, form, null, FormErrors.NONE, notice, locale, model);
	}

	/**
	 * Saves the profile (turning hosting on the first time) and redirects to the page
	 * with a notice, or shows the form again with its errors (with htmx: only the form).
	 */
	@PostMapping(Links.SETTINGS_HOSTING)
	String save(@RequestAttribute(CurrentMemberFilter.ATTRIBUTE) Account member,
			@ModelAttribute("hostProfileForm") HostProfileForm submitted,
			@RequestParam(name = TimeZoneField.SEARCH, required = false) String timezoneSearch, Locale locale,
			Model model, HtmxRequest htmx, RedirectAttributes redirect) {
		Optional<HostProfile> host = this.directory.find(member.id());
		Optional<String> zone = this.timezones.chosen(submitted.timezone(), timezoneSearch,
				SupportedLanguage.resolve(locale));
		HostProfileForm form = zone.filter(chosen -> !chosen.equals(submitted.timezone()))
			.map(chosen -> withTimezone(submitted, chosen))
			.orElse(submitted);
		HostProfileChange change = form.toChange();
		BindingResult result = new DirectFieldBindingResult(change, "hostProfileChange");
		this.validator.validate(change, result);
		String search = null;
		if (zone.isEmpty()) {
			search = TimeZoneChoices.typed(timezoneSearch);
			result.rejectValue("timezone", "validation.timezone.search", new Object[] { search }, null);
		}
		String currentZone = host.map(HostProfile::timezone).orElse(member.timezone()).getId();
		// any IANA id is valid for hosting; the form offers region ids only
		if (!result.hasFieldErrors("timezone") && !this.timezones.offers(change.timezone(), currentZone)) {
			result.rejectValue("timezone", "validation.timezone");
		}
		if (!result.hasErrors()) {
			HostProfileOutcome outcome = this.hosting.saveProfile(member.id(), change);
			if (outcome == HostProfileOutcome.SAVED) {
				redirect.addFlashAttribute(Notice.ATTRIBUTE,
						Notice.success(host.isPresent() ? "form.saved" : "hosting.started"));
				return HostingRedirects.to(Links.SETTINGS_HOSTING, htmx.isHtmxRequest());
			}
			// new topics arrive as written names or as forged ticks: hosting counts them
			// all
			result.addError(new FieldError(result.getObjectName(), "newTopics", form.newTopics(), false,
					result.resolveMessageCodes("validation.host.newTopics.count", "newTopics"),
					new Object[] { HostProfileChange.NEW_TOPICS_MAX }, null));
		}
		FormErrors errors = HostProfileForm.onFormFields(FormErrors.from(result, new Localizer(this.messages, locale)));
		render(member, host, form, search, errors, null, locale, model);
		return htmx.isHtmxRequest() ? "hosting/hostProfileForm" : "pages/hosting/profile";
	}

	/**
	 * Pauses hosting: redirects to the page with a notice, or (with htmx) answers with
	 * the status box alone.
	 */
	@PostMapping(Links.SETTINGS_HOSTING_PAUSE)
	String pause(@RequestAttribute(CurrentMemberFilter.ATTRIBUTE) Account member, HtmxRequest htmx, Model model,
			RedirectAttributes redirect) {
		this.hosting.pause(member.id());
		return statusChanged(member, Notice.success("hosting.paused"), htmx, model, redirect);
	}

	@PostMapping(Links.SETTINGS_HOSTING_RESUME)
	String resume(@RequestAttribute(CurrentMemberFilter.ATTRIBUTE) Account member, HtmxRequest htmx, Model model,
			RedirectAttributes redirect) {
		this.hosting.resume(member.id());
		return statusChanged(member, Notice.success("hosting.resumed"), htmx, model, redirect);
	}

	private String statusChanged(Account member, Notice notice, HtmxRequest htmx, Model model,
			RedirectAttributes redirect) {
		if (!htmx.isHtmxRequest()) {
			redirect.addFlashAttribute(Notice.ATTRIBUTE, notice);
			return "redirect:" + Links.SETTINGS_HOSTING;
		}
		model.addAttribute("status", status(member.id(), notice));
		return "hosting/hostingStatus";
	}

	private String render(Account member, Optional<HostProfile> host, HostProfileForm form, String timezoneSearch,
			FormErrors errors, Notice notice, Locale locale, Model model) {
		SupportedLanguage language = SupportedLanguage.resolve(locale);
		Localizer i18n = new Localizer(this.messages, locale);
		String zone = host.map(HostProfile::timezone).orElse(member.timezone()).getId();
		model.addAttribute("settings",
				new HostingSettingsPage(form, errors, topicChoices(host, form, language),
						HostProfileChange.LANGUAGES.stream()
							.map(code -> new Choice(code, LanguageNames.of(code, i18n), form.speaks(code)))
							.toList(),
						this.timezones.field(language, zone, timezoneSearch), notice,
						host.map(found -> status(found.account(), null)).orElse(null)));
		return "pages/hosting/profile";
	}

	/**
	 * Ngupi's own topics, then the host's proposed ones: a topic the host proposed before
	 * is ticked like any other.
	 */
	private List<Choice> topicChoices(Optional<HostProfile> host, HostProfileForm form, SupportedLanguage language) {
		List<Topic> topics = new ArrayList<>(this.directory.curatedTopics());
		host.ifPresent(found -> found.topics().stream().filter(topic -> !topic.curated()).forEach(topics::add));
		return topics.stream()
			.map(topic -> new Choice(topic.slug().value(), topic.name(language.code()),
					form.ticks(topic.slug().value())))
			.toList();
	}

	private HostingStatus status(AccountId host, Notice notice) {
		return new HostingStatus(this.directory.checklist(host).orElseThrow(() -> new NotHostingException(host)),
				notice);
	}

	/** The form with the timezone its search found. */
	private static HostProfileForm withTimezone(HostProfileForm form, String zone) {
		return new HostProfileForm(form.headline(), form.about(), form.topics(), form.newTopics(), form.languages(),
				form.meetingUrl(), zone);
	}

}
