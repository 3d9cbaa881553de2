package id.ngupi.moderation.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import id.ngupi.db.jooq.moderation.tables.records.ReportRecord;
import id.ngupi.identity.AccountId;
import id.ngupi.moderation.Report;
import id.ngupi.moderation.ReportForm;
import id.ngupi.moderation.ReportId;
import id.ngupi.moderation.ReportReason;
import id.ngupi.moderation.ReportStatus;
import id.ngupi.moderation.Target;
import id.ngupi.moderation.TargetKind;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.impl.DSL;

import org.springframework.stereotype.Repository;

import static id.ngupi.db.jooq.moderation.Tables.REPORT;

/** Members' reports, in the {@code moderation} schema. */
@Repository
public class ReportStore {

	/** The first key of the reporters' advisory locks. */
	private static final int REPORTER_LOCKS = 0x4E474D52;

	/** The first key of the advisory locks on the members admins act on. */
	private static final int SUBJECT_LOCKS = 0x4E474D53;

	private static final String OPEN = "open";

	private final DSLContext sql;

	ReportStore(DSLContext sql) {
		this.sql = sql;
	}

	/**
	 * Serialises one member's reports until the transaction ends, so that their limits
	 * are judged one report at a time however many they send at once.
	 */
	public void lockReporter(AccountId reporter) {
		lock(REPORTER_LOCKS, reporter);
	}

	/**
	 * Serialises the admins' actions on one member until the transaction ends, so that
	 * two admins acting at once never both suspend (or hide, or restore) and both write
	 * it down.
	 */
	public void lockSubject(AccountId subject) {
		lock(SUBJECT_LOCKS, subject);
	}

	private void lock(int space, AccountId account) {
		this.sql.select(DSL.field("pg_advisory_xact_lock({0}, {1})", Object.class, DSL.val(space),
				DSL.val(account.value().hashCode())))
			.fetch();
	}

	/**
	 * How many of the member's reports are open, and how many they filed since then, in
	 * one statement.
	 */
	public Counts counts(AccountId reporter, Instant since) {
		Record2<Integer, Integer> counts = this.sql
			.select(DSL.count().filterWhere(REPORT.STATUS.eq(OPEN)),
					DSL.count().filterWhere(REPORT.FILED_AT.gt(at(since))))
			.from(REPORT)
			.where(REPORT.REPORTER_ID.eq(reporter.value()))
			.fetchSingle();
		return new Counts(counts.value1(), counts.value2());
	}

	/**
	 * A member's report counts.
	 *
	 * @param open how many wait for an admin
	 * @param recent how many were filed since the time asked
	 */
	public record Counts(int open, int recent) {
	}

	/**
	 * Files the report; empty when the member's report of the same target is open
	 * already.
	 */
	public Optional<ReportId> insert(AccountId reporter, Target target, AccountId subject, ReportForm form,
			Instant now) {
		return this.sql.insertInto(REPORT)
			.set(REPORT.REPORTER_ID, reporter.value())
			.set(REPORT.TARGET_KIND, target.kind().code())
			.set(REPORT.TARGET_ID, target.id())
			.set(REPORT.TARGET_AUTHOR, (target.author() != null) ? target.author().value() : null)
			.set(REPORT.SUBJECT_ID, subject.value())
			.set(REPORT.REASON, form.reason().code())
			.set(REPORT.DETAILS, form.details())
			.set(REPORT.FILED_AT, at(now))
			.onConflictDoNothing()
			.returning(REPORT.ID)
			.fetchOptional()
			.map(inserted -> new ReportId(inserted.getId()));
	}

	public Optional<Report> find(ReportId report) {
		return this.sql.selectFrom(REPORT).where(REPORT.ID.eq(report.value())).fetchOptional(ReportStore::toReport);
	}

	/** The member's reports, newest first. */
	public List<Report> filedBy(AccountId reporter, int limit) {
		return this.sql.selectFrom(REPORT)
			.where(REPORT.REPORTER_ID.eq(reporter.value()))
			.orderBy(REPORT.FILED_AT.desc(), REPORT.ID)
			.limit(limit)
			.fetch(ReportStore::toReport);
	}

	/** The reports about a member, newest first. */
	public List<Report> about(AccountId subject, int limit) {
		return this.sql.selectFrom(REPORT)
			.where(REPORT.SUBJECT_ID.eq(subject.value()))
			.orderBy(REPORT.FILED_AT.desc(), REPORT.ID)
			.limit(limit)
			.fetch(ReportStore::toReport);
	}

	public int countAbout(AccountId subject) {
		return this.sql.fetchCount(REPORT, REPORT.SUBJECT_ID.eq(subject.value()));
	}

	/** The open reports, oldest first. */
	public List<Report> open(int limit) {
		return this.sql.selectFrom(REPORT)
			.where(REPORT.STATUS.eq(OPEN))
			.orderBy(REPORT.FILED_AT, REPORT.ID)
			.limit(limit)
			.fetch(ReportStore::toReport);
	}

	/** The open reports on a target, oldest first, locked until the transaction ends. */
	public List<Report> lockOpenOn(Target target) {
		return this.sql.selectFrom(REPORT)
			.where(REPORT.STATUS.eq(OPEN))
			.and(on(target))
			.orderBy(REPORT.FILED_AT, REPORT.ID)
			.forUpdate()
			.fetch(ReportStore::toReport);
	}

	/** The open reports on a target, oldest first. */
	public List<Report> openOn(Target target) {
		return this.sql.selectFrom(REPORT)
			.where(REPORT.STATUS.eq(OPEN))
			.and(on(target))
			.orderBy(REPORT.FILED_AT, REPORT.ID)
			.fetch(ReportStore::toReport);
	}

	/** Answers the reports (which the caller holds locked). */
	public void resolve(Collection<ReportId> reports, ReportStatus status, Instant now) {
		if (reports.isEmpty()) {
			return;
		}
		this.sql.update(REPORT)
			.set(REPORT.STATUS, status.name().toLowerCase())
			.set(REPORT.RESOLVED_AT, at(now))
			.where(REPORT.ID.in(reports.stream().map(ReportId::value).toList()))
			.execute();
	}

	/**
	 * A deleted member's reports stay for the admins without naming them; the open
	 * reports about them are closed, what they were about being gone.
	 */
	public List<Report> forget(AccountId member, Instant now) {
		this.sql.update(REPORT)
			.set(REPORT.REPORTER_ID, (UUID) null)
			.where(REPORT.REPORTER_ID.eq(member.value()))
			.execute();
		return this.sql.update(REPORT)
			.set(REPORT.STATUS, ReportStatus.CLOSED.name().toLowerCase())
			.set(REPORT.RESOLVED_AT, at(now))
			.where(REPORT.SUBJECT_ID.eq(member.value()))
			.and(REPORT.STATUS.eq(OPEN))
			.returning()
			.fetch(ReportStore::toReport);
	}

	private static Condition on(Target target) {
		Condition condition = REPORT.TARGET_KIND.eq(target.kind().code()).and(REPORT.TARGET_ID.eq(target.id()));
		return (target.author() != null) ? condition.and(REPORT.TARGET_AUTHOR.eq(target.author().value())) : condition;
	}

	static Report toReport(ReportRecord row) {
		TargetKind kind = TargetKind.ofCode(row.getTargetKind()).orElseThrow();
		Target target = new Target(kind, row.getTargetId(),
				(row.getTargetAuthor() != null) ? new AccountId(row.getTargetAuthor()) : null);
		return new Report(new ReportId(row.getId()),
				(row.getReporterId() != null) ? new AccountId(row.getReporterId()) : null, target,
				new AccountId(row.getSubjectId()), ReportReason.ofCode(row.getReason()).orElseThrow(), row.getDetails(),
				ReportStatus.valueOf(row.getStatus().toUpperCase()), row.getFiledAt().toInstant(),
				(row.getResolvedAt() != null) ? row.getResolvedAt().toInstant() : null);
	}

	static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
