package id.ngupi.moderation.internal;

import java.time.Instant;
import java.util.List;

import id.ngupi.db.jooq.moderation.tables.records.AuditEntryRecord;
import id.ngupi.identity.AccountId;
import id.ngupi.moderation.AuditEntry;
import id.ngupi.moderation.ModerationAction;
import id.ngupi.moderation.ReportId;
import id.ngupi.moderation.Target;
import id.ngupi.moderation.TargetKind;
import org.jooq.DSLContext;

import org.springframework.stereotype.Repository;

import static id.ngupi.db.jooq.moderation.Tables.AUDIT_ENTRY;
import static id.ngupi.moderation.internal.ReportStore.at;

/**
 * The audit log: entries are only ever added (the table's trigger refuses any change to
 * one, whoever asks).
 */
@Repository
public class AuditLog {

	private final DSLContext sql;

	AuditLog(DSLContext sql) {
		this.sql = sql;
	}

	/**
	 * What to write down.
	 *
	 * @param admin who
	 * @param adminHandle their handle now
	 * @param action what
	 * @param target on what, if anything
	 * @param subject whose, if anyone's
	 * @param report the report answered, if any
	 * @param reports how many open reports it resolved
	 * @param reason why
	 */
	public record Entry(AccountId admin, String adminHandle, ModerationAction action, Target target, AccountId subject,
			ReportId report, int reports, String reason) {
	}

	public AuditEntry append(Entry entry, Instant now) {
		Target target = entry.target();
		return toEntry(this.sql.insertInto(AUDIT_ENTRY)
			.set(AUDIT_ENTRY.AT, at(now))
			.set(AUDIT_ENTRY.ADMIN_ID, entry.admin().value())
			.set(AUDIT_ENTRY.ADMIN_HANDLE, entry.adminHandle())
			.set(AUDIT_ENTRY.ACTION, entry.action().code())
			.set(AUDIT_ENTRY.TARGET_KIND, (target != null) ? target.kind().code() : null)
			.set(AUDIT_ENTRY.TARGET_ID, (target != null) ? target.id() : null)
			.set(AUDIT_ENTRY.TARGET_AUTHOR,
					(target != null && target.author() != null) ? target.author().value() : null)
			.set(AUDIT_ENTRY.SUBJECT_ID, (entry.subject() != null) ? entry.subject().value() : null)
			.set(AUDIT_ENTRY.REPORT_ID, (entry.report() != null) ? entry.report().value() : null)
			.set(AUDIT_ENTRY.REPORTS, entry.reports())
			.set(AUDIT_ENTRY.REASON, entry.reason())
			.returning()
			.fetchSingle());
	}

	/** The newest entries older than the one given (all when none), newest first. */
	public List<AuditEntry> page(Long before, int limit) {
		return this.sql.selectFrom(AUDIT_ENTRY)
			.where((before != null) ? AUDIT_ENTRY.ID.lt(before) : AUDIT_ENTRY.ID.isNotNull())
			.orderBy(AUDIT_ENTRY.ID.desc())
			.limit(limit)
			.fetch(AuditLog::toEntry);
	}

	/** The entries about a member, newest first. */
	public List<AuditEntry> about(AccountId subject, int limit) {
		return this.sql.selectFrom(AUDIT_ENTRY)
			.where(AUDIT_ENTRY.SUBJECT_ID.eq(subject.value()))
			.orderBy(AUDIT_ENTRY.ID.desc())
			.limit(limit)
			.fetch(AuditLog::toEntry);
	}

	/** The feedback of the member a moderator ever hid, newest first, each once. */
	public List<Target> feedbackHidden(AccountId author) {
		return this.sql.selectDistinct(AUDIT_ENTRY.TARGET_ID, AUDIT_ENTRY.TARGET_AUTHOR)
			.from(AUDIT_ENTRY)
			.where(AUDIT_ENTRY.SUBJECT_ID.eq(author.value()))
			.and(AUDIT_ENTRY.ACTION.eq(ModerationAction.HIDE.code()))
			.and(AUDIT_ENTRY.TARGET_KIND.eq(TargetKind.FEEDBACK.code()))
			.fetch(row -> new Target(TargetKind.FEEDBACK, row.value1(), new AccountId(row.value2())));
	}

	static AuditEntry toEntry(AuditEntryRecord row) {
		Target target = (row.getTargetKind() != null) ? new Target(TargetKind.ofCode(row.getTargetKind()).orElseThrow(),
				row.getTargetId(), (row.getTargetAuthor() != null) ? new AccountId(row.getTargetAuthor()) : null)
				: null;
		return new AuditEntry(row.getId(), row.getAt().toInstant(), new AccountId(row.getAdminId()),
				row.getAdminHandle(), ModerationAction.ofCode(row.getAction()), target,
				(row.getSubjectId() != null) ? new AccountId(row.getSubjectId()) : null,
				(row.getReportId() != null) ? new ReportId(row.getReportId()) : null, row.getReports(),
				row.getReason());
	}

}
