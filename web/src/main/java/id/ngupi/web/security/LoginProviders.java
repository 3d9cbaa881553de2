package id.ngupi.web.security;

import java.net.URI;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.ngupi.identity.Provider;
import id.ngupi.web.support.SiteUrl;

import org.springframework.security.config.oauth2.client.CommonOAuth2Provider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/**
 * The OAuth client registrations of the providers that have credentials; possibly none,
 * in which case no provider is offered on the login page.
 */
public class LoginProviders implements ClientRegistrationRepository, Iterable<ClientRegistration> {

	/**
	 * Where a provider sends the member back, on the configured site address: never
	 * Spring's {@code {baseUrl}}, which is taken from the request's {@code Host} (or
	 * {@code X-Forwarded-Host}) header and so chosen by whoever sends it.
	 */
	static final String CALLBACK_PATH = "/login/oauth2/code/{registrationId}";

	private final Map<String, ClientRegistration> registrations = new LinkedHashMap<>();

	LoginProviders(OAuthProperties properties, SiteUrl site) {
		String redirectUri = site.absolute(CALLBACK_PATH);
		for (Provider provider : Provider.values()) {
			OAuthProperties.Client client = properties.of(provider);
			if (client != null && client.configured()) {
				this.registrations.put(provider.id(), registration(provider, client, redirectUri));
			}
		}
	}

	/** The providers a member can log in with, in the order shown. */
	public List<Provider> available() {
		return Arrays.stream(Provider.values())
			.filter(provider -> this.registrations.containsKey(provider.id()))
			.toList();
	}

	/**
	 * The origins ({@code https://github.com}) of the providers' authorize endpoints, in
	 * the order shown: where a form on this site may lead (linking a provider is a form
	 * whose answer redirects there).
	 */
	public List<String> authorizationOrigins() {
		return this.registrations.values()
			.stream()
			.map(registration -> URI.create(registration.getProviderDetails().getAuthorizationUri()))
			.map(uri -> uri.getScheme() + "://" + uri.getRawAuthority())
			.distinct()
			.toList();
	}

	public boolean isEmpty() {
		return this.registrations.isEmpty();
	}

	@Override
	public ClientRegistration findByRegistrationId(String registrationId) {
		return this.registrations.get(registrationId);
	}

	@Override
	public Iterator<ClientRegistration> iterator() {
		return this.registrations.values().iterator();
	}

	private static ClientRegistration registration(Provider provider, OAuthProperties.Client client,
			String redirectUri) {
		ClientRegistration.Builder builder = switch (provider) {
			// GitHub is not OpenID Connect: user info from /user, identified by its
			// numeric id.
			case GITHUB -> CommonOAuth2Provider.GITHUB.getBuilder(provider.id()).scope("read:user");
			// Twitter/X: OAuth 2.0 authorization code with PKCE; /2/users/me wraps the
			// user in "data".
			case TWITTER -> ClientRegistration.withRegistrationId(provider.id())
				.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
				.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
				.scope("users.read", "tweet.read")
				.userNameAttributeName("id")
				.clientName(provider.displayName());
		};
		return builder.redirectUri(redirectUri)
			.clientId(client.clientId())
			.clientSecret(client.clientSecret())
			.authorizationUri(client.authorizationUri())
			.tokenUri(client.tokenUri())
			.userInfoUri(client.userInfoUri())
			.build();
	}

}
