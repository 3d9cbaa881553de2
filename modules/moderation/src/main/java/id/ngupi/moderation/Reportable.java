package id.ngupi.moderation;

import java.util.List;

import id.ngupi.identity.AccountId;

/**
 * Something a member may report, as the report form shows it.
 *
 * @param target what
 * @param subject whose conduct or words
 * @param reasons the reasons that fit it
 * @param open the member's report of it still waiting for an admin, or {@code null}
 */
public record Reportable(Target target, AccountId subject, List<ReportReason> reasons, Report open) {

	public Reportable {
		reasons = List.copyOf(reasons);
	}

}
