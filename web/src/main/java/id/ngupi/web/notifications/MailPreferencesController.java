package id.ngupi.web.notifications;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import id.ngupi.identity.Account;
import id.ngupi.notifications.MailPreferences;
import id.ngupi.notifications.NotificationKind;
import id.ngupi.web.i18n.Localizer;
import id.ngupi.web.security.CurrentMemberFilter;
import id.ngupi.web.support.Links;
import id.ngupi.web.support.Notice;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Which kinds of notification the member gets by mail: one checkbox per kind; what is not
 * ticked is kept in the inbox only. A value that names no kind is ignored.
 */
@Controller
class MailPreferencesController {

	private final MailPreferences preferences;

	private final MessageSource messages;

	MailPreferencesController(MailPreferences preferences, MessageSource messages) {
		this.preferences = preferences;
		this.messages = messages;
	}

	@GetMapping(Links.INBOX_PREFERENCES)
	String show(@RequestAttribute(CurrentMemberFilter.ATTRIBUTE) Account member, Locale locale, Model model) {
		Map<NotificationKind, Boolean> chosen = this.preferences.of(member.id());
		Localizer i18n = new Localizer(this.messages, locale);
		List<PreferencesPage.Choice> choices = chosen.entrySet()
			.stream()
			.map(choice -> new PreferencesPage.Choice(choice.getKey().code(), label(i18n, choice.getKey()),
					choice.getValue()))
			.toList();
		boolean verified = member.email() != null && member.emailVerified();
		model.addAttribute("preferences", new PreferencesPage(choices, verified,
				this.preferences.refusal(member.id()).orElse(null), Notice.flashed(model)));
		return "pages/notifications/preferences";
	}

	/** A kind as a member reads it. */
	static String label(Localizer i18n, NotificationKind kind) {
		return i18n.text("kabar.kind." + kind.code());
	}

	@PostMapping(Links.INBOX_PREFERENCES)
	String save(@RequestAttribute(CurrentMemberFilter.ATTRIBUTE) Account member,
			@RequestParam(name = "mail", required = false) Set<String> mail, RedirectAttributes redirect) {
		Set<String> wanted = (mail != null) ? mail : Set.of();
		for (NotificationKind kind : NotificationKind.optionalKinds()) {
			this.preferences.choose(member.id(), kind, wanted.contains(kind.code()));
		}
		redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.success("kabar.prefs.saved"));
		return "redirect:" + Links.INBOX_PREFERENCES;
	}

}
