package id.ngupi.moderation;

import java.time.Instant;
import java.util.List;

import id.ngupi.identity.Account;

/**
 * A member as an admin sees them, to act without a report (restore a suspension, show a
 * hidden host page or feedback again).
 *
 * @param account the member
 * @param host whether they host
 * @param hostPageHidden whether their host page is hidden
 * @param hiddenFeedback their feedback a moderator hid and that is still hidden (each can
 * be shown again)
 * @param reports the reports about them, newest first
 * @param history the audit entries about them, newest first
 * @param accountActions what the admin can do to the account itself (warn, suspend or
 * restore; nothing when it is the admin's own)
 * @param hostPageActions what the admin can do to its host page (hide or unhide; nothing
 * when the member does not host or is the admin)
 */
public record MemberStanding(Account account, boolean host, boolean hostPageHidden, List<HiddenFeedback> hiddenFeedback,
		List<Report> reports, List<AuditEntry> history, List<ModerationAction> accountActions,
		List<ModerationAction> hostPageActions) {

	public MemberStanding {
		hiddenFeedback = List.copyOf(hiddenFeedback);
		reports = List.copyOf(reports);
		history = List.copyOf(history);
		accountActions = List.copyOf(accountActions);
		hostPageActions = List.copyOf(hostPageActions);
	}

	/**
	 * A piece of the member's feedback a moderator hid.
	 *
	 * @param target the feedback
	 * @param writtenAt when the member wrote it
	 */
	public record HiddenFeedback(Target target, Instant writtenAt) {
	}

}
