package id.ngupi.moderation;

import java.time.Instant;
import java.util.List;

import id.ngupi.identity.AccountId;

/**
 * One reported target waiting in the admins' queue, with all its open reports.
 *
 * @param first the oldest open report on it (the case's address)
 * @param target what is reported
 * @param subject whose conduct or words
 * @param subjectHandle their handle, or {@code null} when the account is gone
 * @param reasons the open reports' reasons, most frequent first
 * @param reports how many open reports
 * @param oldest when the oldest was filed
 */
public record QueueItem(ReportId first, Target target, AccountId subject, String subjectHandle,
		List<ReportReason> reasons, int reports, Instant oldest) {

	public QueueItem {
		reasons = List.copyOf(reasons);
	}

}
