package id.ngupi.web.security;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.BasicCredentials;
import com.github.tomakehurst.wiremock.common.Json;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import id.ngupi.identity.Provider;

import org.springframework.test.context.DynamicPropertyRegistry;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.jsonResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * GitHub and Twitter/X as far as Ngupi's login sees them, on a WireMock server on
 * loopback: a token endpoint that exchanges the codes handed out by
 * {@link #issueCode(ProviderUser)} and a user-info endpoint answering in each provider's
 * own shape. A test driving the server itself plays the provider's part of the redirect;
 * for a real browser, {@link #authorizeInTheBrowser(ProviderUser)} makes the authorize
 * endpoint send it straight back.
 */
final class StubProviders {

	static final String GITHUB_CLIENT_ID = "ngupi-github-client";

	static final String GITHUB_CLIENT_SECRET = "github-client-secret";

	static final String TWITTER_CLIENT_ID = "ngupi-x-client";

	static final String TWITTER_CLIENT_SECRET = "x-client-secret";

	private final WireMockServer server;

	/** The access token each code was exchanged for. */
	private final Map<String, String> tokens = new ConcurrentHashMap<>();

	private StubProviders(WireMockServer server) {
		this.server = server;
	}

	static StubProviders start() {
		WireMockServer server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
		server.start();
		return new StubProviders(server);
	}

	void stop() {
		this.server.stop();
	}

	/** Points both providers' clients at the stub. */
	void register(DynamicPropertyRegistry registry) {
		registry.add("ngupi.oauth.github.client-id", () -> GITHUB_CLIENT_ID);
		registry.add("ngupi.oauth.github.client-secret", () -> GITHUB_CLIENT_SECRET);
		registry.add("ngupi.oauth.github.authorization-uri", () -> authorizationEndpoint(Provider.GITHUB));
		registry.add("ngupi.oauth.github.token-uri", () -> url(tokenPath(Provider.GITHUB)));
		registry.add("ngupi.oauth.github.user-info-uri", () -> url(userInfoPath(Provider.GITHUB)));
		registry.add("ngupi.oauth.twitter.client-id", () -> TWITTER_CLIENT_ID);
		registry.add("ngupi.oauth.twitter.client-secret", () -> TWITTER_CLIENT_SECRET);
		registry.add("ngupi.oauth.twitter.authorization-uri", () -> authorizationEndpoint(Provider.TWITTER));
		registry.add("ngupi.oauth.twitter.token-uri", () -> url(tokenPath(Provider.TWITTER)));
		registry.add("ngupi.oauth.twitter.user-info-uri",
				() -> url(userInfoPath(Provider.TWITTER)) + "?user.fields=profile_image_url");
	}

	String authorizationEndpoint(Provider provider) {
		return url(authorizationPath(provider));
	}

	/**
	 * Lets the user authorise Ngupi: the code returned is exchanged once for a token, and
	 * that token reads this user's info.
	 */
	String issueCode(ProviderUser user) {
		String code = "code-" + UUID.randomUUID();
		String token = "token-" + UUID.randomUUID();
		this.server.stubFor(post(urlPathEqualTo(tokenPath(user.provider()))).withRequestBody(containing("code=" + code))
			.willReturn(okJson(tokenResponse(user.provider(), token))));
		var userInfo = get(urlPathEqualTo(userInfoPath(user.provider()))).withHeader("Authorization",
				equalTo("Bearer " + token));
		if (user.provider() == Provider.TWITTER) {
			userInfo = userInfo.withQueryParam("user.fields", equalTo("profile_image_url"));
		}
		this.server.stubFor(userInfo.willReturn(okJson(Json.write(user.userInfo()))));
		this.tokens.put(code, token);
		return code;
	}

	/**
	 * Lets the user authorise Ngupi in a real browser: from now on the authorize endpoint
	 * sends the browser straight back to the {@code redirect_uri} it was given, with a
	 * code for this user and the state it was sent with, as a provider does for a member
	 * who already allowed Ngupi.
	 */
	void authorizeInTheBrowser(ProviderUser user) {
		String code = issueCode(user);
		this.server
			.stubFor(get(urlPathEqualTo(authorizationPath(user.provider()))).willReturn(aResponse().withStatus(302)
				.withHeader("Location",
						"{{request.query.redirect_uri}}?code=" + code + "&state={{urlEncode request.query.state}}")
				.withTransformers("response-template")));
	}

	/**
	 * Verifies the app's side of the exchange: the code went to the token endpoint once,
	 * with a PKCE verifier and the client's id and secret in HTTP Basic authentication,
	 * and the token it got read the user info once.
	 */
	void verifyExchanged(Provider provider, String code, String clientId, String clientSecret) {
		this.server.verify(1,
				postRequestedFor(urlPathEqualTo(tokenPath(provider))).withRequestBody(containing("code=" + code))
					.withRequestBody(containing("grant_type=authorization_code"))
					.withRequestBody(matching("(.*&)?code_verifier=[A-Za-z0-9_-]{43,128}(&.*)?"))
					.withBasicAuth(new BasicCredentials(clientId, clientSecret)));
		this.server.verify(1, getRequestedFor(urlPathEqualTo(userInfoPath(provider))).withHeader("Authorization",
				equalTo("Bearer " + this.tokens.get(code))));
	}

	/**
	 * Hands out a code the token endpoint then refuses, each provider in its own way:
	 * GitHub answers 200 with an error, Twitter/X answers 400.
	 */
	String issueRefusedCode(Provider provider) {
		String code = "expired-" + UUID.randomUUID();
		var refusal = switch (provider) {
			case GITHUB -> okJson(Json.write(Map.of("error", "bad_verification_code", "error_description",
					"The code passed is incorrect or expired.")));
			case TWITTER -> jsonResponse(Json.write(Map.of("error", "invalid_request", "error_description",
					"Value passed for the authorization code was invalid.")), 400);
		};
		this.server.stubFor(post(urlPathEqualTo(tokenPath(provider))).withRequestBody(containing("code=" + code))
			.willReturn(refusal));
		return code;
	}

	/** The token requests that presented this code. */
	List<TokenRequest> tokenRequests(Provider provider, String code) {
		List<LoggedRequest> requests = this.server
			.findAll(postRequestedFor(urlPathEqualTo(tokenPath(provider))).withRequestBody(containing("code=" + code)));
		return requests.stream().map(TokenRequest::of).toList();
	}

	/** How many times the provider's user info was read, with any token. */
	int userInfoRequests(Provider provider) {
		return this.server.findAll(getRequestedFor(urlPathEqualTo(userInfoPath(provider)))).size();
	}

	private String url(String path) {
		return "http://127.0.0.1:" + this.server.port() + path;
	}

	private static String authorizationPath(Provider provider) {
		return switch (provider) {
			case GITHUB -> "/github/login/oauth/authorize";
			case TWITTER -> "/x/i/oauth2/authorize";
		};
	}

	private static String tokenPath(Provider provider) {
		return switch (provider) {
			case GITHUB -> "/github/login/oauth/access_token";
			case TWITTER -> "/x/2/oauth2/token";
		};
	}

	private static String userInfoPath(Provider provider) {
		return switch (provider) {
			case GITHUB -> "/github/user";
			case TWITTER -> "/x/2/users/me";
		};
	}

	private static String tokenResponse(Provider provider, String token) {
		Map<String, Object> response = new LinkedHashMap<>();
		response.put("access_token", token);
		response.put("token_type", "bearer");
		switch (provider) {
			case GITHUB -> response.put("scope", "read:user");
			case TWITTER -> {
				response.put("expires_in", 7200);
				response.put("scope", "users.read tweet.read");
			}
		}
		return Json.write(response);
	}

	/**
	 * A person at a provider.
	 *
	 * @param provider the provider
	 * @param id the provider's stable user id
	 * @param username the username today
	 * @param name the display name, possibly {@code null}
	 * @param avatarUrl the picture
	 */
	record ProviderUser(Provider provider, String id, String username, String name, String avatarUrl) {

		ProviderUser withUsername(String newUsername) {
			return new ProviderUser(this.provider, this.id, newUsername, this.name, this.avatarUrl);
		}

		/** What the provider's user-info endpoint answers for this person. */
		Map<String, Object> userInfo() {
			Map<String, Object> user = new LinkedHashMap<>();
			switch (this.provider) {
				// GitHub: the user itself, with a numeric id
				case GITHUB -> {
					user.put("id", Long.parseLong(this.id));
					user.put("login", this.username);
					user.put("name", this.name);
					user.put("avatar_url", this.avatarUrl);
					user.put("type", "User");
				}
				// Twitter/X: the user wrapped in "data", with a string id
				case TWITTER -> {
					Map<String, Object> data = new LinkedHashMap<>();
					data.put("id", this.id);
					data.put("name", this.name);
					data.put("username", this.username);
					data.put("profile_image_url", this.avatarUrl);
					user.put("data", data);
				}
			}
			return user;
		}

	}

	/**
	 * A request to a token endpoint as the stub received it.
	 *
	 * @param authorization the {@code Authorization} header, if any
	 * @param form the form parameters of the body
	 */
	record TokenRequest(String authorization, Map<String, String> form) {

		static TokenRequest of(LoggedRequest request) {
			Map<String, String> form = new LinkedHashMap<>();
			for (String pair : request.getBodyAsString().split("&")) {
				String[] nameValue = pair.split("=", 2);
				form.put(decode(nameValue[0]), (nameValue.length > 1) ? decode(nameValue[1]) : "");
			}
			return new TokenRequest(request.getHeader("Authorization"), form);
		}

		/** The client id and secret of HTTP Basic authentication, {@code id:secret}. */
		String basicCredentials() {
			if (this.authorization == null || !this.authorization.startsWith("Basic ")) {
				throw new AssertionError("No HTTP Basic client authentication: " + this.authorization);
			}
			String decoded = new String(Base64.getDecoder().decode(this.authorization.substring("Basic ".length())),
					StandardCharsets.UTF_8);
			String[] idSecret = decoded.split(":", 2);
			return decode(idSecret[0]) + ":" + decode(idSecret[1]);
		}

		private static String decode(String value) {
			return URLDecoder.decode(value, StandardCharsets.UTF_8);
		}

	}

}
