package id.ngupi.web.security;

import java.io.IOException;
import java.util.Optional;

import id.ngupi.identity.Account;
import id.ngupi.identity.Accounts;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Loads the logged-in member's account once per request (for the page header and the
 * controllers, as the request attribute {@link #ATTRIBUTE}), as {@link KeptMembers} keeps
 * it. Runs inside the security filter chain, after authentication, and is not a bean of
 * its own so that it is not registered a second time as a plain servlet filter. A session
 * whose account was deleted or suspended since is ended at once; a suspended member is
 * shown why.
 */
public class CurrentMemberFilter extends OncePerRequestFilter {

	/** The request attribute holding the logged-in member's {@link Account}. */
	public static final String ATTRIBUTE = "ngupi.currentMember";

	private final Accounts accounts;

	private final KeptMembers members;

	CurrentMemberFilter(Accounts accounts, KeptMembers members) {
		this.accounts = accounts;
		this.members = members;
	}

	/** Static files need no member: no account lookup for them. */
	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/css/") || path.startsWith("/img/") || path.startsWith("/js/")
				|| path.startsWith("/webjars/") || path.equals("/favicon.ico");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof MemberPrincipal member) {
			Optional<Account> account = this.members.find(member.accountId(), this.accounts::find);
			if (account.isEmpty() || account.get().suspended()) {
				endSession(request);
				if (account.isPresent()) {
					LoginSession.rememberSuspension(request, account.get().suspendedReason());
					String target = request.getContextPath() + "/login?error=suspended";
					if (request.getHeader("HX-Request") != null) {
						// htmx would follow a 302 and swap the login page into a fragment
						response.setHeader("HX-Redirect", target);
					}
					else {
						response.sendRedirect(target);
					}
					return;
				}
			}
			else {
				request.setAttribute(ATTRIBUTE, account.get());
			}
		}
		chain.doFilter(request, response);
	}

	private static void endSession(HttpServletRequest request) {
		SecurityContextHolder.clearContext();
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
	}

}
