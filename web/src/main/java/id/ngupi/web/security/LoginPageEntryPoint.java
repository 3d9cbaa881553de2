package id.ngupi.web.security;

import id.ngupi.web.support.Links;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpMethod;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * Sends a visitor who opened a members' page to the login page, naming that page as the
 * {@code continue} target: the login page hands it to every way of logging in (each
 * provider and the demo forms), so the member comes back to the very page, its query
 * included (the booking form of the time they picked). Only a page to look at (GET) is
 * named, only a path on this site ({@link SafeRedirect}); and the {@code Location} is
 * relative, since an absolute one would be built from the request's {@code Host} header,
 * which the sender chooses. Nothing is kept in a session for it: a visitor (or crawler)
 * following a link to a members' page gets none.
 */
final class LoginPageEntryPoint extends LoginUrlAuthenticationEntryPoint {

	LoginPageEntryPoint() {
		super(Links.LOGIN);
		setFavorRelativeUris(true);
	}

	@Override
	protected String determineUrlToUseForThisRequest(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) {
		String login = super.determineUrlToUseForThisRequest(request, response, exception);
		if (!HttpMethod.GET.matches(request.getMethod()) || !Links.LOGIN.equals(login)) {
			return login;
		}
		String query = request.getQueryString();
		String here = (query != null) ? request.getRequestURI() + "?" + query : request.getRequestURI();
		return SafeRedirect.of(here).map(Links::login).orElse(login);
	}

}
