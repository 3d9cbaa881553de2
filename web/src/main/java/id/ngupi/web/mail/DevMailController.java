package id.ngupi.web.mail;

import java.nio.charset.StandardCharsets;

import id.ngupi.notifications.LocalMail;
import id.ngupi.notifications.LocalMailbox;
import id.ngupi.web.support.Links;

import org.springframework.context.annotation.Profile;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The local run's mailbox: every mail Ngupi would have sent without a mail server, with
 * its text, its HTML and its attachments, so that a developer sees what each step of the
 * demo mails and can follow a verification link. It shows every member's secrets, so it
 * exists only in the {@code local} profile, not even as a disabled endpoint elsewhere.
 */
@Controller
@Profile("local")
class DevMailController {

	/**
	 * A mail's own HTML, with its inline styles (mail clients need them) and nothing
	 * else: no script, no form, no frame.
	 */
	static final String MAIL_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; "
			+ "frame-ancestors 'none'; form-action 'none'; sandbox allow-top-navigation-by-user-activation";

	private final LocalMailbox mailbox;

	DevMailController(LocalMailbox mailbox) {
		this.mailbox = mailbox;
	}

	@GetMapping(Links.DEV_MAIL)
	String mailbox(Model model) {
		model.addAttribute("mails", this.mailbox.recent());
		return "pages/devMail";
	}

	@GetMapping(Links.DEV_MAIL_HTML)
	ResponseEntity<String> html(@PathVariable String id) {
		LocalMail mail = find(id);
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.cacheControl(CacheControl.noStore())
			.header("Content-Security-Policy", MAIL_POLICY)
			.body(mail.html());
	}

	@GetMapping(Links.DEV_MAIL_ATTACHMENT)
	ResponseEntity<String> attachment(@PathVariable String id, @PathVariable int index) {
		LocalMail mail = find(id);
		if (index < 0 || index >= mail.attachments().size()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		LocalMail.Attachment file = mail.attachments().get(index);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType().replaceAll("\\s+", " ")))
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.name()).build().toString())
			.body(file.content());
	}

	private LocalMail find(String id) {
		return this.mailbox.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
