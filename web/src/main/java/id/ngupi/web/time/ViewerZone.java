package id.ngupi.web.time;

import java.time.ZoneId;
import java.util.Set;

import id.ngupi.identity.Account;
import id.ngupi.web.security.CurrentMemberFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The timezone a page shows times in: a logged-in member's profile zone; for a visitor
 * the zone their browser reported in the {@value #COOKIE} cookie (set by
 * {@code /js/timezone.js}), if it is a zone Java knows; else WIB. Controllers take it as
 * a handler argument; the layout tells the script which zone it guessed.
 *
 * @param zone the zone
 * @param source where it came from
 */
public record ViewerZone(ZoneId zone, Source source) {

	/** The cookie in which the visitor's browser reports its timezone. */
	public static final String COOKIE = "ngupi_tz";

	/** Western Indonesia Time: the zone of visitors whose browser has not said. */
	public static final ZoneId DEFAULT = ZoneId.of("Asia/Jakarta");

	private static final Set<String> KNOWN = ZoneId.getAvailableZoneIds();

	/** The viewer's zone for this request. */
	public static ViewerZone of(HttpServletRequest request) {
		if (request.getAttribute(CurrentMemberFilter.ATTRIBUTE) instanceof Account member) {
			return new ViewerZone(member.timezone(), Source.PROFILE);
		}
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (COOKIE.equals(cookie.getName()) && KNOWN.contains(cookie.getValue())) {
					return new ViewerZone(ZoneId.of(cookie.getValue()), Source.BROWSER);
				}
			}
		}
		return new ViewerZone(DEFAULT, Source.DEFAULT);
	}

	/**
	 * The zone the page was rendered in when it was only a default, for the script to
	 * compare with the browser's; {@code null} when the zone is the member's or the
	 * browser's own.
	 */
	public String guessed() {
		return (this.source == Source.DEFAULT) ? this.zone.getId() : null;
	}

	/** Where a viewer's zone came from. */
	public enum Source {

		/** The logged-in member's profile. */
		PROFILE,

		/** The visitor's browser, through the cookie. */
		BROWSER,

		/** Nowhere: WIB. */
		DEFAULT

	}

}
