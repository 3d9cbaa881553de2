package id.ngupi.web.notifications;

import java.util.List;

import id.ngupi.web.support.Notice;

/**
 * What the mail preferences page shows.
 *
 * @param choices each kind a member may turn off, and whether it is mailed
 * @param verified whether the member has a verified address to mail to
 * @param refusal why a mail server refused that address for good, or {@code null}
 * @param notice what the last save did, if anything
 */
public record PreferencesPage(List<Choice> choices, boolean verified, String refusal, Notice notice) {

	/**
	 * One kind of notification.
	 *
	 * @param kind the kind's code, the checkbox's value
	 * @param label the kind as the member reads it
	 * @param mail whether it is mailed
	 */
	public record Choice(String kind, String label, boolean mail) {
	}

}
