package id.ngupi.web.profile;

import java.util.List;

import id.ngupi.identity.ProfileChange;
import id.ngupi.web.support.FormErrors;
import id.ngupi.web.support.Notice;
import id.ngupi.web.support.SelectOption;

/**
 * What the profile settings page shows: the form with what the member last entered (or
 * their saved profile), its errors, the choices of its selects and a one-time notice.
 *
 * @param form the values in the form
 * @param errors the form's errors in the viewer's language
 * @param timezones the timezone choices
 * @param languages the language choices
 * @param notice what the last change did, if anything is to be said
 * @param savedHandle the handle currently saved, for the link to the public profile
 */
public record ProfileSettingsPage(ProfileChange form, FormErrors errors, List<SelectOption> timezones,
		List<SelectOption> languages, Notice notice, String savedHandle) {

	/** The maximum lengths the form's fields announce; the constraints enforce them. */
	public static final int HANDLE_MAX = 39;

	public static final int DISPLAY_NAME_MAX = 60;

	public static final int BIO_MAX = 500;

	public static final int URL_MAX = 200;

}
