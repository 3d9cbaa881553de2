package id.ngupi.web.hosting;

import java.util.List;

import id.ngupi.web.profile.TimeZoneField;
import id.ngupi.web.support.FormErrors;
import id.ngupi.web.support.Notice;

/**
 * What the host profile page shows: the form (what the member last entered, or the saved
 * profile), its errors, the choices of its checkboxes and select, and where the host
 * stands.
 *
 * @param form the values in the form
 * @param errors the form's errors in the viewer's language
 * @param topics the topic checkboxes: Ngupi's own topics, then the host's proposed ones
 * @param languages the language checkboxes
 * @param timezones the timezone field: its choices and what was typed into its search
 * @param notice what the last change did, if anything is to be said
 * @param status where the host stands; {@code null} while the member does not host
 */
public record HostingSettingsPage(HostProfileForm form, FormErrors errors, List<Choice> topics, List<Choice> languages,
		TimeZoneField timezones, Notice notice, HostingStatus status) {

	/** Whether the member hosts already (else the form turns hosting on). */
	public boolean hosting() {
		return this.status != null;
	}

}
