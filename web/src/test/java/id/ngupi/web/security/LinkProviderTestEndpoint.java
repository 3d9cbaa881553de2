package id.ngupi.web.security;

import id.ngupi.identity.Account;
import id.ngupi.identity.Provider;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * Starts linking a provider the way the account settings page will ({@code POST
 * /settings/account/link/{provider}}, built on another branch): through
 * {@link ProviderLinking#start}, for the logged-in member, with a CSRF token.
 */
@Controller
class LinkProviderTestEndpoint {

	static final String PATH = "/test-only/link/";

	@PostMapping(PATH + "{provider}")
	String startLinking(@PathVariable String provider, HttpServletRequest request) {
		if (!(request.getAttribute(CurrentMemberFilter.ATTRIBUTE) instanceof Account member)) {
			throw new ResponseStatusException(HttpStatus.UNAUTHORIZED);
		}
		Provider linked = Provider.fromId(provider)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return "redirect:" + ProviderLinking.start(request, member.id(), linked);
	}

}
