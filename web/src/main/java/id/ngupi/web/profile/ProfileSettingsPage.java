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
 * @param timezones the timezone field: its choices and what was typed into its search
 * @param languages the language choices
 * @param notice what the last change did, if anything is to be said
 * @param savedHandle the handle currently saved, for the link to the public profile
 */
public record ProfileSettingsPage(ProfileChange form, FormErrors errors, TimeZoneField timezones,
		List<SelectOption> languages, Notice notice, String savedHandle) {
}
