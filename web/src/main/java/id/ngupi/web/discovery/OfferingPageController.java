package id.ngupi.web.discovery;

import java.util.Locale;

import id.ngupi.identity.Account;
import id.ngupi.identity.Accounts;
import id.ngupi.web.security.CurrentMemberFilter;
import id.ngupi.web.time.ViewerZone;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.server.ResponseStatusException;

/**
 * The page of one of a host's offerings, {@code /@handle/ngupi/{offeringId}}, with all
 * its times within the booking horizon. Not found: an unknown handle, a suspended
 * account, an id that is no offering of this host's, a retired offering.
 */
@Controller
class OfferingPageController {

	private final Accounts accounts;

	private final HostPages hostPages;

	OfferingPageController(Accounts accounts, HostPages hostPages) {
		this.accounts = accounts;
		this.hostPages = hostPages;
	}

	@GetMapping("/@{handle}/ngupi/{offering}")
	String offering(@PathVariable String handle, @PathVariable String offering,
			@RequestAttribute(name = CurrentMemberFilter.ATTRIBUTE, required = false) Account viewer, ViewerZone zone,
			Locale locale, Model model) {
		OfferingPage page = this.accounts.findByHandle(handle)
			.filter(member -> !member.suspended())
			.flatMap(member -> this.hostPages.offeringPage(member, offering, viewer, zone, locale))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("offeringPage", page);
		return "pages/offering";
	}

}
