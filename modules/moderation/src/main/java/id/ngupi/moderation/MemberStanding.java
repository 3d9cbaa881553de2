package id.ngupi.moderation;

import java.util.List;

import id.ngupi.identity.Account;

/**
 * A member as an admin sees them, to act without a report (restore a suspension, show a
 * hidden host page or feedback again).
 *
 * @param account the member
 * @param host whether they host
 * @param hostPageHidden whether their host page is hidden
 * @param hiddenFeedback their feedback a moderator hid and that is still hidden
 * @param reports the reports about them, newest first
 * @param history the audit entries about them, newest first
 * @param actions what the admin can do to the account itself (warn, suspend or restore)
 * and its host page (hide or unhide)
 */
public record MemberStanding(Account account, boolean host, boolean hostPageHidden, List<Target> hiddenFeedback,
		List<Report> reports, List<AuditEntry> history, List<ModerationAction> actions) {

	public MemberStanding {
		hiddenFeedback = List.copyOf(hiddenFeedback);
		reports = List.copyOf(reports);
		history = List.copyOf(history);
		actions = List.copyOf(actions);
	}

}
