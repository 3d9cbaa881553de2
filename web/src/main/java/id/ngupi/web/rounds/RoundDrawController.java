package id.ngupi.web.rounds;

import java.util.Locale;

import id.ngupi.identity.Account;
import id.ngupi.web.security.CurrentMemberFilter;
import id.ngupi.web.support.Links;
import id.ngupi.web.time.ViewerZone;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.server.ResponseStatusException;

/**
 * How a round was decided, {@code /putaran/{id}/undian}, for anyone to check. Before the
 * round is decided the page exists already and shows the seed's hash published when the
 * window opened, so that a link shared then keeps working and the commitment can be noted
 * down before the draw.
 */
@Controller
class RoundDrawController {

	private final RoundPages pages;

	RoundDrawController(RoundPages pages) {
		this.pages = pages;
	}

	@GetMapping(Links.ROUND_DRAW)
	String draw(@PathVariable String id,
			@RequestAttribute(name = CurrentMemberFilter.ATTRIBUTE, required = false) Account viewer, ViewerZone zone,
			Locale locale, Model model) {
		RoundPages.Target target = this.pages.find(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("draw", this.pages.drawPage(target, viewer, zone, locale));
		return "pages/rounds/draw";
	}

}
