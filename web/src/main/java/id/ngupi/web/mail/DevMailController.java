package id.ngupi.web.mail;

import id.ngupi.web.support.Links;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The demo run's mailbox: every mail Ngupi would have sent, with its links, so that a
 * developer can follow a verification link without a mail server. It shows every member's
 * secrets, so it exists only in the {@code demo} profile, not even as a disabled endpoint
 * elsewhere.
 */
@Controller
@Profile("demo")
class DevMailController {

	private final LocalMailLog mails;

	DevMailController(LocalMailLog mails) {
		this.mails = mails;
	}

	@GetMapping(Links.DEV_MAIL)
	String mailbox(Model model) {
		model.addAttribute("mails", this.mails.recent());
		return "pages/devMail";
	}

}
