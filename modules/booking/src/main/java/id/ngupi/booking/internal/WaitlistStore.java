package id.ngupi.booking.internal;

import java.time.Instant;
import java.util.List;

import id.ngupi.identity.AccountId;
import org.jooq.DSLContext;

import org.springframework.stereotype.Repository;

import static id.ngupi.booking.internal.BookingStore.at;
import static id.ngupi.db.jooq.booking.Tables.WAITLIST_ENTRY;

/**
 * Who waits for a host to have time again, in the {@code booking} schema. An entry whose
 * member was told stays, with the time they were told, until they leave or join again.
 */
@Repository
public class WaitlistStore {

	private final DSLContext sql;

	WaitlistStore(DSLContext sql) {
		this.sql = sql;
	}

	/**
	 * Puts the member on the host's waitlist. Someone already waiting keeps their place;
	 * someone who was told before goes to the back of the line.
	 */
	public void join(AccountId host, AccountId member, Instant now) {
		this.sql.insertInto(WAITLIST_ENTRY)
			.set(WAITLIST_ENTRY.HOST_ID, host.value())
			.set(WAITLIST_ENTRY.MEMBER_ID, member.value())
			.set(WAITLIST_ENTRY.JOINED_AT, at(now))
			.onConflict(WAITLIST_ENTRY.HOST_ID, WAITLIST_ENTRY.MEMBER_ID)
			.doUpdate()
			.set(WAITLIST_ENTRY.JOINED_AT, at(now))
			.setNull(WAITLIST_ENTRY.NOTIFIED_AT)
			.where(WAITLIST_ENTRY.NOTIFIED_AT.isNotNull())
			.execute();
	}

	public void leave(AccountId host, AccountId member) {
		this.sql.deleteFrom(WAITLIST_ENTRY)
			.where(WAITLIST_ENTRY.HOST_ID.eq(host.value()))
			.and(WAITLIST_ENTRY.MEMBER_ID.eq(member.value()))
			.execute();
	}

	/** Removes the member's places on every host's waitlist; their own waitlist stays. */
	public void leaveAll(AccountId member) {
		this.sql.deleteFrom(WAITLIST_ENTRY).where(WAITLIST_ENTRY.MEMBER_ID.eq(member.value())).execute();
	}

	/** Removes every entry of the member, waiting or waited for. */
	public void forget(AccountId member) {
		this.sql.deleteFrom(WAITLIST_ENTRY)
			.where(WAITLIST_ENTRY.MEMBER_ID.eq(member.value()).or(WAITLIST_ENTRY.HOST_ID.eq(member.value())))
			.execute();
	}

	/** Whether the member waits for the host and has not been told yet. */
	public boolean waiting(AccountId host, AccountId member) {
		return this.sql.fetchExists(WAITLIST_ENTRY,
				WAITLIST_ENTRY.HOST_ID.eq(host.value())
					.and(WAITLIST_ENTRY.MEMBER_ID.eq(member.value()))
					.and(WAITLIST_ENTRY.NOTIFIED_AT.isNull()));
	}

	/** Whether anyone waits for the host and has not been told yet. */
	public boolean anyWaiting(AccountId host) {
		return this.sql.fetchExists(WAITLIST_ENTRY,
				WAITLIST_ENTRY.HOST_ID.eq(host.value()).and(WAITLIST_ENTRY.NOTIFIED_AT.isNull()));
	}

	/**
	 * Every member on the host's waitlist, told of open times or not, in the order they
	 * joined.
	 */
	public List<AccountId> everyone(AccountId host) {
		return this.sql.select(WAITLIST_ENTRY.MEMBER_ID)
			.from(WAITLIST_ENTRY)
			.where(WAITLIST_ENTRY.HOST_ID.eq(host.value()))
			.orderBy(WAITLIST_ENTRY.JOINED_AT, WAITLIST_ENTRY.MEMBER_ID)
			.fetch(row -> new AccountId(row.value1()));
	}

	/**
	 * Marks up to {@code limit} of the host's waiting members as told, first come first
	 * served, and returns them in the order they joined. Rows another transaction is
	 * telling are skipped, so nobody is told twice for one opening.
	 */
	public List<AccountId> tellFirst(AccountId host, int limit, Instant now) {
		List<AccountId> first = this.sql.select(WAITLIST_ENTRY.MEMBER_ID)
			.from(WAITLIST_ENTRY)
			.where(WAITLIST_ENTRY.HOST_ID.eq(host.value()))
			.and(WAITLIST_ENTRY.NOTIFIED_AT.isNull())
			.orderBy(WAITLIST_ENTRY.JOINED_AT, WAITLIST_ENTRY.MEMBER_ID)
			.limit(limit)
			.forUpdate()
			.skipLocked()
			.fetch(row -> new AccountId(row.value1()));
		if (!first.isEmpty()) {
			this.sql.update(WAITLIST_ENTRY)
				.set(WAITLIST_ENTRY.NOTIFIED_AT, at(now))
				.where(WAITLIST_ENTRY.HOST_ID.eq(host.value()))
				.and(WAITLIST_ENTRY.MEMBER_ID.in(first.stream().map(AccountId::value).toList()))
				.execute();
		}
		return first;
	}

}
