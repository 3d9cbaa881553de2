package id.ngupi.web.moderation;

import java.util.List;

import id.ngupi.web.support.FormErrors;
import id.ngupi.web.support.Notice;

/**
 * What the admins' pages show. Every text a member or an admin wrote is plain text the
 * templates escape.
 */
public final class AdminPages {

	private AdminPages() {
	}

	/**
	 * The queue ({@code /admin}): the reported targets waiting, the one waiting longest
	 * first.
	 *
	 * @param items the targets
	 * @param notice what just happened, or {@code null}
	 */
	public record Queue(List<QueueLine> items, Notice notice) {

		public Queue {
			items = List.copyOf(items);
		}

	}

	/**
	 * One reported target in the queue.
	 *
	 * @param kindKey what kind of thing
	 * @param subjectHandle whose, or {@code null} when the account is gone
	 * @param reasonKeys the reasons given, most frequent first
	 * @param reports how many open reports
	 * @param datetime when the oldest was filed, for {@code <time datetime>}
	 * @param oldest when the oldest was filed, in the admin's zone
	 * @param href the case
	 */
	public record QueueLine(String kindKey, String subjectHandle, List<String> reasonKeys, int reports, String datetime,
			String oldest, String href) {

		public QueueLine {
			reasonKeys = List.copyOf(reasonKeys);
		}

	}

	/**
	 * One report as the case lists it.
	 *
	 * @param reporterHandle who filed it, or {@code null} once their account is gone
	 * @param what what it is about (on a member's page, where reports of several things
	 * are listed)
	 * @param reasonKey why
	 * @param details the reporter's words (may be empty)
	 * @param datetime when it was filed, for {@code <time datetime>}
	 * @param filedAt when it was filed, in the admin's zone
	 * @param statusKey where it stands
	 * @param href its case
	 */
	public record ReportLine(String reporterHandle, Phrase what, String reasonKey, String details, String datetime,
			String filedAt, String statusKey, String href) {
	}

	/**
	 * One entry of the audit log.
	 *
	 * @param id its place in the log
	 * @param datetime when, for {@code <time datetime>}
	 * @param at when, in the admin's zone
	 * @param adminHandle the admin's handle then
	 * @param actionKey what they did, in words
	 * @param kindKey on what kind of thing, or {@code null}
	 * @param subjectHandle whose, or {@code null} when the account is gone
	 * @param reports how many open reports it resolved
	 * @param reason the admin's words
	 */
	public record AuditLine(long id, String datetime, String at, String adminHandle, String actionKey, String kindKey,
			String subjectHandle, int reports, String reason) {
	}

	/**
	 * The audit log ({@code /admin/audit}), a page at a time.
	 *
	 * @param entries the entries, newest first
	 * @param olderHref the next page, or {@code null} when these are the oldest
	 */
	public record Audit(List<AuditLine> entries, String olderHref) {

		public Audit {
			entries = List.copyOf(entries);
		}

	}

	/**
	 * An action the admin can choose, with what it does in one line.
	 *
	 * @param code its value
	 * @param labelKey its name
	 * @param explainKey what it does
	 * @param checked whether it is chosen
	 */
	public record ActionChoice(String code, String labelKey, String explainKey, boolean checked) {
	}

	/**
	 * One form acting on a member or a report: the actions to choose from and the reason.
	 *
	 * @param id the form's own prefix for its fields' ids (several forms share a page)
	 * @param action where it is sent
	 * @param kind the target's kind code, or {@code null} (a report's form names its
	 * target by the report)
	 * @param targetId the target's id, or {@code null}
	 * @param author a feedback's author, or {@code null}
	 * @param titleKey what the form is about
	 * @param actions the actions
	 * @param reason what the reason field shows
	 * @param errors the form's errors, under {@code id + "-action"} and
	 * {@code id + "-reason"}
	 */
	public record ActionFormView(String id, String action, String kind, String targetId, String author, Phrase title,
			List<ActionChoice> actions, String reason, FormErrors errors) {

		public ActionFormView {
			actions = List.copyOf(actions);
		}

		public String actionField() {
			return this.id + "-action";
		}

		public String reasonField() {
			return this.id + "-reason";
		}

	}

	/**
	 * A member's standing as a case or their page shows it.
	 *
	 * @param handle their handle, or {@code null} when the account is gone
	 * @param displayName their name, or {@code null}
	 * @param suspended whether the account is suspended
	 * @param suspendedReason why, or {@code null}
	 * @param reportsAbout how many reports were ever filed about them
	 * @param history the audit entries about them, newest first
	 */
	public record Standing(String handle, String displayName, boolean suspended, String suspendedReason,
			int reportsAbout, List<AuditLine> history) {

		public Standing {
			history = List.copyOf(history);
		}

	}

	/**
	 * A case ({@code /admin/laporan/{id}}): the reports, the content in context, the
	 * subject's standing, and the one form.
	 *
	 * @param what what is reported
	 * @param reports every open report on it (or the report asked for, once answered)
	 * @param answered whether the report asked for was already answered
	 * @param content the content as it is now
	 * @param standing the subject's standing
	 * @param form the form, or {@code null} when nothing can be done
	 * @param notice what just happened, or {@code null}
	 */
	public record Case(Phrase what, List<ReportLine> reports, boolean answered, CaseContent content, Standing standing,
			ActionFormView form, boolean aboutYou, Notice notice) {

		public Case {
			reports = List.copyOf(reports);
		}

	}

	/**
	 * A member as the admins see them ({@code /admin/anggota/{handle}}).
	 *
	 * @param standing their standing
	 * @param host whether they host
	 * @param hostPageHidden whether their host page is hidden
	 * @param forms the forms: the account's, the host page's, one per hidden feedback
	 * @param reports the reports about them, newest first
	 * @param notice what just happened, or {@code null}
	 */
	public record Member(Standing standing, boolean host, boolean hostPageHidden, List<ActionFormView> forms,
			List<ReportLine> reports, Notice notice) {

		public Member {
			forms = List.copyOf(forms);
			reports = List.copyOf(reports);
		}

	}

}
