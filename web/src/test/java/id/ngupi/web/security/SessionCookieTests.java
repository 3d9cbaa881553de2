package id.ngupi.web.security;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.web.http.CookieSerializer.CookieValue;
import org.springframework.session.web.http.DefaultCookieSerializer;

import static org.assertj.core.api.Assertions.assertThat;

class SessionCookieTests {

	@Test
	void aSiteServedOverHttpsSendsASecureHostOnlyCookieWhateverTheRequest() {
		String cookie = written(SessionCookie.serializer("https://ngupi.example"), plainHttpRequest());

		assertThat(cookie).startsWith("__Host-NGUPI_SESSION=")
			.contains("; Path=/;", "; Secure", "; HttpOnly", "; SameSite=Lax")
			.doesNotContainIgnoringCase("Domain=");
	}

	@Test
	void aPlainHttpRunSendsTheCookieUnderItsPlainName() {
		MockHttpServletRequest request = plainHttpRequest();
		request.setSecure(true);

		String cookie = written(SessionCookie.serializer("http://localhost:8080"), request);

		assertThat(cookie).startsWith("NGUPI_SESSION=")
			.contains("; Path=/;", "; HttpOnly", "; SameSite=Lax")
			.doesNotContain("; Secure")
			.doesNotContainIgnoringCase("Domain=");
	}

	@Test
	void readsTheSessionFromTheCookieItsSiteWrites() {
		String session = java.util.UUID.randomUUID().toString();
		MockHttpServletRequest request = plainHttpRequest();
		request.setCookies(new Cookie("NGUPI_SESSION", base64(java.util.UUID.randomUUID().toString())),
				new Cookie("__Host-NGUPI_SESSION", base64(session)));

		assertThat(SessionCookie.serializer("https://ngupi.example").readCookieValues(request))
			.containsExactly(session);
	}

	@Test
	void readsNothingFromACookieThatHoldsNoSessionId() {
		MockHttpServletRequest request = plainHttpRequest();
		request.setCookies(new Cookie("NGUPI_SESSION", base64("a\u0000b")));

		assertThat(SessionCookie.serializer("http://localhost:8080").readCookieValues(request)).isEmpty();
	}

	private static String base64(String value) {
		return java.util.Base64.getEncoder().encodeToString(value.getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	private static MockHttpServletRequest plainHttpRequest() {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setScheme("http");
		request.setSecure(false);
		return request;
	}

	private static String written(DefaultCookieSerializer serializer, MockHttpServletRequest request) {
		MockHttpServletResponse response = new MockHttpServletResponse();
		serializer.writeCookieValue(new CookieValue(request, response, "abc"));
		return response.getHeader(HttpHeaders.SET_COOKIE);
	}

}
