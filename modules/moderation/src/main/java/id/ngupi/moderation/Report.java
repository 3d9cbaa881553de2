package id.ngupi.moderation;

import java.time.Instant;

import id.ngupi.identity.AccountId;

/**
 * A member's report.
 *
 * @param id the report
 * @param reporter who filed it; {@code null} once they deleted their account
 * @param target what is reported
 * @param subject whose conduct or words it is about
 * @param reason why
 * @param details what happened, in the reporter's words (may be empty)
 * @param status where it stands
 * @param filedAt when it was filed
 * @param resolvedAt when an admin resolved it, if they did
 */
public record Report(ReportId id, AccountId reporter, Target target, AccountId subject, ReportReason reason,
		String details, ReportStatus status, Instant filedAt, Instant resolvedAt) {

	public boolean open() {
		return this.status == ReportStatus.OPEN;
	}

}
