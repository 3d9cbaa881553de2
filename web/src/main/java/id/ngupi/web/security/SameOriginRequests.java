package id.ngupi.web.security;

import java.net.URI;
import java.util.Locale;

import id.ngupi.web.support.SiteUrl;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Requests a browser says were sent by a page of this site: {@code Sec-Fetch-Site:
 * same-origin} (current browsers send it to https sites and to localhost, and no page of
 * another site can make it say so); without Fetch Metadata (plain http on another
 * address), an {@code Origin} that is the site's configured address or the host the
 * request was sent to, which a page of another site cannot choose either. A request with
 * neither header (or with any other value) does not match. The same tokenless check as
 * Go's {@code CrossOriginProtection} and ASP.NET Core's, but failing closed when both
 * headers are missing.
 */
final class SameOriginRequests implements RequestMatcher {

	private final String origin;

	SameOriginRequests(SiteUrl site) {
		URI base = URI.create(site.absolute("/"));
		this.origin = base.getScheme().toLowerCase(Locale.ROOT) + "://"
				+ base.getRawAuthority().toLowerCase(Locale.ROOT);
	}

	@Override
	public boolean matches(HttpServletRequest request) {
		String fetchSite = request.getHeader("Sec-Fetch-Site");
		if (fetchSite != null) {
			return "same-origin".equalsIgnoreCase(fetchSite);
		}
		String origin = request.getHeader("Origin");
		if (origin == null) {
			return false;
		}
		String claimed = origin.toLowerCase(Locale.ROOT);
		String host = request.getHeader("Host");
		return this.origin.equals(claimed)
				|| (host != null && (claimed.equals("http://" + host.toLowerCase(Locale.ROOT))
						|| claimed.equals("https://" + host.toLowerCase(Locale.ROOT))));
	}

}
