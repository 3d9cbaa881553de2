package id.ngupi.moderation;

import id.ngupi.identity.AccountId;

/**
 * What the moderation module tells the rest of the platform, published inside the
 * transaction that made the change. Suspensions and restorations are identity's own
 * events.
 */
public final class ModerationEvents {

	private ModerationEvents() {
	}

	/**
	 * A member filed a report.
	 *
	 * @param report the report
	 * @param target what it is about
	 * @param reason why
	 */
	public record ReportFiled(ReportId report, Target target, ReportReason reason) {
	}

	/**
	 * An admin answered a member's report: the reporter is told it was looked at, never
	 * what was done to whom.
	 *
	 * @param report the report
	 * @param reporter who filed it
	 * @param actioned whether the admin acted on it (rather than dismissing it)
	 */
	public record ReportResolved(ReportId report, AccountId reporter, boolean actioned) {
	}

	/**
	 * A member's report was closed unanswered because what it was about is gone (its
	 * account was deleted).
	 *
	 * @param report the report
	 * @param reporter who filed it
	 */
	public record ReportClosed(ReportId report, AccountId reporter) {
	}

	/**
	 * An admin warned a member.
	 *
	 * @param member the member
	 * @param kind what their report was about
	 * @param reason the admin's words, shown to the member
	 * @param entry the audit entry that records it
	 */
	public record MemberWarned(AccountId member, TargetKind kind, String reason, long entry) {
	}

	/**
	 * An admin hid a member's content from everyone else.
	 *
	 * @param owner whose content
	 * @param target what was hidden
	 * @param reason the admin's words, shown to the owner
	 * @param entry the audit entry that records it
	 */
	public record ContentHidden(AccountId owner, Target target, String reason, long entry) {
	}

	/**
	 * An admin showed hidden content again.
	 *
	 * @param owner whose content
	 * @param target what is shown again
	 * @param entry the audit entry that records it
	 */
	public record ContentShown(AccountId owner, Target target, long entry) {
	}

}
