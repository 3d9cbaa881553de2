package id.ngupi.notifications.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.ngupi.db.jooq.notifications.tables.records.DeliveryRecord;
import id.ngupi.identity.AccountId;
import id.ngupi.notifications.NotificationExport;
import id.ngupi.notifications.NotificationId;
import org.jooq.DSLContext;

import org.springframework.stereotype.Repository;

import static id.ngupi.db.jooq.notifications.Tables.DELIVERY;
import static id.ngupi.db.jooq.notifications.Tables.NOTIFICATION;
import static id.ngupi.notifications.internal.Payloads.at;
import static id.ngupi.notifications.internal.Payloads.instant;

/**
 * The mails of notifications and where each stands: waiting (perhaps after a failed
 * attempt), sent, refused for good, given up, or skipped.
 */
@Repository
class DeliveryStore {

	private final DSLContext sql;

	DeliveryStore(DSLContext sql) {
		this.sql = sql;
	}

	/** The mails of everything the member was told, by notification. */
	Map<NotificationId, NotificationExport.Mail> ofRecipient(AccountId recipient) {
		return this.sql
			.select(DELIVERY.NOTIFICATION_ID, DELIVERY.ADDRESS, DELIVERY.STATUS, DELIVERY.ATTEMPTS, DELIVERY.SENT_AT)
			.from(DELIVERY)
			.join(NOTIFICATION)
			.on(NOTIFICATION.ID.eq(DELIVERY.NOTIFICATION_ID))
			.where(NOTIFICATION.RECIPIENT_ID.eq(recipient.value()))
			.fetchMap(row -> new NotificationId(row.value1()), row -> new NotificationExport.Mail(row.value2(),
					row.value3(), row.value4(), instant(row.value5())));
	}

	/** A mail to send as soon as possible; a notification has at most one. */
	void insert(NotificationId notification, String address, String messageId, Instant now) {
		this.sql.insertInto(DELIVERY)
			.set(DELIVERY.NOTIFICATION_ID, notification.value())
			.set(DELIVERY.ADDRESS, address)
			.set(DELIVERY.STATUS, Status.PENDING.code)
			.set(DELIVERY.NEXT_ATTEMPT_AT, at(now))
			.set(DELIVERY.MESSAGE_ID, messageId)
			.set(DELIVERY.CREATED_AT, at(now))
			.onConflictDoNothing()
			.execute();
	}

	/**
	 * Takes up to {@code limit} due mails for this instance until {@code leaseUntil}: the
	 * rows are locked with {@code SKIP LOCKED} while the lease is written, so two
	 * instances never take the same one, and once the caller commits, no instance takes
	 * them again before the lease ends, whatever happens to the sender meanwhile.
	 */
	List<Due> take(Instant now, Duration lease, int limit) {
		var due = this.sql.select(DELIVERY.NOTIFICATION_ID)
			.from(DELIVERY)
			.where(DELIVERY.STATUS.eq(Status.PENDING.code))
			.and(DELIVERY.NEXT_ATTEMPT_AT.le(at(now)))
			.and(DELIVERY.LEASE_UNTIL.isNull().or(DELIVERY.LEASE_UNTIL.le(at(now))))
			.orderBy(DELIVERY.NEXT_ATTEMPT_AT)
			.limit(limit)
			.forUpdate()
			.skipLocked();
		return this.sql.update(DELIVERY)
			.set(DELIVERY.LEASE_UNTIL, at(now.plus(lease)))
			.set(DELIVERY.ATTEMPTS, DELIVERY.ATTEMPTS.plus(1))
			.where(DELIVERY.NOTIFICATION_ID.in(due))
			.returning(DELIVERY.NOTIFICATION_ID, DELIVERY.ADDRESS, DELIVERY.ATTEMPTS, DELIVERY.MESSAGE_ID)
			.fetch(row -> new Due(new NotificationId(row.getNotificationId()), row.getAddress(), row.getAttempts(),
					row.getMessageId()));
	}

	void sent(NotificationId notification, Instant now) {
		finish(notification, Status.SENT, null, now);
	}

	/** Leaves it waiting for another attempt at {@code next}. */
	void retry(NotificationId notification, Instant next, String error) {
		this.sql.update(DELIVERY)
			.set(DELIVERY.NEXT_ATTEMPT_AT, at(next))
			.setNull(DELIVERY.LEASE_UNTIL)
			.set(DELIVERY.LAST_ERROR, cut(error))
			.where(DELIVERY.NOTIFICATION_ID.eq(notification.value()))
			.and(DELIVERY.STATUS.eq(Status.PENDING.code))
			.execute();
	}

	/** Ends it without sending: refused for good, given up, or no longer wanted. */
	void end(NotificationId notification, Status status, String why) {
		finish(notification, status, why, null);
	}

	Optional<Delivery> find(NotificationId notification) {
		return this.sql.selectFrom(DELIVERY)
			.where(DELIVERY.NOTIFICATION_ID.eq(notification.value()))
			.fetchOptional(DeliveryStore::toDelivery);
	}

	/** The mails recorded for an address, whatever became of them. */
	List<Delivery> findByAddress(String address) {
		return this.sql.selectFrom(DELIVERY).where(DELIVERY.ADDRESS.eq(address)).fetch(DeliveryStore::toDelivery);
	}

	private static Delivery toDelivery(DeliveryRecord row) {
		return new Delivery(new NotificationId(row.getNotificationId()), row.getAddress(), Status.of(row.getStatus()),
				row.getAttempts(), instant(row.getNextAttemptAt()), row.getLastError(), instant(row.getSentAt()));
	}

	private void finish(NotificationId notification, Status status, String why, Instant sentAt) {
		this.sql.update(DELIVERY)
			.set(DELIVERY.STATUS, status.code)
			.setNull(DELIVERY.LEASE_UNTIL)
			.set(DELIVERY.LAST_ERROR, cut(why))
			.set(DELIVERY.SENT_AT, at(sentAt))
			.where(DELIVERY.NOTIFICATION_ID.eq(notification.value()))
			.and(DELIVERY.STATUS.eq(Status.PENDING.code))
			.execute();
	}

	private static String cut(String text) {
		return (text == null || text.length() <= 1000) ? text : text.substring(0, 1000);
	}

	/**
	 * A mail taken for sending.
	 *
	 * @param notification the notification it carries
	 * @param address where it goes
	 * @param attempt which attempt this is, from 1
	 * @param messageId its {@code Message-ID}, the same on every attempt
	 */
	record Due(NotificationId notification, String address, int attempt, String messageId) {
	}

	/**
	 * A mail and where it stands.
	 *
	 * @param notification the notification it carries
	 * @param address where it goes
	 * @param status where it stands
	 * @param attempts how often sending it was tried
	 * @param nextAttemptAt when it is tried next, while pending
	 * @param lastError why the last attempt failed, or why it ended unsent
	 * @param sentAt when the mail server accepted it
	 */
	record Delivery(NotificationId notification, String address, Status status, int attempts, Instant nextAttemptAt,
			String lastError, Instant sentAt) {
	}

	/** Where a mail stands. */
	enum Status {

		PENDING("pending"), SENT("sent"), REFUSED("refused"), FAILED("failed"), SKIPPED("skipped");

		final String code;

		Status(String code) {
			this.code = code;
		}

		static Status of(String code) {
			for (Status status : values()) {
				if (status.code.equals(code)) {
					return status;
				}
			}
			throw new IllegalArgumentException(code);
		}

	}

}
