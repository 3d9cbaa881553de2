package id.ngupi.web.security;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import id.ngupi.booking.OpenSlots;
import id.ngupi.hosting.Hosting;
import id.ngupi.identity.Account;
import id.ngupi.identity.Account.LinkedIdentity;
import id.ngupi.identity.Accounts;
import id.ngupi.identity.Provider;
import id.ngupi.web.TestEndpoints;
import id.ngupi.web.booking.Bookers;
import id.ngupi.web.booking.Bookers.Host;
import id.ngupi.web.browser.Chromium;
import id.ngupi.web.profile.Members;
import id.ngupi.web.security.StubProviders.ProviderUser;
import id.ngupi.web.support.Links;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OAuth login and linking in a real browser, under the site's
 * Content-Security-Policy, with the stub providers answering on another origin (as GitHub
 * and X do). Linking is a form answered with a redirect to the provider, which Chrome
 * checks against {@code form-action}: only with the providers' origins in it does the
 * member get there (and back). The site is served on its configured address
 * ({@code ngupi.base-url}), so the browser follows the very {@code redirect_uri} the site
 * sends to the provider.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@Import(TestEndpoints.class)
@ExtendWith(Chromium.Tests.class)
class ProviderLoginBrowserTests {

	static final StubProviders providers = StubProviders.start();

	static final int port = freePort();

	private final String site = "http://localhost:" + port;

	private final Chromium chromium;

	private final ChromeDriver browser;

	private final Accounts accounts;

	private final Hosting hosting;

	private final OpenSlots openSlots;

	ProviderLoginBrowserTests(Chromium chromium, @Autowired Accounts accounts, @Autowired Hosting hosting,
			@Autowired OpenSlots openSlots) {
		this.chromium = chromium;
		this.browser = (chromium != null) ? chromium.driver() : null;
		this.accounts = accounts;
		this.hosting = hosting;
		this.openSlots = openSlots;
	}

	@DynamicPropertySource
	static void providersAndTheSiteAddress(DynamicPropertyRegistry registry) {
		providers.register(registry);
		registry.add("server.port", () -> port);
		registry.add("ngupi.base-url", () -> "http://localhost:" + port);
	}

	@AfterAll
	static void stopTheStub() {
		providers.stop();
	}

	@AfterEach
	void nothingWasLoggedToTheConsole() {
		if (this.chromium != null) {
			assertThat(this.chromium.consoleProblems(this.site)).as("browser console").isEmpty();
		}
	}

	@Test
	void aVisitorLogsInWithAProviderAndComesBackToWhereTheyWere() {
		ProviderUser user = OAuthLoginTests.user(Provider.GITHUB, "peramban", "Peramban");
		providers.authorizeInTheBrowser(user);
		this.browser
			.get(this.site + Links.LOGIN + "?continue=" + URLEncoder.encode("/?q=kopi ☕", StandardCharsets.UTF_8));

		this.browser.findElement(By.cssSelector(".login__providers a.button--github")).click();

		this.chromium.waitFor("back from the provider, logged in",
				() -> !this.browser.findElements(By.cssSelector(".member-nav__me")).isEmpty());
		URI back = URI.create(this.browser.getCurrentUrl());
		assertThat(back.getAuthority()).isEqualTo("localhost:" + port);
		assertThat(back.getRawPath() + "?" + back.getRawQuery()).isEqualTo("/?q=kopi%20%E2%98%95");
		assertThat(this.browser.findElement(By.cssSelector(".member-nav__me")).getText()).isEqualTo("Peramban");
	}

	@Test
	void aVisitorWhoPicksATimeLogsInWithAProviderAndLandsOnTheBookingFormOfThatTime() {
		Host host = new Bookers(this.accounts, this.hosting, this.openSlots).host("pilihwaktu", false);
		ProviderUser user = OAuthLoginTests.user(Provider.TWITTER, "pemilih", "Pemilih Waktu");
		providers.authorizeInTheBrowser(user);
		this.browser.get(this.site + Links.profile(host.handle()));
		WebElement slot = this.browser.findElement(By.cssSelector(".slot a"));
		String start = slot.findElement(By.tagName("time")).getAttribute("datetime");
		URI picked = URI.create(slot.getAttribute("href"));

		slot.click();
		this.chromium.waitFor("the login page",
				() -> !this.browser.findElements(By.cssSelector(".login__providers")).isEmpty());
		this.browser.findElement(By.cssSelector(".login__providers a.button--twitter")).click();

		this.chromium.waitFor("back from the provider on the booking form",
				() -> !this.browser.findElements(By.cssSelector(".booking-form__time")).isEmpty());
		URI form = URI.create(this.browser.getCurrentUrl());
		assertThat(form.getAuthority()).isEqualTo("localhost:" + port);
		assertThat(form.getRawPath() + "?" + form.getRawQuery())
			.isEqualTo(picked.getRawPath() + "?" + picked.getRawQuery());
		assertThat(this.browser.findElement(By.cssSelector(".booking-form__time time")).getAttribute("datetime"))
			.isEqualTo(start);
		assertThat(this.browser.findElement(By.cssSelector(".member-nav__me")).getText()).isEqualTo("Pemilih Waktu");
	}

	@Test
	void aMemberLinksAnotherProviderThroughTheFormOnTheAccountPage() {
		Account member = Members.create(this.accounts, "taut");
		ProviderUser atX = OAuthLoginTests.user(Provider.TWITTER, "taut-x", "Taut di X");
		providers.authorizeInTheBrowser(atX);
		this.browser.get(this.site + "/test-only/login?handle=" + member.handle().value());
		this.browser.get(this.site + Links.SETTINGS_ACCOUNT);

		this.browser.findElement(By.cssSelector("form[action='" + Links.linkProvider("twitter") + "'] button")).click();

		this.chromium.waitFor("back on the account page with X linked",
				() -> this.browser.getCurrentUrl().endsWith("?linked=twitter"));
		assertThat(this.accounts.find(member.id()).orElseThrow().identities()).extracting(LinkedIdentity::provider)
			.containsExactly(Provider.GITHUB, Provider.TWITTER);
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
