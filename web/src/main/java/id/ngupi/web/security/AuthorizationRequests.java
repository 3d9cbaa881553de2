package id.ngupi.web.security;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Where {@code /oauth2/authorization/{provider}} sends the browser: to the provider's
 * authorize endpoint with state and PKCE (S256), for every provider. Only a provider with
 * credentials can be started; any other name is a page that does not exist (404), where
 * Spring Security would answer a server error.
 */
final class AuthorizationRequests implements OAuth2AuthorizationRequestResolver {

	static final String BASE_URI = "/oauth2/authorization";

	private static final String REGISTRATION_ID = "registrationId";

	private final RequestMatcher startOfLogin = PathPatternRequestMatcher.withDefaults()
		.matcher(BASE_URI + "/{" + REGISTRATION_ID + "}");

	private final LoginProviders providers;

	private final DefaultOAuth2AuthorizationRequestResolver resolver;

	AuthorizationRequests(LoginProviders providers) {
		this.providers = providers;
		this.resolver = new DefaultOAuth2AuthorizationRequestResolver(providers, BASE_URI);
		this.resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
	}

	@Override
	public OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
		RequestMatcher.MatchResult match = this.startOfLogin.matcher(request);
		if (!match.isMatch() || !offered(match.getVariables().get(REGISTRATION_ID))) {
			return null;
		}
		// the login starts (and with it the session): now keep where to return to
		LoginSession.rememberContinue(request, request.getParameter("continue"));
		return this.resolver.resolve(request);
	}

	@Override
	public OAuth2AuthorizationRequest resolve(HttpServletRequest request, String registrationId) {
		return offered(registrationId) ? this.resolver.resolve(request, registrationId) : null;
	}

	private boolean offered(String registrationId) {
		return registrationId != null && this.providers.findByRegistrationId(registrationId) != null;
	}

}
