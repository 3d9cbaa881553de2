package id.ngupi.moderation;

import java.util.List;

import id.ngupi.identity.Account;

/**
 * A report with everything an admin needs to decide: the reported content in context,
 * every open report on it, the subject's earlier reports and moderation history, and what
 * can be done now.
 *
 * @param report the report asked for
 * @param openReports every open report on the same target, oldest first
 * @param content the reported content
 * @param subject the member it is about; {@code null} when the account is gone
 * @param history the audit entries about the subject, newest first
 * @param reportsAboutSubject how many reports were ever filed about the subject
 * @param actions what the admin can do now (nothing when the case is about them)
 * @param aboutAdmin whether the case is about the admin asking: another admin decides it
 */
public record ModerationCase(Report report, List<Report> openReports, ReportedContent content, Account subject,
		List<AuditEntry> history, int reportsAboutSubject, List<ModerationAction> actions, boolean aboutAdmin) {

	public ModerationCase {
		openReports = List.copyOf(openReports);
		history = List.copyOf(history);
		actions = List.copyOf(actions);
	}

}
