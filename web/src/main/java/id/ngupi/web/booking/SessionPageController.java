package id.ngupi.web.booking;

import java.util.Locale;

import id.ngupi.booking.Booking;
import id.ngupi.identity.Account;
import id.ngupi.web.security.CurrentMemberFilter;
import id.ngupi.web.support.FormErrors;
import id.ngupi.web.support.Links;
import id.ngupi.web.time.ViewerZone;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;

/**
 * The page of each session, {@code /sesi/{id}}, with what its participants can do there.
 * A session the member takes no part in is not found.
 */
@Controller
class SessionPageController {

	private final SessionPages pages;

	SessionPageController(SessionPages pages) {
		this.pages = pages;
	}

	@GetMapping(Links.SESSION)
	String session(@RequestAttribute(CurrentMemberFilter.ATTRIBUTE) Account member, @PathVariable String id,
			ViewerZone zone, Locale locale, Model model) {
		Booking booking = this.pages.participating(member, id);
		return this.pages.render(member, booking, FormErrors.NONE, FormErrors.NONE, null, zone, locale, model);
	}

}
