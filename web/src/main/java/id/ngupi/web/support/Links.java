package id.ngupi.web.support;

import java.nio.charset.StandardCharsets;

import org.springframework.web.util.UriUtils;

/**
 * Every URL of the site in one place, for controllers and templates alike, so that no
 * template concatenates a link by hand.
 */
public final class Links {

	public static final String HOME = "/";

	public static final String LOGIN = "/login";

	public static final String LOGOUT = "/logout";

	public static final String SETTINGS_PROFILE = "/settings/profile";

	public static final String SETTINGS_EMAIL = "/settings/email";

	public static final String SETTINGS_EMAIL_VERIFY = "/settings/email/verify";

	public static final String SETTINGS_EMAIL_REMOVE = "/settings/email/remove";

	public static final String SETTINGS_ACCOUNT = "/settings/account";

	public static final String SETTINGS_ACCOUNT_EXPORT = "/settings/account/export";

	public static final String SETTINGS_ACCOUNT_DELETE = "/settings/account/delete";

	public static final String DEMO_LOGIN = "/login/demo";

	/**
	 * The mails a local run would have sent; exists only in the {@code local} profile.
	 */
	public static final String DEV_MAIL = "/dev/mail";

	private Links() {
	}

	/** The login page, coming back to {@code here} afterwards. */
	public static String login(String here) {
		return (here == null || here.isEmpty() || "/".equals(here)) ? LOGIN : LOGIN + "?continue=" + encode(here);
	}

	/** Where the login with a provider starts. */
	public static String loginWith(String providerId) {
		return "/oauth2/authorization/" + UriUtils.encodePathSegment(providerId, StandardCharsets.UTF_8);
	}

	/**
	 * Where the login with a provider starts, coming back to {@code continueTo}
	 * afterwards.
	 */
	public static String loginWith(String providerId, String continueTo) {
		return (continueTo == null) ? loginWith(providerId) : loginWith(providerId) + "?continue=" + encode(continueTo);
	}

	/** A member's public profile, {@code /@handle}. */
	public static String profile(String handle) {
		return "/@" + UriUtils.encodePathSegment(handle, StandardCharsets.UTF_8);
	}

	/** Links another provider to the logged-in member's account (POST). */
	public static String linkProvider(String providerId) {
		return SETTINGS_ACCOUNT + "/link/" + UriUtils.encodePathSegment(providerId, StandardCharsets.UTF_8);
	}

	/** Unlinks a provider from the logged-in member's account (POST). */
	public static String unlinkProvider(String providerId) {
		return SETTINGS_ACCOUNT + "/unlink/" + UriUtils.encodePathSegment(providerId, StandardCharsets.UTF_8);
	}

	// hosting settings

	// discovery, topics and host pages

	private static String encode(String value) {
		return UriUtils.encodeQueryParam(value, StandardCharsets.UTF_8);
	}

}
