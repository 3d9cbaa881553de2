package id.ngupi.web.notifications;

import java.util.Locale;

import id.ngupi.notifications.MailPreferences;
import id.ngupi.notifications.NotificationKind;
import id.ngupi.web.i18n.Localizer;
import id.ngupi.web.support.Links;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * The one-click unsubscribe every optional mail carries (RFC 8058): a mail program posts
 * {@code List-Unsubscribe=One-Click} to the link, with no login and no CSRF token, and
 * that one kind of mail stops for that one member. The signed token in the path is the
 * only credential; this is the one endpoint the CSRF protection leaves out. Opening the
 * link in a browser only asks (link checkers open links); its button posts the same way.
 */
@Controller
class UnsubscribeController {

	private final MailPreferences preferences;

	private final MessageSource messages;

	UnsubscribeController(MailPreferences preferences, MessageSource messages) {
		this.preferences = preferences;
		this.messages = messages;
	}

	@GetMapping(Links.UNSUBSCRIBE)
	String ask(@PathVariable String token, Locale locale, Model model) {
		NotificationKind kind = this.preferences.unsubscribing(token).orElseThrow(UnsubscribeController::notFound);
		return page(kind, token, false, locale, model);
	}

	@PostMapping(Links.UNSUBSCRIBE)
	String unsubscribe(@PathVariable String token, Locale locale, Model model) {
		NotificationKind kind = this.preferences.unsubscribe(token).orElseThrow(UnsubscribeController::notFound);
		return page(kind, token, true, locale, model);
	}

	private String page(NotificationKind kind, String token, boolean done, Locale locale, Model model) {
		String label = MailPreferencesController.label(new Localizer(this.messages, locale), kind);
		model.addAttribute("unsubscribe", new UnsubscribePage(label, Links.unsubscribe(token), done));
		return "pages/notifications/unsubscribe";
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
