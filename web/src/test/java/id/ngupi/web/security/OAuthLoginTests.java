package id.ngupi.web.security;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import id.ngupi.booking.OpenSlots;
import id.ngupi.hosting.Hosting;
import id.ngupi.identity.Account;
import id.ngupi.identity.Account.LinkedIdentity;
import id.ngupi.identity.Accounts;
import id.ngupi.identity.Provider;
import id.ngupi.web.NgupiWebTest;
import id.ngupi.web.booking.Bookers;
import id.ngupi.web.booking.Bookers.Host;
import id.ngupi.web.security.Browser.Page;
import id.ngupi.web.security.StubProviders.ProviderUser;
import id.ngupi.web.security.StubProviders.TokenRequest;
import id.ngupi.web.support.Links;
import id.ngupi.web.support.SiteUrl;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The whole OAuth 2.0 authorization-code login, for GitHub and Twitter/X, through the
 * real server: the app sends the browser to the provider with state and PKCE, the test
 * plays the provider's redirect back, and the app exchanges the code at a stub token
 * endpoint on loopback, reads the user info and signs the member in. Every nested group
 * shares this class's one application context (and database).
 */
@NgupiWebTest
@Import(LinkProviderTestEndpoint.class)
class OAuthLoginTests {

	static final String SESSION_COOKIE = "NGUPI_SESSION";

	static final StubProviders providers = StubProviders.start();

	private static final AtomicLong sequence = new AtomicLong(1000);

	@LocalServerPort
	int port;

	final Accounts accounts;

	final JdbcTemplate jdbc;

	final SiteUrl site;

	OAuthLoginTests(@Autowired Accounts accounts, @Autowired JdbcTemplate jdbc, @Autowired SiteUrl site) {
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.site = site;
	}

	@DynamicPropertySource
	static void pointBothProvidersAtTheStub(DynamicPropertyRegistry registry) {
		providers.register(registry);
	}

	@AfterAll
	static void stopTheStub() {
		providers.stop();
	}

	@Nested
	class FirstLogin {

		@Test
		void loginPageOffersEveryProviderThatHasCredentials() {
			Page login = visitor().get(Links.LOGIN);

			assertThat(login.document().select(".login__providers a").eachAttr("href"))
				.containsExactly("/oauth2/authorization/github", "/oauth2/authorization/twitter");
		}

		@ParameterizedTest
		@EnumSource(Provider.class)
		void loginSendsTheBrowserToTheProviderWithStateAndPkce(Provider provider) {
			Browser browser = visitor();

			Page start = browser.get(Links.loginWith(provider.id()));

			assertThat(start.status()).isEqualTo(302);
			AuthorizationRedirect authorize = AuthorizationRedirect.of(start);
			assertThat(authorize.endpoint()).isEqualTo(providers.authorizationEndpoint(provider));
			assertThat(authorize.param("response_type")).isEqualTo("code");
			assertThat(authorize.param("client_id")).isEqualTo(clientId(provider));
			assertThat(authorize.param("scope"))
				.isEqualTo((provider == Provider.GITHUB) ? "read:user" : "users.read tweet.read");
			assertThat(authorize.param("redirect_uri")).as("on the configured address of the site")
				.isEqualTo(site.absolute("/login/oauth2/code/" + provider.id()));
			assertThat(authorize.param("state")).hasSizeGreaterThanOrEqualTo(32);
			assertThat(authorize.param("code_challenge")).matches("[A-Za-z0-9_-]{43}");
			assertThat(authorize.param("code_challenge_method")).isEqualTo("S256");
			assertThat(browser.cookie(SESSION_COOKIE)).as("the login waits in a session").isPresent();
		}

		@ParameterizedTest
		@EnumSource(Provider.class)
		void loginExchangesTheCodeWithPkceAndClientAuthenticationAndCreatesTheAccount(Provider provider) {
			Browser browser = visitor();
			ProviderUser user = user(provider, "sekar", "Sekar Ayu");

			LoginAttempt login = logIn(browser, user);

			assertRedirect(browser, login.callback(), "/");
			providers.verifyExchanged(provider, login.code(), clientId(provider), clientSecret(provider));
			List<TokenRequest> exchanges = providers.tokenRequests(provider, login.code());
			assertThat(exchanges).as("the code is exchanged exactly once").hasSize(1);
			TokenRequest exchange = exchanges.get(0);
			assertThat(exchange.form()).containsEntry("grant_type", "authorization_code")
				.containsEntry("code", login.code())
				.containsEntry("redirect_uri", login.authorize().param("redirect_uri"))
				.doesNotContainKey("client_secret");
			assertThat(exchange.form()).containsKey("code_verifier");
			assertThat(s256(exchange.form().get("code_verifier")))
				.as("the verifier belongs to the challenge sent with the browser")
				.isEqualTo(login.authorize().param("code_challenge"));
			assertThat(exchange.basicCredentials()).isEqualTo(clientId(provider) + ":" + clientSecret(provider));

			Account account = accountOf(user);
			assertThat(account.handle().value()).isEqualTo(user.username());
			assertThat(account.displayName()).isEqualTo("Sekar Ayu");
			assertThat(account.avatarUrl()).isEqualTo(user.avatarUrl());
			assertThat(account.suspended()).isFalse();
			assertThat(account.identities()).singleElement().satisfies(identity -> {
				assertThat(identity.provider()).isEqualTo(provider);
				assertThat(identity.providerUserId()).isEqualTo(user.id());
				assertThat(identity.username()).isEqualTo(user.username());
				assertThat(identity.lastLoginAt()).isNotNull();
			});
			assertThat(browser.get("/").memberName()).hasValue("Sekar Ayu");
		}

		@Test
		void githubUserWithoutANameIsShownByTheirUsername() {
			Browser browser = visitor();
			ProviderUser user = user(Provider.GITHUB, "anonim", null);

			logIn(browser, user);

			assertThat(accountOf(user).displayName()).isEqualTo(user.username());
			assertThat(browser.get("/").memberName()).hasValue(user.username());
		}

		@Test
		void pictureAddressTooLongToKeepDoesNotStopTheLogin() {
			String tooLong = "https://avatars.githubusercontent.com/u/1?v=" + "4".repeat(500);
			ProviderUser user = user(Provider.GITHUB, "panjang", "Panjang");
			ProviderUser withLongPicture = new ProviderUser(user.provider(), user.id(), user.username(), user.name(),
					tooLong);

			for (int login = 1; login <= 2; login++) {
				Browser browser = visitor();
				assertRedirect(browser, logIn(browser, login == 1 ? user : withLongPicture).callback(), "/");
				assertThat(browser.get("/").memberName()).hasValue("Panjang");
			}

			assertThat(accountOf(user).avatarUrl()).isEqualTo(user.avatarUrl());
		}

		@Test
		void loginGivesTheSessionANewIdAndTheOldOneLogsNobodyIn() {
			Browser browser = visitor();
			ProviderUser user = user(Provider.GITHUB, "fiksasi", "Fiksasi");
			Page start = browser.get(Links.loginWith("github"));
			String before = browser.cookie(SESSION_COOKIE).orElseThrow();

			LoginAttempt login = returnFromProvider(browser, start, user);

			assertRedirect(browser, login.callback(), "/");
			String after = browser.cookie(SESSION_COOKIE).orElseThrow();
			assertThat(after).isNotEqualTo(before);
			assertThat(browser.get("/").memberName()).hasValue("Fiksasi");
			Browser attacker = visitor();
			attacker.setCookie(SESSION_COOKIE, before);
			assertThat(attacker.get("/").memberName()).as("the session id planted before login").isEmpty();
		}

		@Test
		void secondLoginFindsTheSameAccountByProviderUserIdEvenAfterAUsernameChange() {
			ProviderUser user = user(Provider.GITHUB, "budi", "Budi Santoso");
			logIn(visitor(), user);
			Account first = accountOf(user);
			ProviderUser renamed = user.withUsername(unique("budi-baru"));

			Browser browser = visitor();
			LoginAttempt second = logIn(browser, renamed);

			assertRedirect(browser, second.callback(), "/");
			Account after = accounts.find(first.id()).orElseThrow();
			assertThat(after.handle()).as("the handle is not derived again").isEqualTo(first.handle());
			assertThat(after.displayName()).isEqualTo(first.displayName());
			assertThat(after.identities()).singleElement().satisfies(identity -> {
				assertThat(identity.providerUserId()).isEqualTo(user.id());
				assertThat(identity.username()).isEqualTo(renamed.username());
				assertThat(identity.lastLoginAt()).isAfterOrEqualTo(first.identities().get(0).lastLoginAt());
			});
			assertThat(accounts.findByHandle(renamed.username())).as("no second account").isEmpty();
			assertThat(browser.get("/").memberName()).hasValue("Budi Santoso");
		}

		@Test
		void usernameThatIsAlreadySomeonesHandleGetsASuffixedHandle() {
			String sari = unique("sari");
			ProviderUser first = userNamed(Provider.GITHUB, sari, "Sari Wulandari");
			logIn(visitor(), first);
			// the same name at the other provider, in other letters' case: handles are
			// unique whatever their case
			String other = Character.toUpperCase(sari.charAt(0)) + sari.substring(1);
			ProviderUser second = userNamed(Provider.TWITTER, other, "Sari Lestari");

			Browser browser = visitor();
			logIn(browser, second);

			Account suffixed = accounts.findByHandle(other + "-2").orElseThrow();
			assertThat(suffixed.handle().value()).isEqualTo(other + "-2");
			assertThat(suffixed.identities()).extracting(LinkedIdentity::provider, LinkedIdentity::providerUserId)
				.containsExactly(tuple(Provider.TWITTER, second.id()));
			assertThat(accounts.findByHandle(sari).orElseThrow().identities())
				.extracting(LinkedIdentity::provider, LinkedIdentity::providerUserId)
				.containsExactly(tuple(Provider.GITHUB, first.id()));
			assertThat(browser.get("/").memberName()).hasValue("Sari Lestari");
		}

		@Test
		void callbackWithAStateThisSessionDidNotSendLogsNobodyInAndChangesNothing() {
			Browser browser = visitor();
			ProviderUser user = user(Provider.TWITTER, "tamu", "Tamu");
			AuthorizationRedirect authorize = AuthorizationRedirect.of(browser.get(Links.loginWith("twitter")));
			String code = providers.issueCode(user);

			Page callback = browser.get(authorize.callbackPath() + "?code=" + encode(code) + "&state=forged");

			assertRedirect(browser, callback, "/login?error=failed");
			assertThat(providers.tokenRequests(Provider.TWITTER, code)).as("the code is never exchanged").isEmpty();
			assertThat(accounts.findByHandle(user.username())).isEmpty();
			Page loginPage = browser.follow(callback);
			assertThat(loginPage.document().select(".notice--error").text())
				.isEqualTo("Gagal masuk. Silakan coba lagi.");
			assertThat(loginPage.memberName()).isEmpty();
		}

		@ParameterizedTest
		@EnumSource(Provider.class)
		void codeTheProviderRefusesLogsNobodyIn(Provider provider) {
			Browser browser = visitor();
			AuthorizationRedirect authorize = AuthorizationRedirect.of(browser.get(Links.loginWith(provider.id())));
			int userInfoReads = providers.userInfoRequests(provider);
			String code = providers.issueRefusedCode(provider);

			Page callback = browser
				.get(authorize.callbackPath() + "?code=" + encode(code) + "&state=" + encode(authorize.param("state")));

			assertRedirect(browser, callback, "/login?error=failed");
			assertThat(providers.tokenRequests(provider, code)).hasSize(1);
			assertThat(providers.userInfoRequests(provider)).isEqualTo(userInfoReads);
			assertThat(browser.get("/").memberName()).isEmpty();
		}

		@Test
		void memberWhoDeniesAccessAtTheProviderIsToldTheLoginFailed() {
			Browser browser = visitor();
			AuthorizationRedirect authorize = AuthorizationRedirect.of(browser.get(Links.loginWith("twitter")));

			Page callback = browser
				.get(authorize.callbackPath() + "?error=access_denied&state=" + encode(authorize.param("state")));

			assertRedirect(browser, callback, "/login?error=failed");
			assertThat(browser.follow(callback).document().select(".notice--error").text())
				.isEqualTo("Gagal masuk. Silakan coba lagi.");
			assertThat(browser.get("/").memberName()).isEmpty();
		}

		@Test
		void providersAccessTokenIsNotKeptAfterLogin(@Autowired OAuth2AuthorizedClientService authorizedClients) {
			Browser browser = visitor();
			ProviderUser user = user(Provider.TWITTER, "rahasia", "Rahasia");

			logIn(browser, user);

			String principal = accountOf(user).id().toString();
			assertThat(browser.get("/").memberName()).hasValue("Rahasia");
			assertThat((Object) authorizedClients.loadAuthorizedClient("twitter", principal))
				.as("Ngupi reads who the member is and never calls the provider again")
				.isNull();
		}

		@Test
		void unknownProviderStartsNoLogin() {
			Browser browser = visitor();

			Page start = browser.get("/oauth2/authorization/mastodon");

			assertThat(start.status()).isEqualTo(404);
			assertThat(start.location()).isEmpty();
		}

	}

	@Nested
	class Linking {

		@Test
		void linkingAddsTheOtherProviderToTheLoggedInMembersAccount() {
			Browser browser = visitor();
			ProviderUser github = user(Provider.GITHUB, "dewi", "Dewi Lestari");
			logIn(browser, github);
			Account before = accountOf(github);
			ProviderUser twitter = user(Provider.TWITTER, "dewi-x", "Dewi di X");

			LoginAttempt link = returnFromProvider(browser, startLinking(browser, Provider.TWITTER), twitter);

			assertRedirect(browser, link.callback(), "/settings/account?linked=twitter");
			Account after = accounts.find(before.id()).orElseThrow();
			assertThat(after.identities()).extracting(LinkedIdentity::provider, LinkedIdentity::providerUserId)
				.containsExactly(tuple(Provider.GITHUB, github.id()), tuple(Provider.TWITTER, twitter.id()));
			assertThat(after.handle()).isEqualTo(before.handle());
			assertThat(after.displayName()).isEqualTo("Dewi Lestari");
			assertThat(accounts.findByHandle(twitter.username())).as("no second account").isEmpty();
			assertThat(browser.get("/").memberName()).hasValue("Dewi Lestari");

			Browser elsewhere = visitor();
			logIn(elsewhere, twitter);
			assertThat(elsewhere.get("/").memberName()).as("X alone now logs in to the same account")
				.hasValue("Dewi Lestari");
		}

		@Test
		void linkingAnIdentityThatAnotherAccountOwnsIsRefusedAndChangesNothing() {
			Browser ayu = visitor();
			ProviderUser ayuAtGithub = user(Provider.GITHUB, "ayu", "Ayu");
			logIn(ayu, ayuAtGithub);
			ProviderUser rudiAtTwitter = user(Provider.TWITTER, "rudi", "Rudi");
			logIn(visitor(), rudiAtTwitter);
			Account ayuBefore = accountOf(ayuAtGithub);
			Account rudiBefore = accountOf(rudiAtTwitter);

			LoginAttempt link = returnFromProvider(ayu, startLinking(ayu, Provider.TWITTER), rudiAtTwitter);

			assertRedirect(ayu, link.callback(), "/settings/account?link-error=owned_by_another_account");
			assertThat(accounts.find(ayuBefore.id()).orElseThrow().identities()).isEqualTo(ayuBefore.identities());
			assertThat(accounts.find(rudiBefore.id()).orElseThrow().identities()).isEqualTo(rudiBefore.identities());
			assertThat(ayu.get("/").memberName()).as("still logged in as herself").hasValue("Ayu");
			assertRedirect(ayu, logIn(ayu, ayuAtGithub).callback(), "/");
		}

		@Test
		void linkingCancelledAtTheProviderReturnsToSettingsAndLeavesNoIntentBehind() {
			Browser browser = visitor();
			ProviderUser github = user(Provider.GITHUB, "batal", "Batal");
			logIn(browser, github);
			Account before = accountOf(github);
			AuthorizationRedirect authorize = AuthorizationRedirect.of(startLinking(browser, Provider.TWITTER));

			Page cancelled = browser
				.get(authorize.callbackPath() + "?error=access_denied&state=" + encode(authorize.param("state")));

			assertRedirect(browser, cancelled, "/settings/account?link-error=failed");
			assertThat(accounts.find(before.id()).orElseThrow().identities()).isEqualTo(before.identities());
			assertThat(browser.get("/").memberName()).hasValue("Batal");

			// a later login in the same browser is a login, not the abandoned link
			ProviderUser someoneAtTwitter = user(Provider.TWITTER, "orang-lain", "Orang Lain");
			LoginAttempt login = logIn(browser, someoneAtTwitter);
			assertRedirect(browser, login.callback(), "/");
			assertThat(accounts.find(before.id()).orElseThrow().identities()).isEqualTo(before.identities());
			assertThat(accountOf(someoneAtTwitter).identities()).extracting(LinkedIdentity::providerUserId)
				.containsExactly(someoneAtTwitter.id());
			assertThat(browser.get("/").memberName()).hasValue("Orang Lain");
		}

		@Test
		void linkingASecondIdentityOfALinkedProviderIsRefusedAndChangesNothing() {
			Browser browser = visitor();
			ProviderUser first = user(Provider.GITHUB, "eko", "Eko");
			logIn(browser, first);
			Account before = accountOf(first);
			ProviderUser second = user(Provider.GITHUB, "eko-kantor", "Eko di kantor");

			LoginAttempt link = returnFromProvider(browser, startLinking(browser, Provider.GITHUB), second);

			assertRedirect(browser, link.callback(), "/settings/account?link-error=provider_taken");
			assertThat(accounts.find(before.id()).orElseThrow().identities()).isEqualTo(before.identities());
			assertThat(accounts.findByHandle(second.username())).isEmpty();
			assertThat(browser.get("/").memberName()).hasValue("Eko");
		}

		private Page startLinking(Browser browser, Provider provider) {
			String token = browser.get("/").csrfToken();
			Page started = browser.post(LinkProviderTestEndpoint.PATH + provider.id(), Map.of("_csrf", token));
			assertRedirect(browser, started, Links.loginWith(provider.id()));
			Page toProvider = browser.follow(started);
			assertThat(toProvider.status()).isEqualTo(302);
			return toProvider;
		}

	}

	@Nested
	class Suspension {

		@Test
		void suspendedMemberIsRefusedAtLoginAndToldWhy() {
			ProviderUser user = user(Provider.TWITTER, "nakal", "Nakal");
			logIn(visitor(), user);
			Account before = accountOf(user);
			accounts.suspend(before.id(), "Spam <script>alert('x')</script> & iklan");
			Account suspended = accounts.find(before.id()).orElseThrow();

			// meanwhile the member changed their name and picture at the provider
			ProviderUser changed = new ProviderUser(user.provider(), user.id(), unique("nakal-lagi"), user.name(),
					"https://pbs.twimg.com/profile_images/1/ganti_normal.jpg");

			Browser browser = visitor();
			LoginAttempt attempt = logIn(browser, changed);

			assertRedirect(browser, attempt.callback(), "/login?error=suspended");
			Page login = browser.follow(attempt.callback());
			assertThat(login.status()).isEqualTo(200);
			Element notice = login.document().selectFirst(".notice--error");
			assertThat(notice).isNotNull();
			assertThat(notice.text()).contains("Akunmu sedang ditangguhkan")
				.contains("Alasannya: Spam <script>alert('x')</script> & iklan");
			assertThat(login.body()).as("the reason is escaped")
				.doesNotContain("<script>alert")
				.contains("&lt;script&gt;");
			assertThat(login.memberName()).isEmpty();
			assertThat(browser.get("/").memberName()).isEmpty();
			assertRedirect(browser, browser.get(Links.SETTINGS_PROFILE), Links.login(Links.SETTINGS_PROFILE));
			assertThat(accounts.find(before.id()).orElseThrow()).as("a refused login changes nothing")
				.isEqualTo(suspended);
		}

		@Test
		void aSuspendedMembersHtmxRequestIsSentToTheExplanationWithoutSwappingAPage() {
			Browser browser = visitor();
			ProviderUser user = user(Provider.GITHUB, "hx-skors", "Hx Skors");
			logIn(browser, user);

			accounts.suspend(accountOf(user).id(), "Melanggar pedoman komunitas");
			Page fragment = browser.get(Links.SETTINGS_PROFILE, Map.of("HX-Request", "true"));

			assertThat(fragment.status()).as("no redirect for htmx to follow").isEqualTo(200);
			assertThat(fragment.header("HX-Redirect")).hasValue("/login?error=suspended");
			assertThat(browser.get("/").memberName()).as("session ended").isEmpty();
		}

		@Test
		void memberSuspendedWhileLoggedInIsLoggedOutAtTheNextRequest() {
			Browser browser = visitor();
			ProviderUser user = user(Provider.GITHUB, "bandel", "Bandel");
			logIn(browser, user);
			String session = browser.cookie(SESSION_COOKIE).orElseThrow();

			accounts.suspend(accountOf(user).id(), "Melanggar pedoman komunitas");
			Page next = browser.get("/");

			assertRedirect(browser, next, "/login?error=suspended");
			Page login = browser.follow(next);
			assertThat(login.document().select(".notice--error").text()).contains("Melanggar pedoman komunitas");
			assertThat(browser.get("/").memberName()).isEmpty();
			Browser replay = visitor();
			replay.setCookie(SESSION_COOKIE, session);
			assertThat(replay.get("/").memberName()).isEmpty();
		}

	}

	@Nested
	class ReturningAfterLogin {

		@Test
		void loginReturnsToTheSafePathItWasAskedFor() {
			Browser browser = visitor();
			Page loginPage = browser.get("/login?continue=" + encode("/@sari"));

			LoginAttempt login = logInFrom(browser, loginPage, user(Provider.GITHUB, "kembali", "Kembali"));

			assertRedirect(browser, login.callback(), "/@sari");
		}

		@ParameterizedTest
		@ValueSource(strings = { "https://evil.example", "//evil.example", "/\\evil.example", "\\\\evil.example",
				"/\t/evil.example", "https:evil.example", "javascript:alert(1)" })
		void loginNeverReturnsToAnotherSite(String continueTo) {
			Browser browser = visitor();
			Page loginPage = browser.get("/login?continue=" + encode(continueTo));
			assertThat(loginPage.status()).isEqualTo(200);

			LoginAttempt login = logInFrom(browser, loginPage, user(Provider.TWITTER, "tersesat", "Tersesat"));

			assertThat(login.callback().location()).hasValueSatisfying(
					location -> assertThat(location).doesNotContain("evil").doesNotContain("javascript"));
			assertRedirect(browser, login.callback(), "/");
			assertThat(browser.get("/").memberName()).hasValue("Tersesat");
		}

		@ParameterizedTest
		@CsvSource(delimiter = '|', textBlock = """
				/?q=kopi ☕         | /?q=kopi%20%E2%98%95
				/@sari?q=café       | /@sari?q=caf%C3%A9
				/@sari?q=caf%C3%A9  | /@sari?q=caf%C3%A9
				/..//evil.example   | /
				/a/../@sari         | /@sari
				""")
		void loginReturnsToTheTargetEncodedAndResolvedAsALocalPath(String continueTo, String expected) {
			Browser browser = visitor();
			Page loginPage = browser.get("/login?continue=" + encode(continueTo));

			LoginAttempt login = logInFrom(browser, loginPage, user(Provider.GITHUB, "kopi", "Kopi"));

			assertThat(login.callback().status()).isEqualTo(302);
			assertThat(login.callback().location()).as("a Location header only of URL characters")
				.hasValueSatisfying(location -> assertThat(location).matches("[\\x21-\\x7e]+"));
			URI target = browser.resolve(login.callback().location().orElseThrow());
			assertThat(target.getAuthority()).isEqualTo(browser.site().getAuthority());
			assertThat(target.getRawPath() + ((target.getRawQuery() != null) ? "?" + target.getRawQuery() : ""))
				.isEqualTo(expected);
		}

		@Test
		void aForgedContinueOnTheProviderLinkIsIgnoredToo() {
			Browser browser = visitor();
			Page toProvider = browser.get(Links.loginWith("github", "//evil.example"));

			LoginAttempt login = returnFromProvider(browser, toProvider, user(Provider.GITHUB, "palsu", "Palsu"));

			assertRedirect(browser, login.callback(), "/");
		}

		@Test
		void openingTheLoginPageGivesAVisitorNoSession() {
			Page loginPage = visitor().get("/login?continue=" + encode("/@sari"));

			assertThat(loginPage.status()).isEqualTo(200);
			assertThat(loginPage.setCookie(SESSION_COOKIE)).as("crawlers leave no session rows behind").isEmpty();
			assertThat(loginPage.document().select("a.button--github").attr("href"))
				.isEqualTo(Links.loginWith("github", "/@sari"));
		}

		@Test
		void loginAfterBeingSentToTheLoginPageReturnsToThePageAskedFor() {
			Browser browser = visitor();
			Page sentAway = browser.get(Links.SETTINGS_PROFILE);
			assertRedirect(browser, sentAway, Links.login(Links.SETTINGS_PROFILE));
			assertThat(sentAway.setCookie(SESSION_COOKIE)).as("being sent to log in starts no session").isEmpty();

			LoginAttempt login = logInFrom(browser, browser.follow(sentAway),
					user(Provider.GITHUB, "pengatur", "Pengatur"));

			URI target = browser.resolve(login.callback().location().orElseThrow());
			assertThat(target.getAuthority()).isEqualTo(browser.site().getAuthority());
			assertThat(target.getPath()).isEqualTo(Links.SETTINGS_PROFILE);
		}

		@ParameterizedTest
		@EnumSource(Provider.class)
		void aVisitorWhoPicksATimeLogsInAndLandsOnTheBookingFormOfThatTime(Provider provider,
				@Autowired Hosting hosting, @Autowired OpenSlots openSlots) {
			Bookers people = new Bookers(accounts, hosting, openSlots);
			Host host = people.host("pilih", false);
			Browser browser = visitor();
			Element slot = browser.get(Links.profile(host.handle())).document().selectFirst(".slot a");
			String form = slot.attr("href");
			String start = slot.selectFirst("time").attr("datetime");
			assertThat(form).startsWith(Links.bookingForm(host.handle(), host.offering().toString()) + "?start=");

			Page sentAway = browser.get(form);
			assertRedirect(browser, sentAway, Links.login(form));
			assertThat(sentAway.setCookie(SESSION_COOKIE)).isEmpty();
			LoginAttempt login = logInFrom(browser, browser.follow(sentAway), user(provider, "pemilih", "Pemilih"));

			assertThat(login.callback().location()).hasValue(form);
			Page booking = browser.follow(login.callback());
			assertThat(booking.status()).isEqualTo(200);
			assertThat(booking.memberName()).hasValue("Pemilih");
			assertThat(booking.document().selectFirst(".booking-form__time time").attr("datetime")).isEqualTo(start);
			assertThat(booking.document().selectFirst("form.form input[name=start]").val()).isEqualTo(start);
		}

	}

	@Nested
	class Logout {

		@Test
		void logoutWithoutTheCsrfTokenIsForbiddenAndTheMemberStaysLoggedIn() {
			Browser browser = visitor();
			logIn(browser, user(Provider.GITHUB, "wulan", "Wulan"));

			assertThat(browser.post(Links.LOGOUT, Map.of()).status()).isEqualTo(403);
			assertThat(browser.post(Links.LOGOUT, Map.of("_csrf", "forged")).status()).isEqualTo(403);

			assertThat(browser.get("/").memberName()).hasValue("Wulan");
		}

		@Test
		void logoutWithTheCsrfTokenEndsTheSession() {
			Browser browser = visitor();
			logIn(browser, user(Provider.TWITTER, "pamit", "Pamit"));
			String session = browser.cookie(SESSION_COOKIE).orElseThrow();
			String token = browser.get("/").csrfToken();

			Page logout = browser.post(Links.LOGOUT, Map.of("_csrf", token));

			assertRedirect(browser, logout, "/?logged-out");
			assertThat(browser.get("/").memberName()).isEmpty();
			Browser replay = visitor();
			replay.setCookie(SESSION_COOKIE, session);
			assertThat(replay.get("/").memberName()).as("the old session is gone").isEmpty();
		}

	}

	/**
	 * A request naming another host (in {@code Host}, {@code X-Forwarded-Host} or a
	 * prefix) never gets that host into a URL the site writes.
	 */
	@Nested
	class ForgedHost {

		static final String EVIL = "evil.example";

		@Test
		void aLoginPageRedirectStaysRelativeWhateverHostTheRequestNames() {
			List<RawHttp.Answer> answers = List.of(RawHttp.get(port, Links.SESSIONS, EVIL, Map.of()),
					RawHttp.get(port, Links.SESSIONS, "localhost", Map.of("X-Forwarded-Host", EVIL)),
					RawHttp.get(port, Links.SESSIONS, "localhost",
							Map.of("X-Forwarded-Host", EVIL, "X-Forwarded-Proto", "https")),
					RawHttp.get(port, Links.SESSIONS, "localhost", Map.of("X-Forwarded-Prefix", "//" + EVIL)),
					RawHttp.get(port, Links.SESSIONS, "localhost", Map.of("Forwarded", "host=" + EVIL)));

			assertThat(answers).allSatisfy(answer -> {
				assertThat(answer.status()).isIn(302, 303);
				assertThat(answer.location()).hasValue(Links.login(Links.SESSIONS));
			});
		}

		@ParameterizedTest
		@EnumSource(Provider.class)
		void theProviderSendsTheMemberBackToTheConfiguredAddressWhateverHostTheRequestNames(Provider provider) {
			String start = Links.loginWith(provider.id());
			List<RawHttp.Answer> answers = List.of(RawHttp.get(port, start, EVIL, Map.of()),
					RawHttp.get(port, start, "localhost", Map.of("X-Forwarded-Host", EVIL)));

			assertThat(answers).allSatisfy(answer -> {
				assertThat(answer.status()).isEqualTo(302);
				UriComponents authorize = UriComponentsBuilder.fromUriString(answer.location().orElseThrow()).build();
				assertThat(
						URLDecoder.decode(authorize.getQueryParams().getFirst("redirect_uri"), StandardCharsets.UTF_8))
					.isEqualTo(site.absolute("/login/oauth2/code/" + provider.id()));
			});
		}

		@Test
		void loginReturnsToThisSiteAfterBeingSentAwayFromAPageRequestedForAnotherHost() {
			Browser browser = visitor();
			Page sentAway = browser.get(Links.SETTINGS_PROFILE, Map.of("X-Forwarded-Host", EVIL));
			assertThat(sentAway.location()).hasValue(Links.login(Links.SETTINGS_PROFILE));

			LoginAttempt login = logInFrom(browser, browser.follow(sentAway), user(Provider.GITHUB, "tamu", "Tamu"));

			assertThat(login.callback().location()).hasValueSatisfying(location -> {
				assertThat(location).doesNotContain(EVIL);
				assertThat(browser.resolve(location)).isEqualTo(browser.resolve(Links.SETTINGS_PROFILE));
			});
		}

		@Test
		void logoutRedirectsRelativelyWhateverHostTheRequestNames() {
			Browser browser = visitor();
			logIn(browser, user(Provider.GITHUB, "pamit", "Pamit"));
			String token = browser.get("/").csrfToken();

			Page logout = browser.post(Links.LOGOUT, Map.of("_csrf", token),
					Map.of("X-Forwarded-Host", EVIL, "X-Forwarded-Prefix", "//" + EVIL));

			assertThat(logout.status()).isIn(302, 303);
			assertThat(logout.location()).hasValue("/?logged-out");
		}

	}

	@Nested
	class Sessions {

		@Test
		void aLoggedInMembersSessionLivesInPostgresUnderTheirAccountId() {
			Browser browser = visitor();
			ProviderUser user = user(Provider.GITHUB, "basisdata", "Basis Data");
			logIn(browser, user);
			String cookie = browser.cookie(SESSION_COOKIE).orElseThrow();
			String sessionId = new String(Base64.getDecoder().decode(cookie), StandardCharsets.UTF_8);

			List<String> stored = jdbc.queryForList("SELECT session_id FROM spring_session WHERE principal_name = ?",
					String.class, accountOf(user).id().toString());

			assertThat(stored).as("any app instance can find this session").containsExactly(sessionId);
		}

		@Test
		void htmxRequestsSendTheCsrfTokenInAHeader() {
			Browser browser = visitor();
			logIn(browser, user(Provider.TWITTER, "htmx", "Htmx"));
			Element body = browser.get("/").document().body();
			String headers = body.attr("hx-headers");
			assertThat(headers).as("the layout hands htmx the token").startsWith("{\"X-CSRF-TOKEN\": \"");
			String token = headers.substring(headers.indexOf(": \"") + 3, headers.lastIndexOf('"'));

			Page forged = browser.post(Links.LOGOUT, Map.of(), Map.of("HX-Request", "true"));
			assertThat(forged.status()).as("an htmx POST without the header").isEqualTo(403);
			assertThat(browser.get("/").memberName()).as("still logged in").hasValue("Htmx");

			Page logout = browser.post(Links.LOGOUT, Map.of(), Map.of("HX-Request", "true", "X-CSRF-TOKEN", token));
			assertThat(logout.status()).isIn(200, 302);
			assertThat(browser.get("/").memberName()).as("logged out").isEmpty();
		}

		@Test
		void visitorsWhoOnlyReadPagesGetNoSession() {
			Page home = visitor().get("/");

			assertThat(home.body()).contains("<html lang=\"id\"");
			assertThat(home.setCookie(SESSION_COOKIE)).isEmpty();
			assertThat(home.document().body().hasAttr("hx-headers")).isFalse();
		}

		@Test
		void theSessionCookieFollowsTheConfiguredAddressNotTheRequest() {
			assertThat(site.absolute("/")).as("this test's site is plain http").startsWith("http://");
			Page forwardedAsHttps = visitor().get(Links.loginWith("github"),
					Map.of("X-Forwarded-Proto", "https", "X-Forwarded-Host", "evil.example"));
			Page overHttp = visitor().get(Links.loginWith("github"));

			assertThat(List.of(forwardedAsHttps, overHttp)).allSatisfy(page -> {
				assertThat(page.setCookie("__Host-" + SESSION_COOKIE)).isEmpty();
				assertThat(page.setCookie(SESSION_COOKIE))
					.hasValueSatisfying(cookie -> assertThat(cookie).doesNotContainIgnoringCase("; Secure")
						.doesNotContainIgnoringCase("Domain=")
						.containsIgnoringCase("; Path=/;")
						.containsIgnoringCase("; HttpOnly")
						.containsIgnoringCase("; SameSite=Lax"));
			});
		}

	}

	@Nested
	class Protections {

		@Test
		void pagesCarryAStrictContentSecurityPolicyAndFriends() {
			Page page = visitor().get(Links.LOGIN);

			assertThat(page.header("Content-Security-Policy")).hasValueSatisfying(policy -> assertThat(policy)
				.contains("script-src 'self'", "frame-ancestors 'none'", "object-src 'none'"));
			assertThat(directive(page, "img-src")).as("pictures only from the providers' picture hosts")
				.isEqualTo("img-src 'self' https://avatars.githubusercontent.com https://pbs.twimg.com "
						+ "https://abs.twimg.com");
			assertThat(directive(page, "form-action")).as("forms to this site, and linking on to the providers")
				.isEqualTo("form-action 'self' " + String.join(" ",
						Arrays.stream(Provider.values())
							.map(provider -> origin(providers.authorizationEndpoint(provider)))
							.distinct()
							.toList()));
			assertThat(page.header("X-Content-Type-Options")).hasValue("nosniff");
			assertThat(page.header("Referrer-Policy")).hasValue("same-origin");
			assertThat(page.header("X-Frame-Options")).hasValue("DENY");
		}

		@Test
		void memberPagesCarryTheSameHeaders() {
			Browser browser = visitor();
			logIn(browser, user(Provider.GITHUB, "aman", "Aman"));

			Page home = browser.get("/");

			assertThat(home.memberName()).hasValue("Aman");
			assertThat(home.header("Content-Security-Policy")).hasValueSatisfying(
					policy -> assertThat(policy).contains("script-src 'self'", "frame-ancestors 'none'"));
			assertThat(home.header("Referrer-Policy")).hasValue("same-origin");
		}

		@Test
		void sessionCookieIsHttpOnlyAndSameSiteLax() {
			Browser browser = visitor();
			Page start = browser.get(Links.loginWith("github"));
			LoginAttempt login = returnFromProvider(browser, start, user(Provider.GITHUB, "kuki", "Kuki"));

			for (Page page : List.of(start, login.callback())) {
				assertThat(page.setCookie(SESSION_COOKIE))
					.hasValueSatisfying(cookie -> assertThat(cookie).containsIgnoringCase("; HttpOnly")
						.containsIgnoringCase("; SameSite=Lax")
						.contains("; Path=/"));
			}
		}

	}

	static String directive(Page page, String name) {
		String policy = page.header("Content-Security-Policy").orElseThrow();
		return Arrays.stream(policy.split(";"))
			.map(String::strip)
			.filter(directive -> directive.startsWith(name + " "))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No " + name + " in " + policy));
	}

	static String origin(String url) {
		URI uri = URI.create(url);
		return uri.getScheme() + "://" + uri.getRawAuthority();
	}

	Browser visitor() {
		return new Browser(this.port);
	}

	/**
	 * Logs in as a person does: from the login page, with the provider's button on it.
	 */
	LoginAttempt logInFrom(Browser browser, Page loginPage, ProviderUser user) {
		String button = loginPage.document().select("a.button--" + user.provider().id()).attr("href");
		assertThat(button).as("the login page offers " + user.provider()).isNotEmpty();
		Page toProvider = browser.get(button);
		assertThat(toProvider.status()).as("redirect to the provider").isEqualTo(302);
		return returnFromProvider(browser, toProvider, user);
	}

	/** Logs in from the start: the browser follows the login link of the provider. */
	LoginAttempt logIn(Browser browser, ProviderUser user) {
		Page toProvider = browser.get(Links.loginWith(user.provider().id()));
		assertThat(toProvider.status()).as("redirect to the provider").isEqualTo(302);
		return returnFromProvider(browser, toProvider, user);
	}

	/**
	 * Plays the provider: the user authorises Ngupi, and the browser comes back to the
	 * redirect URI with a code and the state it was sent with.
	 */
	LoginAttempt returnFromProvider(Browser browser, Page toProvider, ProviderUser user) {
		AuthorizationRedirect authorize = AuthorizationRedirect.of(toProvider);
		assertThat(authorize.endpoint()).isEqualTo(providers.authorizationEndpoint(user.provider()));
		String code = providers.issueCode(user);
		Page callback = browser
			.get(authorize.callbackPath() + "?code=" + encode(code) + "&state=" + encode(authorize.param("state")));
		return new LoginAttempt(authorize, code, callback);
	}

	Account accountOf(ProviderUser user) {
		return this.accounts.findByHandle(user.username())
			.orElseThrow(() -> new AssertionError("No account with handle " + user.username()));
	}

	/** A person new to Ngupi, with a username no one else in this test run has. */
	static ProviderUser user(Provider provider, String username, String name) {
		return userNamed(provider, unique(username), name);
	}

	static ProviderUser userNamed(Provider provider, String username, String name) {
		long id = sequence.incrementAndGet();
		return switch (provider) {
			case GITHUB -> new ProviderUser(provider, Long.toString(id), username, name,
					"https://avatars.githubusercontent.com/u/" + id + "?v=4");
			case TWITTER -> new ProviderUser(provider, "14600000000" + id, username, name,
					"https://pbs.twimg.com/profile_images/" + id + "/foto_normal.jpg");
		};
	}

	static String unique(String base) {
		return base + sequence.incrementAndGet();
	}

	static void assertRedirect(Browser browser, Page page, String expected) {
		assertThat(page.status()).as("redirect status").isIn(302, 303);
		assertThat(page.location()).isPresent();
		assertThat(browser.resolve(page.location().get())).isEqualTo(browser.resolve(expected));
	}

	static String clientId(Provider provider) {
		return (provider == Provider.GITHUB) ? StubProviders.GITHUB_CLIENT_ID : StubProviders.TWITTER_CLIENT_ID;
	}

	static String clientSecret(Provider provider) {
		return (provider == Provider.GITHUB) ? StubProviders.GITHUB_CLIENT_SECRET : StubProviders.TWITTER_CLIENT_SECRET;
	}

	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/** The PKCE S256 code challenge of a verifier (RFC 7636, section 4.2). */
	static String s256(String verifier) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * One trip to the provider and back.
	 *
	 * @param authorize where the app sent the browser
	 * @param code the code the provider handed out
	 * @param callback the app's answer to the browser coming back
	 */
	record LoginAttempt(AuthorizationRedirect authorize, String code, Page callback) {
	}

	/**
	 * The app's redirect to a provider's authorize endpoint.
	 *
	 * @param endpoint the endpoint, without the query
	 * @param params the decoded query parameters
	 */
	record AuthorizationRedirect(String endpoint, Map<String, String> params) {

		static AuthorizationRedirect of(Page redirect) {
			assertThat(redirect.status()).as("redirect to the provider").isEqualTo(302);
			UriComponents uri = UriComponentsBuilder.fromUriString(redirect.location().orElseThrow()).build();
			Map<String, String> params = new LinkedHashMap<>();
			uri.getQueryParams()
				.forEach((name, values) -> params.put(name, URLDecoder.decode(values.get(0), StandardCharsets.UTF_8)));
			String endpoint = uri.getScheme() + "://" + uri.getHost() + ":" + uri.getPort() + uri.getPath();
			return new AuthorizationRedirect(endpoint, params);
		}

		String param(String name) {
			assertThat(this.params).containsKey(name);
			return this.params.get(name);
		}

		/**
		 * Where the provider sends the browser back, on this test's server: the
		 * {@code redirect_uri} is on {@code ngupi.base-url}, which in production is this
		 * site and in tests a fixed address.
		 */
		String callbackPath() {
			return URI.create(param("redirect_uri")).getRawPath();
		}

	}

}
