package id.ngupi.web.security;

import id.ngupi.identity.Provider;
import id.ngupi.web.support.SiteUrl;
import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

import static org.assertj.core.api.Assertions.assertThat;

class LoginProvidersTests {

	private static final OAuthProperties.Client GITHUB = new OAuthProperties.Client("github-id", "github-secret",
			"https://github.com/login/oauth/authorize", "https://github.com/login/oauth/access_token",
			"https://api.github.com/user");

	private static final OAuthProperties.Client TWITTER = new OAuthProperties.Client("x-id", "x-secret",
			"https://x.com/i/oauth2/authorize", "https://api.x.com/2/oauth2/token",
			"https://api.x.com/2/users/me?user.fields=profile_image_url");

	private static final SiteUrl SITE = new SiteUrl("https://ngupi.example/");

	@Test
	void everyProviderSendsTheMemberBackToTheConfiguredAddressNeverToTheRequestsHost() {
		LoginProviders providers = new LoginProviders(new OAuthProperties(GITHUB, TWITTER), SITE);

		assertThat(providers).extracting(ClientRegistration::getRedirectUri)
			.containsExactly("https://ngupi.example/login/oauth2/code/{registrationId}",
					"https://ngupi.example/login/oauth2/code/{registrationId}");
	}

	@Test
	void offersOnlyTheProvidersThatHaveAClientIdAndSecret() {
		OAuthProperties.Client twitterWithoutSecret = new OAuthProperties.Client("x-id", " ",
				TWITTER.authorizationUri(), TWITTER.tokenUri(), TWITTER.userInfoUri());

		LoginProviders providers = new LoginProviders(new OAuthProperties(GITHUB, twitterWithoutSecret), SITE);

		assertThat(providers.available()).containsExactly(Provider.GITHUB);
		assertThat(providers.findByRegistrationId("twitter")).isNull();
		assertThat(providers).extracting(ClientRegistration::getRegistrationId).containsExactly("github");
	}

	@Test
	void offersNothingWithoutCredentials() {
		OAuthProperties.Client blank = new OAuthProperties.Client("", "", GITHUB.authorizationUri(), GITHUB.tokenUri(),
				GITHUB.userInfoUri());

		LoginProviders providers = new LoginProviders(new OAuthProperties(blank, null), SITE);

		assertThat(providers.isEmpty()).isTrue();
		assertThat(providers.available()).isEmpty();
	}

	@Test
	void twitterIsAConfidentialClientUsingTheAuthorizationCodeGrant() {
		ClientRegistration twitter = new LoginProviders(new OAuthProperties(GITHUB, TWITTER), SITE)
			.findByRegistrationId("twitter");

		assertThat(twitter.getAuthorizationGrantType()).isEqualTo(AuthorizationGrantType.AUTHORIZATION_CODE);
		assertThat(twitter.getClientAuthenticationMethod()).isEqualTo(ClientAuthenticationMethod.CLIENT_SECRET_BASIC);
		assertThat(twitter.getScopes()).containsExactlyInAnyOrder("users.read", "tweet.read");
		assertThat(twitter.getRedirectUri()).isEqualTo("https://ngupi.example/login/oauth2/code/{registrationId}");
		assertThat(twitter.getProviderDetails().getUserInfoEndpoint().getUserNameAttributeName()).isEqualTo("id");
	}

}
