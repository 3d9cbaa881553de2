package id.ngupi.web.security;

import java.net.URI;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * The session cookie. Whether it is {@code Secure} follows the site's configured address
 * ({@code ngupi.base-url}), not the request: a site served over https (also behind a
 * proxy that ends TLS and talks plain http to Ngupi) always sends it Secure, under the
 * name {@code __Host-NGUPI_SESSION}, which browsers accept only Secure, for path
 * {@code /} and without a domain, so no other host (not even a sibling subdomain) can set
 * or overwrite it. A plain-http run (on a developer's machine) names it
 * {@code NGUPI_SESSION}. Always HttpOnly and SameSite=Lax.
 * <p>
 * A cookie is looked up only when it holds a session id as Spring Session issues them (a
 * UUID): anything else (damaged, or sent by hand, such as a NUL byte, which PostgreSQL
 * refuses in the query) is no session, and the visitor is served as one without.
 */
@Configuration(proxyBeanMethods = false)
class SessionCookie {

	static final String NAME = "NGUPI_SESSION";

	static final String HOST_ONLY_NAME = "__Host-" + NAME;

	/** How Spring Session writes a session id (its default UUID generator). */
	private static final Pattern SESSION_ID = Pattern
		.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	@Bean
	CookieSerializer sessionCookieSerializer(@Value("${ngupi.base-url}") String baseUrl) {
		return serializer(baseUrl);
	}

	static DefaultCookieSerializer serializer(String baseUrl) {
		boolean https = "https".equalsIgnoreCase(URI.create(baseUrl).getScheme());
		DefaultCookieSerializer cookie = new DefaultCookieSerializer() {

			@Override
			public List<String> readCookieValues(HttpServletRequest request) {
				return super.readCookieValues(request).stream().filter(id -> SESSION_ID.matcher(id).matches()).toList();
			}

		};
		cookie.setCookieName(https ? HOST_ONLY_NAME : NAME);
		cookie.setUseSecureCookie(https);
		cookie.setCookiePath("/");
		cookie.setUseHttpOnlyCookie(true);
		cookie.setSameSite("Lax");
		return cookie;
	}

}
