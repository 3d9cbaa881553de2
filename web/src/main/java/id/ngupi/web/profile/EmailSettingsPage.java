package id.ngupi.web.profile;

import id.ngupi.web.support.FormErrors;
import id.ngupi.web.support.Notice;

/**
 * What the email settings page shows: the verified address, the one waiting for its link
 * to be followed, the form to enter a (new) address and a one-time notice.
 *
 * @param verifiedEmail the account's verified address, or {@code null}
 * @param pendingEmail the address waiting for verification, or {@code null}
 * @param pendingExpires when the pending address's link stops working, as shown to the
 * member (their timezone and language), or {@code null}
 * @param pendingExpired whether that link no longer works
 * @param formEmail the address in the form
 * @param errors the form's errors in the viewer's language
 * @param notice what the last action did, if anything is to be said
 * @param localMailbox whether this run keeps its mails on the local mailbox page instead
 * of sending them
 */
public record EmailSettingsPage(String verifiedEmail, String pendingEmail, String pendingExpires,
		boolean pendingExpired, String formEmail, FormErrors errors, Notice notice, boolean localMailbox) {

	public boolean hasAny() {
		return this.verifiedEmail != null || this.pendingEmail != null;
	}

}
