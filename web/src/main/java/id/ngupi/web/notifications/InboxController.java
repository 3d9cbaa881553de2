package id.ngupi.web.notifications;

import java.util.Locale;

import id.ngupi.identity.Account;
import id.ngupi.notifications.Inbox;
import id.ngupi.notifications.MailPreferences;
import id.ngupi.notifications.NotificationId;
import id.ngupi.web.security.CurrentMemberFilter;
import id.ngupi.web.support.Links;
import id.ngupi.web.support.Notice;
import id.ngupi.web.time.TimeFormat;
import id.ngupi.web.time.ViewerZone;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The member's inbox at {@code /kabar}: everything they were told, newest first, with
 * marking one or all read, and the header's bell that htmx refreshes (no more often than
 * once a minute). A notification that is not the member's is not found.
 */
@Controller
class InboxController {

	private final Inbox inbox;

	private final MailPreferences preferences;

	InboxController(Inbox inbox, MailPreferences preferences) {
		this.inbox = inbox;
		this.preferences = preferences;
	}

	@GetMapping(Links.INBOX)
	String inbox(@RequestAttribute(CurrentMemberFilter.ATTRIBUTE) Account member, ViewerZone zone, Locale locale,
			Model model) {
		TimeFormat times = TimeFormat.of(zone, locale);
		var items = this.inbox.latest(member.id(), locale, zone.zone())
			.stream()
			.map(entry -> new InboxPage.Item(entry.id().toString(), entry.title(), entry.text(), entry.link(),
					times.dateTime(entry.createdAt()), entry.createdAt().toString(), entry.read()))
			.toList();
		model.addAttribute("inbox",
				new InboxPage(items, this.inbox.unread(member.id()), mailState(member), Notice.flashed(model)));
		return "pages/notifications/inbox";
	}

	/** The bell alone: the fragment htmx swaps into the header. */
	@GetMapping(Links.INBOX_BELL)
	String bell(@RequestAttribute(CurrentMemberFilter.ATTRIBUTE) Account member, Model model) {
		model.addAttribute("unread", this.inbox.unread(member.id()));
		return "notifications/bell";
	}

	@PostMapping(Links.INBOX_READ)
	String read(@RequestAttribute(CurrentMemberFilter.ATTRIBUTE) Account member, @PathVariable String id) {
		boolean theirs = NotificationId.parse(id)
			.map(notification -> this.inbox.markRead(member.id(), notification))
			.orElse(false);
		if (!theirs) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return "redirect:" + Links.INBOX;
	}

	@PostMapping(Links.INBOX_READ_ALL)
	String readAll(@RequestAttribute(CurrentMemberFilter.ATTRIBUTE) Account member, RedirectAttributes redirect) {
		this.inbox.markAllRead(member.id());
		redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.success("kabar.readAll.done"));
		return "redirect:" + Links.INBOX;
	}

	private InboxPage.MailState mailState(Account member) {
		boolean verified = member.email() != null && member.emailVerified();
		return new InboxPage.MailState(verified, verified ? member.email() : null,
				this.preferences.refusal(member.id()).orElse(null));
	}

}
