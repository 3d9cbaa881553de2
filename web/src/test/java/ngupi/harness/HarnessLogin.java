package ngupi.harness;

import id.ngupi.identity.Account;
import id.ngupi.identity.AccountId;
import id.ngupi.identity.Accounts;
import id.ngupi.web.security.MemberPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The load harness's way in: logs in as any member without an OAuth provider, creating
 * the same session the real login does ({@link MemberPrincipal} in an
 * {@link OAuth2AuthenticationToken}, kept by the session store), like the demo login does
 * for demo accounts. Never part of the application: it lives in the test sources, outside
 * {@code id.ngupi} so that no component scan (the application's or the tests') finds it,
 * and only {@code id.ngupi.LoadHarness} registers it.
 */
@RestController
public class HarnessLogin {

	/** Where the login page is and the login form goes. */
	public static final String PATH = "/harness/login";

	static final String REGISTRATION = "harness";

	private final Accounts accounts;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	HarnessLogin(Accounts accounts) {
		this.accounts = accounts;
	}

	/**
	 * A login page with nothing but the form's CSRF token: visitors' pages carry none,
	 * and the login is a POST like every state change.
	 */
	@GetMapping(path = PATH, produces = MediaType.TEXT_HTML_VALUE)
	String page(CsrfToken csrf) {
		return "<form method=\"post\"><input type=\"hidden\" name=\"" + csrf.getParameterName() + "\" value=\""
				+ csrf.getToken() + "\"></form>";
	}

	@PostMapping(PATH)
	ResponseEntity<Void> logIn(@RequestParam("account") String accountId, HttpServletRequest request,
			HttpServletResponse response) {
		Account account = this.accounts.find(AccountId.of(accountId))
			.filter(candidate -> !candidate.suspended())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));

		request.getSession();
		request.changeSessionId();
		MemberPrincipal principal = MemberPrincipal.of(account.id());
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(new OAuth2AuthenticationToken(principal, principal.getAuthorities(), REGISTRATION));
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
		return ResponseEntity.noContent().build();
	}

}
