package id.ngupi.notifications.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import id.ngupi.db.jooq.notifications.Keys;
import id.ngupi.db.jooq.notifications.tables.records.NotificationRecord;
import id.ngupi.identity.AccountId;
import id.ngupi.notifications.NotificationId;
import id.ngupi.notifications.NotificationKind;
import org.jooq.Condition;
import org.jooq.DSLContext;

import org.springframework.stereotype.Repository;

import static id.ngupi.db.jooq.notifications.Tables.NOTIFICATION;
import static id.ngupi.notifications.internal.Payloads.at;
import static id.ngupi.notifications.internal.Payloads.instant;

/**
 * The notifications of the {@code notifications} schema: what each member was told, read
 * or not.
 */
@Repository
class NotificationStore {

	private static final List<String> INBOX_KINDS = java.util.Arrays.stream(NotificationKind.values())
		.filter(NotificationKind::inbox)
		.map(NotificationKind::code)
		.toList();

	private final DSLContext sql;

	private final Payloads payloads;

	NotificationStore(DSLContext sql, Payloads payloads) {
		this.sql = sql;
		this.payloads = payloads;
	}

	/**
	 * Records a notification unless one with the same event, recipient and kind exists.
	 * @return the new notification's id, or empty when it was recorded before
	 */
	Optional<NotificationId> insert(AccountId recipient, NotificationKind kind, String eventId, Details details,
			Instant now) {
		return this.sql.insertInto(NOTIFICATION)
			.set(NOTIFICATION.ID, UUID.randomUUID())
			.set(NOTIFICATION.RECIPIENT_ID, recipient.value())
			.set(NOTIFICATION.KIND, kind.code())
			.set(NOTIFICATION.EVENT_ID, eventId)
			.set(NOTIFICATION.PAYLOAD, this.payloads.write(details))
			.set(NOTIFICATION.CREATED_AT, at(now))
			.onConflictOnConstraint(Keys.NOTIFICATION_ONCE)
			.doNothing()
			.returning(NOTIFICATION.ID)
			.fetchOptional()
			.map(row -> new NotificationId(row.getId()));
	}

	Optional<StoredNotification> find(NotificationId id) {
		return this.sql.selectFrom(NOTIFICATION)
			.where(NOTIFICATION.ID.eq(id.value()))
			.fetchOptional()
			.map(this::toNotification);
	}

	/** Whether any notification of this kind was recorded for the event. */
	boolean recorded(String eventId, NotificationKind kind) {
		return this.sql.fetchExists(NOTIFICATION,
				NOTIFICATION.EVENT_ID.eq(eventId).and(NOTIFICATION.KIND.eq(kind.code())));
	}

	/** The member's newest inbox notifications first. */
	List<StoredNotification> latest(AccountId recipient, int limit) {
		return this.sql.selectFrom(NOTIFICATION)
			.where(inbox(recipient))
			.orderBy(NOTIFICATION.CREATED_AT.desc(), NOTIFICATION.ID)
			.limit(limit)
			.fetch(this::toNotification);
	}

	/** Everything the member was told, inbox or not, newest first. */
	List<StoredNotification> all(AccountId recipient) {
		return this.sql.selectFrom(NOTIFICATION)
			.where(NOTIFICATION.RECIPIENT_ID.eq(recipient.value()))
			.orderBy(NOTIFICATION.CREATED_AT.desc(), NOTIFICATION.ID)
			.fetch(this::toNotification);
	}

	int unread(AccountId recipient) {
		return this.sql.fetchCount(NOTIFICATION, inbox(recipient).and(NOTIFICATION.READ_AT.isNull()));
	}

	/**
	 * Marks one of the member's notifications read.
	 * @return whether the member has that notification (read before or not)
	 */
	boolean markRead(AccountId recipient, NotificationId id, Instant now) {
		Condition theirs = inbox(recipient).and(NOTIFICATION.ID.eq(id.value()));
		this.sql.update(NOTIFICATION)
			.set(NOTIFICATION.READ_AT, at(now))
			.where(theirs)
			.and(NOTIFICATION.READ_AT.isNull())
			.execute();
		return this.sql.fetchExists(NOTIFICATION, theirs);
	}

	int markAllRead(AccountId recipient, Instant now) {
		return this.sql.update(NOTIFICATION)
			.set(NOTIFICATION.READ_AT, at(now))
			.where(inbox(recipient))
			.and(NOTIFICATION.READ_AT.isNull())
			.execute();
	}

	/** Replaces what a notification says (to drop a secret once it is sent). */
	void rewrite(NotificationId id, Details details) {
		this.sql.update(NOTIFICATION)
			.set(NOTIFICATION.PAYLOAD, this.payloads.write(details))
			.where(NOTIFICATION.ID.eq(id.value()))
			.execute();
	}

	/** Removes everything the member was told, with its mail. */
	void forget(AccountId recipient) {
		this.sql.deleteFrom(NOTIFICATION).where(NOTIFICATION.RECIPIENT_ID.eq(recipient.value())).execute();
	}

	private static Condition inbox(AccountId recipient) {
		return NOTIFICATION.RECIPIENT_ID.eq(recipient.value()).and(NOTIFICATION.KIND.in(INBOX_KINDS));
	}

	private StoredNotification toNotification(NotificationRecord row) {
		return new StoredNotification(new NotificationId(row.getId()), new AccountId(row.getRecipientId()),
				NotificationKind.ofCode(row.getKind()), row.getEventId(), this.payloads.read(row.getPayload()),
				instant(row.getCreatedAt()), instant(row.getReadAt()));
	}

}
