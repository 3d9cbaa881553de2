package id.ngupi.web.security;

import java.io.IOException;

import id.ngupi.web.support.Links;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;

/**
 * Where the browser goes after a login attempt: back to the page the member came from (on
 * this site only), or to the page that explains why it failed.
 */
final class LoginOutcomes implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

	/**
	 * Back to the page the login started from ({@link LoginPageEntryPoint} names a
	 * members' page the visitor opened, the header's login link the page they were on),
	 * kept in the session when the login started; else the front page.
	 */
	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException {
		String target = LoginSession.takeContinue(request).orElse(Links.HOME);
		response.sendRedirect(response.encodeRedirectURL(target));
	}

	/**
	 * A failed link goes back to the account settings and leaves neither the intent nor
	 * its "linked" destination behind, so the next login in this session is a login; a
	 * failed login keeps where the member wanted to go, for the next try.
	 */
	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String code = (exception instanceof OAuth2AuthenticationException oauth) ? oauth.getError().getErrorCode()
				: "failed";
		// a refused link took the intent already; any earlier failure (cancelled at the
		// provider, bad state or code) still holds it
		boolean linking = LoginSession.takeLinking(request).isPresent();
		String target;
		if (code.startsWith(MemberUserService.LINK_REFUSED_PREFIX) || linking) {
			LoginSession.takeContinue(request);
			String linkError = code.startsWith(MemberUserService.LINK_REFUSED_PREFIX)
					? code.substring(MemberUserService.LINK_REFUSED_PREFIX.length()) : "failed";
			target = Links.SETTINGS_ACCOUNT + "?link-error=" + linkError;
		}
		else if (MemberUserService.SUSPENDED.equals(code)) {
			target = "/login?error=suspended";
		}
		else {
			target = "/login?error=failed";
		}
		response.sendRedirect(response.encodeRedirectURL(request.getContextPath() + target));
	}

}
