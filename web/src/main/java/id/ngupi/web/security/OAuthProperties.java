package id.ngupi.web.security;

import id.ngupi.identity.Provider;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The OAuth clients of the two login providers. Credentials come from the environment
 * ({@code GITHUB_CLIENT_ID}, ...); a provider without them is not offered. Endpoints are
 * configurable so tests can point them at a stub on loopback.
 *
 * @param github the GitHub OAuth app
 * @param twitter the Twitter/X OAuth 2.0 client
 */
@ConfigurationProperties("ngupi.oauth")
record OAuthProperties(Client github, Client twitter) {

	Client of(Provider provider) {
		return switch (provider) {
			case GITHUB -> this.github;
			case TWITTER -> this.twitter;
		};
	}

	/**
	 * One provider's client.
	 *
	 * @param clientId the client id, empty when not configured
	 * @param clientSecret the client secret
	 * @param authorizationUri where the member is sent to authorise
	 * @param tokenUri where the code is exchanged for a token
	 * @param userInfoUri where the member's identity is read
	 */
	record Client(String clientId, String clientSecret, String authorizationUri, String tokenUri, String userInfoUri) {

		boolean configured() {
			return this.clientId != null && !this.clientId.isBlank() && this.clientSecret != null
					&& !this.clientSecret.isBlank();
		}

	}

}
