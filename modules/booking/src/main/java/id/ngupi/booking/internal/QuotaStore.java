package id.ngupi.booking.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import id.ngupi.booking.BookingId;
import id.ngupi.hosting.OfferingId;
import org.jooq.DSLContext;

import org.springframework.stereotype.Repository;

import static id.ngupi.db.jooq.booking.Tables.BOOKING_;
import static id.ngupi.db.jooq.booking.Tables.QUOTA_USE;

/**
 * How many sessions of each offering each week holds, in the {@code booking} schema.
 */
@Repository
public class QuotaStore {

	private final DSLContext sql;

	QuotaStore(DSLContext sql) {
		this.sql = sql;
	}

	/**
	 * Counts one more session in the week if the quota allows it. The row stays locked
	 * until the transaction ends, so requests for one week are judged one after another.
	 * @return whether the session was counted in
	 */
	public boolean claim(OfferingId offering, LocalDate week, int quota) {
		return this.sql.insertInto(QUOTA_USE)
			.set(QUOTA_USE.OFFERING_ID, offering.value())
			.set(QUOTA_USE.WEEK, week)
			.set(QUOTA_USE.USED, 1)
			.set(QUOTA_USE.QUOTA, quota)
			.onConflict(QUOTA_USE.OFFERING_ID, QUOTA_USE.WEEK)
			.doUpdate()
			.set(QUOTA_USE.USED, QUOTA_USE.USED.plus(1))
			.set(QUOTA_USE.QUOTA, quota)
			.where(QUOTA_USE.USED.lt(quota))
			.execute() == 1;
	}

	/**
	 * Gives back the session a booking counted in its week (when it is cancelled,
	 * declined or expired), the week as it was counted.
	 */
	public void release(BookingId booking) {
		this.sql.update(QUOTA_USE)
			.set(QUOTA_USE.USED, QUOTA_USE.USED.minus(1))
			.from(BOOKING_)
			.where(BOOKING_.ID.eq(booking.value()))
			.and(QUOTA_USE.OFFERING_ID.eq(BOOKING_.OFFERING_ID))
			.and(QUOTA_USE.WEEK.eq(BOOKING_.QUOTA_WEEK))
			.and(QUOTA_USE.USED.gt(0))
			.execute();
	}

	/** Sessions counted per offering and week, from a week on: one statement. */
	public Map<UUID, Map<LocalDate, Integer>> used(Collection<UUID> offerings, LocalDate fromWeek) {
		Map<UUID, Map<LocalDate, Integer>> used = new HashMap<>();
		this.sql.selectFrom(QUOTA_USE)
			.where(QUOTA_USE.OFFERING_ID.in(offerings))
			.and(QUOTA_USE.WEEK.ge(fromWeek))
			.forEach(row -> used.computeIfAbsent(row.getOfferingId(), id -> new HashMap<>())
				.put(row.getWeek(), row.getUsed()));
		return used;
	}

}
