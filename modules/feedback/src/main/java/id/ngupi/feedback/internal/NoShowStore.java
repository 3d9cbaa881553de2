package id.ngupi.feedback.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import id.ngupi.booking.BookingId;
import id.ngupi.db.jooq.feedback.tables.records.NoShowRecord;
import id.ngupi.feedback.FeedbackRole;
import id.ngupi.feedback.NoShowAnswer;
import id.ngupi.feedback.NoShowReport;
import id.ngupi.identity.AccountId;
import org.jooq.DSLContext;

import org.springframework.stereotype.Repository;

import static id.ngupi.db.jooq.feedback.Tables.NO_SHOW;

/** The feedback schema's no-show reports: one per session, answered at most once. */
@Repository
public class NoShowStore {

	private final DSLContext sql;

	NoShowStore(DSLContext sql) {
		this.sql = sql;
	}

	/**
	 * A report as stored.
	 *
	 * @param booking the session
	 * @param reporter who reported
	 * @param absent who was reported absent
	 * @param absentRole their side
	 * @param sessionEndedAt when the session ended
	 * @param reportedAt when it was reported
	 * @param answerBy until when it can be answered
	 * @param answer the answer, or {@code null}
	 * @param note what came with the answer, or {@code null}
	 * @param answeredAt when it was answered, or {@code null}
	 */
	public record Report(BookingId booking, AccountId reporter, AccountId absent, FeedbackRole absentRole,
			Instant sessionEndedAt, Instant reportedAt, Instant answerBy, NoShowAnswer answer, String note,
			Instant answeredAt) {

		/** The report as one of the session's two sides sees it. */
		public NoShowReport seenBy(AccountId viewer) {
			return new NoShowReport(this.reporter.equals(viewer), this.absentRole, this.reportedAt, this.answerBy,
					this.answer, this.note, this.answeredAt);
		}

	}

	/** Records the report; whether there was none on the session before. */
	public boolean report(Report report) {
		return this.sql.insertInto(NO_SHOW)
			.set(NO_SHOW.BOOKING_ID, report.booking().value())
			.set(NO_SHOW.REPORTER_ID, report.reporter().value())
			.set(NO_SHOW.ABSENT_ID, report.absent().value())
			.set(NO_SHOW.ABSENT_ROLE, report.absentRole().name().toLowerCase())
			.set(NO_SHOW.SESSION_ENDED_AT, at(report.sessionEndedAt()))
			.set(NO_SHOW.REPORTED_AT, at(report.reportedAt()))
			.set(NO_SHOW.ANSWER_BY, at(report.answerBy()))
			.onConflictDoNothing()
			.execute() == 1;
	}

	public Optional<Report> find(BookingId booking) {
		return this.sql.selectFrom(NO_SHOW)
			.where(NO_SHOW.BOOKING_ID.eq(booking.value()))
			.fetchOptional(NoShowStore::toReport);
	}

	/** Records the answer, unless one was given already; whether it was recorded. */
	public boolean answer(BookingId booking, NoShowAnswer answer, String note, Instant now) {
		return this.sql.update(NO_SHOW)
			.set(NO_SHOW.ANSWER, answer.name().toLowerCase())
			.set(NO_SHOW.ANSWER_NOTE, note)
			.set(NO_SHOW.ANSWERED_AT, at(now))
			.where(NO_SHOW.BOOKING_ID.eq(booking.value()), NO_SHOW.ANSWER.isNull())
			.execute() == 1;
	}

	/**
	 * The reports against the member as attendee of sessions that ended since the given
	 * time, whatever their answer, newest session first.
	 */
	public List<Report> againstAttendee(AccountId absent, Instant since) {
		return this.sql.selectFrom(NO_SHOW)
			.where(NO_SHOW.ABSENT_ID.eq(absent.value()), NO_SHOW.ABSENT_ROLE.eq("attendee"),
					NO_SHOW.SESSION_ENDED_AT.ge(at(since)))
			.orderBy(NO_SHOW.SESSION_ENDED_AT.desc())
			.fetch(NoShowStore::toReport);
	}

	/**
	 * The reports against any of the members as attendee of sessions that ended since the
	 * given time, newest session first.
	 */
	public List<Report> againstAttendees(Collection<AccountId> absent, Instant since) {
		return this.sql.selectFrom(NO_SHOW)
			.where(NO_SHOW.ABSENT_ID.in(absent.stream().map(AccountId::value).toList()),
					NO_SHOW.ABSENT_ROLE.eq("attendee"), NO_SHOW.SESSION_ENDED_AT.ge(at(since)))
			.orderBy(NO_SHOW.SESSION_ENDED_AT.desc())
			.fetch(NoShowStore::toReport);
	}

	/** Everything reported by or against the member, newest session first. */
	public List<Report> involving(AccountId member) {
		return this.sql.selectFrom(NO_SHOW)
			.where(NO_SHOW.REPORTER_ID.eq(member.value()).or(NO_SHOW.ABSENT_ID.eq(member.value())))
			.orderBy(NO_SHOW.SESSION_ENDED_AT.desc())
			.fetch(NoShowStore::toReport);
	}

	static Report toReport(NoShowRecord record) {
		return new Report(new BookingId(record.getBookingId()), new AccountId(record.getReporterId()),
				new AccountId(record.getAbsentId()), FeedbackRole.valueOf(record.getAbsentRole().toUpperCase()),
				record.getSessionEndedAt().toInstant(), record.getReportedAt().toInstant(),
				record.getAnswerBy().toInstant(),
				(record.getAnswer() == null) ? null : NoShowAnswer.valueOf(record.getAnswer().toUpperCase()),
				record.getAnswerNote(), (record.getAnsweredAt() == null) ? null : record.getAnsweredAt().toInstant());
	}

	private static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
