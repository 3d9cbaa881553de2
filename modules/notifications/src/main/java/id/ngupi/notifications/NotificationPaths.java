package id.ngupi.notifications;

import java.nio.charset.StandardCharsets;

import org.springframework.web.util.UriUtils;

/**
 * The site's pages that notifications link to, as paths. Mails start them with the site's
 * base URL; the web layer serves them (its own URL constants are checked against these).
 */
public final class NotificationPaths {

	/** The member's inbox, "Kabar". */
	public static final String INBOX = "/kabar";

	/** Which kinds of notification the member gets by mail. */
	public static final String PREFERENCES = "/kabar/pilihan";

	/** The one-click unsubscribe, for controller mappings; see {@link #unsubscribe}. */
	public static final String UNSUBSCRIBE = "/kabar/berhenti/{token}";

	/** Where an email verification link points; the token follows as {@code ?token=}. */
	public static final String EMAIL_VERIFY = "/settings/email/verify";

	/** The schedule settings, where a host's own calendars are listed. */
	public static final String SCHEDULE_SETTINGS = "/settings/hosting/schedule";

	/** The email settings, where a member enters and verifies an address. */
	public static final String EMAIL_SETTINGS = "/settings/email";

	/** The discovery page, where members find hosts. */
	public static final String DISCOVERY = "/";

	/** The member's profile settings. */
	public static final String PROFILE_SETTINGS = "/settings/profile";

	/** The host's own settings: their page, what they offer, their status. */
	public static final String HOSTING_SETTINGS = "/settings/hosting";

	/** The reports the member filed, with where each stands. */
	public static final String REPORTS = "/settings/laporan";

	private NotificationPaths() {
	}

	/** One session's page. */
	public static String session(String booking) {
		return "/sesi/" + segment(booking);
	}

	/** The page that asks the host before declining a request. */
	public static String sessionDecline(String booking) {
		return session(booking) + "/tolak";
	}

	/** A round's public page. */
	public static String round(String round) {
		return "/putaran/" + segment(round);
	}

	/** One of the host's rounds, with its applications. */
	public static String hostingRound(String round) {
		return "/settings/hosting/rounds/" + segment(round);
	}

	/** The feedback on one session. */
	public static String sessionFeedback(String booking) {
		return session(booking) + "/masukan";
	}

	/** A member's public page. */
	public static String profile(String handle) {
		return "/@" + segment(handle);
	}

	/** Turns one kind of mail off with one click (POST), or asks first (GET). */
	public static String unsubscribe(String token) {
		return "/kabar/berhenti/" + segment(token);
	}

	private static String segment(String value) {
		return UriUtils.encodePathSegment(value, StandardCharsets.UTF_8);
	}

}
