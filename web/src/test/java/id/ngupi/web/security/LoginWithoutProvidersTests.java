package id.ngupi.web.security;

import id.ngupi.identity.Provider;
import id.ngupi.web.NgupiWebTest;
import id.ngupi.web.security.Browser.Page;
import id.ngupi.web.support.Links;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A server without OAuth credentials (the shared web test context has none): no provider
 * is offered and none can be started by its URL.
 */
@NgupiWebTest
class LoginWithoutProvidersTests {

	@LocalServerPort
	int port;

	@Test
	void loginPageOffersNoProviderThatHasNoCredentials() {
		Document login = new Browser(this.port).get(Links.LOGIN).document();

		assertThat(login.select(".login__providers")).isEmpty();
		assertThat(login.select("a[href^=/oauth2/]")).isEmpty();
		assertThat(login.select(".notice").text()).contains("GITHUB_CLIENT_ID", "TWITTER_CLIENT_ID");
	}

	@ParameterizedTest
	@EnumSource(Provider.class)
	void providerWithoutCredentialsStartsNoLogin(Provider provider) {
		Browser browser = new Browser(this.port);

		Page start = browser.get(Links.loginWith(provider.id()));

		assertThat(start.status()).isEqualTo(404);
		assertThat(start.location()).isEmpty();
		assertThat(browser.cookie(OAuthLoginTests.SESSION_COOKIE)).as("nothing waits in a session").isEmpty();
	}

}
