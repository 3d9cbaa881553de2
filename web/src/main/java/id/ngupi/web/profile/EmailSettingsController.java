package id.ngupi.web.profile;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;

import id.ngupi.identity.Account;
import id.ngupi.identity.AccountExport.PendingEmail;
import id.ngupi.identity.AccountOutcomes.EmailVerificationOutcome;
import id.ngupi.identity.Accounts;
import id.ngupi.web.i18n.Localizer;
import id.ngupi.web.security.CurrentMemberFilter;
import id.ngupi.web.support.FormErrors;
import id.ngupi.web.support.Links;
import id.ngupi.web.support.Notice;
import jakarta.validation.ConstraintViolationException;

import org.springframework.context.MessageSource;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A member's (optional) email address: entering one sends a verification link, following
 * the link verifies it, and the member can remove it again. Always the logged-in member's
 * own address; the link is the only thing that carries a secret.
 */
@Controller
class EmailSettingsController {

	private final Accounts accounts;

	private final MessageSource messages;

	private final Clock clock;

	private final boolean localMailbox;

	EmailSettingsController(Accounts accounts, MessageSource messages, Clock clock, Environment environment) {
		this.accounts = accounts;
		this.messages = messages;
		this.clock = clock;
		this.localMailbox = environment.matchesProfiles("local");
	}

	@GetMapping(Links.SETTINGS_EMAIL)
	String show(@RequestAttribute(CurrentMemberFilter.ATTRIBUTE) Account member, Locale locale, Model model) {
		Notice notice = Notice.flashed(model);
		return render(member, null, FormErrors.NONE, notice, locale, model);
	}

	@PostMapping(Links.SETTINGS_EMAIL)
	String requestVerification(@RequestAttribute(CurrentMemberFilter.ATTRIBUTE) Account member,
			@ModelAttribute("emailForm") EmailForm form, Locale locale, Model model, RedirectAttributes redirect) {
		try {
			this.accounts.requestEmailVerification(member.id(), form.email());
		}
		catch (ConstraintViolationException refused) {
			return render(member, form.email(),
					FormErrors.refused("email", refused, new Localizer(this.messages, locale)), null, locale, model);
		}
		redirect.addFlashAttribute(Notice.ATTRIBUTE,
				Notice.success("email.sent", form.email(), String.valueOf(Accounts.EMAIL_LINK_VALIDITY.toHours())));
		return "redirect:" + Links.SETTINGS_EMAIL;
	}

	@PostMapping(Links.SETTINGS_EMAIL_REMOVE)
	String remove(@RequestAttribute(CurrentMemberFilter.ATTRIBUTE) Account member, RedirectAttributes redirect) {
		this.accounts.removeEmail(member.id());
		redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.success("email.removed"));
		return "redirect:" + Links.SETTINGS_EMAIL;
	}

	/**
	 * The link of the verification mail. It answers with a redirect, so the token leaves
	 * the address bar and the browser history at once.
	 */
	@GetMapping(Links.SETTINGS_EMAIL_VERIFY)
	String verify(@RequestParam(required = false) String token, RedirectAttributes redirect) {
		EmailVerificationOutcome outcome = this.accounts.verifyEmail(token);
		redirect.addFlashAttribute(Notice.ATTRIBUTE, (outcome == EmailVerificationOutcome.VERIFIED)
				? Notice.success("email.verified") : Notice.failure("email.invalidLink"));
		return "redirect:" + Links.SETTINGS_EMAIL;
	}

	private String render(Account member, String formEmail, FormErrors errors, Notice notice, Locale locale,
			Model model) {
		Optional<PendingEmail> pending = this.accounts.pendingEmail(member.id());
		DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
			.withLocale(locale)
			.withZone(member.timezone());
		String expires = pending.map(email -> format.format(email.expiresAt()) + " (" + member.timezone().getId() + ")")
			.orElse(null);
		boolean expired = pending.map(email -> email.expired(this.clock.instant())).orElse(false);
		model.addAttribute("email", new EmailSettingsPage(member.email(), pending.map(PendingEmail::email).orElse(null),
				expires, expired, formEmail, errors, notice, this.localMailbox));
		return "pages/emailSettings";
	}

}
