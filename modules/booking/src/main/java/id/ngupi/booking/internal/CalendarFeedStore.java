package id.ngupi.booking.internal;

import java.time.Instant;
import java.util.Optional;

import id.ngupi.identity.AccountId;
import org.jooq.DSLContext;

import org.springframework.stereotype.Repository;

import static id.ngupi.booking.internal.BookingStore.at;
import static id.ngupi.db.jooq.booking.Tables.CALENDAR_FEED;

/**
 * The hashes of members' calendar feed secrets, in the {@code booking} schema: one per
 * member, replaced when the member makes a new one.
 */
@Repository
public class CalendarFeedStore {

	private final DSLContext sql;

	CalendarFeedStore(DSLContext sql) {
		this.sql = sql;
	}

	public void replace(AccountId member, String tokenHash, Instant now) {
		this.sql.insertInto(CALENDAR_FEED)
			.set(CALENDAR_FEED.MEMBER_ID, member.value())
			.set(CALENDAR_FEED.TOKEN_HASH, tokenHash)
			.set(CALENDAR_FEED.CREATED_AT, at(now))
			.onConflict(CALENDAR_FEED.MEMBER_ID)
			.doUpdate()
			.set(CALENDAR_FEED.TOKEN_HASH, tokenHash)
			.set(CALENDAR_FEED.CREATED_AT, at(now))
			.execute();
	}

	public Optional<AccountId> owner(String tokenHash) {
		return this.sql.select(CALENDAR_FEED.MEMBER_ID)
			.from(CALENDAR_FEED)
			.where(CALENDAR_FEED.TOKEN_HASH.eq(tokenHash))
			.fetchOptional(row -> new AccountId(row.value1()));
	}

	/** When the member's current secret was made, if they have one. */
	public Optional<Instant> createdAt(AccountId member) {
		return this.sql.select(CALENDAR_FEED.CREATED_AT)
			.from(CALENDAR_FEED)
			.where(CALENDAR_FEED.MEMBER_ID.eq(member.value()))
			.fetchOptional(row -> row.value1().toInstant());
	}

	public void delete(AccountId member) {
		this.sql.deleteFrom(CALENDAR_FEED).where(CALENDAR_FEED.MEMBER_ID.eq(member.value())).execute();
	}

}
