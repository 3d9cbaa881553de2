package id.ngupi.booking.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import id.ngupi.db.jooq.booking.tables.records.HoldRecord;
import id.ngupi.hosting.OfferingId;
import id.ngupi.identity.AccountId;
import org.jooq.DSLContext;

import org.springframework.stereotype.Repository;

import static id.ngupi.booking.internal.BookingStore.at;
import static id.ngupi.db.jooq.booking.Tables.HOLD;
import static id.ngupi.db.jooq.booking.Tables.QUOTA_USE;

/**
 * Times set aside for an owner (a round) so nobody books them directly, in the
 * {@code booking} schema. A hold counts in its week's quota like a booking.
 */
@Repository
public class HoldStore {

	private final DSLContext sql;

	HoldStore(DSLContext sql) {
		this.sql = sql;
	}

	/**
	 * A time held for its owner.
	 *
	 * @param owner what holds it
	 * @param offering the offering it would be booked as
	 * @param start when it starts
	 * @param freeAt its end plus the offering's buffer
	 * @param week the quota week it counts in
	 */
	public record Hold(UUID owner, OfferingId offering, Instant start, Instant freeAt, LocalDate week) {
	}

	public void insert(AccountId host, Hold hold) {
		this.sql.insertInto(HOLD)
			.set(HOLD.OWNER_ID, hold.owner())
			.set(HOLD.HOST_ID, host.value())
			.set(HOLD.OFFERING_ID, hold.offering().value())
			.set(HOLD.STARTS_AT, at(hold.start()))
			.set(HOLD.HOST_FREE_AT, at(hold.freeAt()))
			.set(HOLD.QUOTA_WEEK, hold.week())
			.execute();
	}

	/** The owner's hold of one time, locked until the transaction ends. */
	public Optional<Hold> lock(UUID owner, Instant start) {
		return this.sql.selectFrom(HOLD)
			.where(HOLD.OWNER_ID.eq(owner))
			.and(HOLD.STARTS_AT.eq(at(start)))
			.forUpdate()
			.fetchOptional(HoldStore::toHold);
	}

	/** The owner's holds, soonest first. */
	public List<Hold> of(UUID owner) {
		return this.sql.selectFrom(HOLD)
			.where(HOLD.OWNER_ID.eq(owner))
			.orderBy(HOLD.STARTS_AT)
			.fetch(HoldStore::toHold);
	}

	/**
	 * Lets the hold go and gives back the session it counted in its week: a winner's
	 * booking counts itself in again, a time nobody got is open again.
	 */
	public void release(Hold hold) {
		this.sql.deleteFrom(HOLD)
			.where(HOLD.OWNER_ID.eq(hold.owner()))
			.and(HOLD.STARTS_AT.eq(at(hold.start())))
			.execute();
		this.sql.update(QUOTA_USE)
			.set(QUOTA_USE.USED, QUOTA_USE.USED.minus(1))
			.where(QUOTA_USE.OFFERING_ID.eq(hold.offering().value()))
			.and(QUOTA_USE.WEEK.eq(hold.week()))
			.and(QUOTA_USE.USED.gt(0))
			.execute();
	}

	/** Whether one of the host's holds overlaps [start, freeAt). */
	public boolean overlaps(AccountId host, Instant start, Instant freeAt) {
		return this.sql.fetchExists(HOLD,
				HOLD.HOST_ID.eq(host.value()).and(HOLD.STARTS_AT.lt(at(freeAt))).and(HOLD.HOST_FREE_AT.gt(at(start))));
	}

	private static Hold toHold(HoldRecord row) {
		return new Hold(row.getOwnerId(), new OfferingId(row.getOfferingId()), row.getStartsAt().toInstant(),
				row.getHostFreeAt().toInstant(), row.getQuotaWeek());
	}

}
