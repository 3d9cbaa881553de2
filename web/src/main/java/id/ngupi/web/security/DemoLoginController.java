package id.ngupi.web.security;

import id.ngupi.identity.Account;
import id.ngupi.identity.Accounts;
import id.ngupi.web.support.Links;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Conditional;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.view.RedirectView;

/**
 * "Try as a demo member": logs in as one of the demo accounts of a demo run, without any
 * OAuth provider. Exists only under {@link DemoLoginEnabled}.
 */
@Controller
@Conditional(DemoLoginEnabled.class)
class DemoLoginController {

	static final String REGISTRATION = "demo";

	private final Accounts accounts;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	DemoLoginController(Accounts accounts) {
		this.accounts = accounts;
	}

	@PostMapping(Links.DEMO_LOGIN)
	RedirectView logInAsDemoMember(@RequestParam String handle,
			@RequestParam(name = "continue", required = false) String continueTo, HttpServletRequest request,
			HttpServletResponse response) {
		Account account = this.accounts.findByHandle(handle)
			.filter(Account::demo)
			.filter(candidate -> !candidate.suspended())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));

		request.getSession();
		request.changeSessionId();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(new OAuth2AuthenticationToken(new MemberPrincipal(account.id()),
				MemberPrincipal.AUTHORITIES, REGISTRATION));
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
		RedirectView back = new RedirectView(SafeRedirect.of(continueTo).orElse("/"), true);
		back.setExpandUriTemplateVariables(false);
		return back;
	}

}
