package id.ngupi.web.profile;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import id.ngupi.identity.Account;
import id.ngupi.identity.AccountOutcomes.ProfileOutcome;
import id.ngupi.identity.Accounts;
import id.ngupi.identity.ProfileChange;
import id.ngupi.web.i18n.Localizer;
import id.ngupi.web.i18n.SupportedLanguage;
import id.ngupi.web.security.CurrentMemberFilter;
import id.ngupi.web.support.FormErrors;
import id.ngupi.web.support.Links;
import id.ngupi.web.support.Notice;
import id.ngupi.web.support.SelectOption;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The logged-in member edits their own profile: name, handle, bio, timezone, language and
 * links. There is no account id in the form: the profile edited is always the one of the
 * member the session belongs to.
 */
@Controller
class ProfileSettingsController {

	private static final List<SelectOption> LANGUAGES = Arrays.stream(SupportedLanguage.values())
		.map(language -> SelectOption.of(language.code(), language.nativeName()))
		.toList();

	private final Accounts accounts;

	private final TimeZoneChoices timezones;

	private final LocaleResolver locales;

	private final MessageSource messages;

	ProfileSettingsController(Accounts accounts, TimeZoneChoices timezones, LocaleResolver locales,
			MessageSource messages) {
		this.accounts = accounts;
		this.timezones = timezones;
		this.locales = locales;
		this.messages = messages;
	}

	@GetMapping(Links.SETTINGS_PROFILE)
	String show(@RequestAttribute(CurrentMemberFilter.ATTRIBUTE) Account member, Locale locale, Model model) {
		// a notice arrives only as a flash attribute of the redirect, never from the URL
		Notice notice = Notice.flashed(model);
		return render(member, ProfileChange.of(member), FormErrors.NONE, notice, locale, model);
	}

	/**
	 * Saves the profile and redirects to the page with a notice (with htmx: a full page
	 * load, so a new language shows everywhere), or shows the form again with its errors
	 * (with htmx: only the form).
	 */
	@PostMapping(Links.SETTINGS_PROFILE)
	String save(@RequestAttribute(CurrentMemberFilter.ATTRIBUTE) Account member,
			@Valid @ModelAttribute("profileChange") ProfileChange submitted, BindingResult result,
			@RequestParam(name = TimeZoneField.SEARCH, required = false) String timezoneSearch, Locale locale,
			Model model, HtmxRequest htmx, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		ProfileChange change = submitted;
		String search = null;
		Optional<String> zone = this.timezones.chosen(submitted.timezone(), timezoneSearch,
				SupportedLanguage.resolve(locale));
		if (zone.isEmpty()) {
			search = TimeZoneChoices.typed(timezoneSearch);
			result.rejectValue("timezone", "validation.timezone.search", new Object[] { search }, null);
		}
		else if (!zone.get().equals(submitted.timezone())) {
			change = withTimezone(submitted, zone.get());
		}
		// any IANA id is a valid timezone for identity; the form offers region ids only
		if (!result.hasFieldErrors("timezone")
				&& !this.timezones.offers(change.timezone(), member.timezone().getId())) {
			result.rejectValue("timezone", "validation.timezone");
		}
		if (!result.hasErrors()) {
			ProfileOutcome outcome = this.accounts.updateProfile(member.id(), change);
			if (outcome == ProfileOutcome.UPDATED) {
				// the member's language is the site's language for them from now on
				this.locales.setLocale(request, response, Locale.forLanguageTag(change.language()));
				redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.success("form.saved"));
				return (htmx.isHtmxRequest() ? "redirect:htmx:" : "redirect:") + Links.SETTINGS_PROFILE;
			}
			result.rejectValue("handle", "validation.handle.taken");
		}
		FormErrors errors = FormErrors.from(result, new Localizer(this.messages, locale));
		render(member, change, search, errors, null, locale, model);
		return htmx.isHtmxRequest() ? "profile/profileForm" : "pages/profileSettings";
	}

	private String render(Account member, ProfileChange form, FormErrors errors, Notice notice, Locale locale,
			Model model) {
		return render(member, form, null, errors, notice, locale, model);
	}

	private String render(Account member, ProfileChange form, String timezoneSearch, FormErrors errors, Notice notice,
			Locale locale, Model model) {
		SupportedLanguage language = SupportedLanguage.resolve(locale);
		model.addAttribute("settings",
				new ProfileSettingsPage(form, errors,
						this.timezones.field(language, member.timezone().getId(), timezoneSearch), LANGUAGES, notice,
						member.handle().value()));
		return "pages/profileSettings";
	}

	private static ProfileChange withTimezone(ProfileChange change, String timezone) {
		return new ProfileChange(change.handle(), change.displayName(), change.bio(), timezone, change.language(),
				change.website(), change.github(), change.twitter(), change.linkedin());
	}

}
