package id.ngupi.notifications.internal;

import java.time.Instant;
import java.util.List;

import id.ngupi.booking.BookingId;
import id.ngupi.identity.AccountId;
import id.ngupi.notifications.NotificationKind;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import org.springframework.stereotype.Repository;

import static id.ngupi.db.jooq.notifications.Tables.REMINDER;
import static id.ngupi.notifications.internal.Payloads.at;
import static id.ngupi.notifications.internal.Payloads.instant;

/** The reminders still to be sent before sessions. */
@Repository
class ReminderStore {

	private final DSLContext sql;

	ReminderStore(DSLContext sql) {
		this.sql = sql;
	}

	void schedule(BookingId booking, AccountId recipient, NotificationKind kind, Instant due, Instant start) {
		this.sql.insertInto(REMINDER)
			.set(REMINDER.BOOKING_ID, booking.value())
			.set(REMINDER.RECIPIENT_ID, recipient.value())
			.set(REMINDER.KIND, kind.code())
			.set(REMINDER.DUE_AT, at(due))
			.set(REMINDER.STARTS_AT, at(start))
			.onConflictDoNothing()
			.execute();
	}

	void cancel(BookingId booking) {
		this.sql.deleteFrom(REMINDER).where(REMINDER.BOOKING_ID.eq(booking.value())).execute();
	}

	void forget(AccountId recipient) {
		this.sql.deleteFrom(REMINDER).where(REMINDER.RECIPIENT_ID.eq(recipient.value())).execute();
	}

	/**
	 * Removes up to {@code limit} due reminders and returns them, in the caller's
	 * transaction. The rows are locked with {@code SKIP LOCKED}, so another instance
	 * taking reminders at the same moment gets others, and once the caller commits nobody
	 * gets these again.
	 */
	List<Due> takeDue(Instant now, int limit) {
		var due = this.sql.select(REMINDER.BOOKING_ID, REMINDER.RECIPIENT_ID, REMINDER.KIND)
			.from(REMINDER)
			.where(REMINDER.DUE_AT.le(at(now)))
			.orderBy(REMINDER.DUE_AT)
			.limit(limit)
			.forUpdate()
			.skipLocked();
		return this.sql.deleteFrom(REMINDER)
			.where(DSL.row(REMINDER.BOOKING_ID, REMINDER.RECIPIENT_ID, REMINDER.KIND).in(due))
			.returning()
			.fetch(row -> new Due(new BookingId(row.getBookingId()), new AccountId(row.getRecipientId()),
					NotificationKind.ofCode(row.getKind()), instant(row.getStartsAt())));
	}

	/** How many reminders wait for the session. */
	int count(BookingId booking) {
		return this.sql.fetchCount(REMINDER, REMINDER.BOOKING_ID.eq(booking.value()));
	}

	/**
	 * A reminder that is due.
	 *
	 * @param booking the session
	 * @param recipient who is reminded
	 * @param kind a day or an hour before
	 * @param start when the session was to start when the reminder was made
	 */
	record Due(BookingId booking, AccountId recipient, NotificationKind kind, Instant start) {
	}

}
