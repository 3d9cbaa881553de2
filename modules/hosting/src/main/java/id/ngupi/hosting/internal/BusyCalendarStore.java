package id.ngupi.hosting.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import id.ngupi.db.jooq.hosting.tables.records.BusyCalendarRecord;
import id.ngupi.hosting.BusyBlock;
import id.ngupi.hosting.BusyCalendar;
import id.ngupi.identity.AccountId;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import org.springframework.stereotype.Repository;

import static id.ngupi.db.jooq.hosting.Tables.BUSY_BLOCK;
import static id.ngupi.db.jooq.hosting.Tables.BUSY_CALENDAR;
import static id.ngupi.db.jooq.hosting.Tables.HOST;

/** The hosts' own calendars and the busy times read from them, in the hosting schema. */
@Repository
public class BusyCalendarStore {

	private final DSLContext sql;

	BusyCalendarStore(DSLContext sql) {
		this.sql = sql;
	}

	/**
	 * A calendar due to be read.
	 *
	 * @param id the calendar
	 * @param host its host
	 * @param url its address
	 */
	public record Due(UUID id, AccountId host, String url) {
	}

	public List<BusyCalendar> of(AccountId host) {
		return this.sql.selectFrom(BUSY_CALENDAR)
			.where(BUSY_CALENDAR.HOST_ID.eq(host.value()))
			.orderBy(BUSY_CALENDAR.CREATED_AT, BUSY_CALENDAR.ID)
			.fetch(BusyCalendarStore::toCalendar);
	}

	/**
	 * Locks the host's row until the transaction ends: their calendars are counted alone.
	 */
	public void lockHost(AccountId host) {
		this.sql.selectOne().from(HOST).where(HOST.ACCOUNT_ID.eq(host.value())).forUpdate().fetch();
	}

	public int count(AccountId host) {
		return this.sql.fetchCount(BUSY_CALENDAR, BUSY_CALENDAR.HOST_ID.eq(host.value()));
	}

	/** Adds the calendar, due at once; empty when the host added that address already. */
	public Optional<UUID> add(AccountId host, String url, String hint, Instant now) {
		return this.sql.insertInto(BUSY_CALENDAR)
			.set(BUSY_CALENDAR.HOST_ID, host.value())
			.set(BUSY_CALENDAR.URL, url)
			.set(BUSY_CALENDAR.URL_HINT, hint)
			.set(BUSY_CALENDAR.CREATED_AT, at(now))
			.set(BUSY_CALENDAR.NEXT_FETCH_AT, at(now))
			.onConflictDoNothing()
			.returning(BUSY_CALENDAR.ID)
			.fetchOptional(BUSY_CALENDAR.ID);
	}

	/** The host's calendar, to be read now; empty when it is not theirs. */
	public Optional<Due> find(AccountId host, UUID id) {
		return this.sql.select(BUSY_CALENDAR.ID, BUSY_CALENDAR.HOST_ID, BUSY_CALENDAR.URL)
			.from(BUSY_CALENDAR)
			.where(BUSY_CALENDAR.ID.eq(id), BUSY_CALENDAR.HOST_ID.eq(host.value()))
			.fetchOptional(row -> new Due(row.value1(), new AccountId(row.value2()), row.value3()));
	}

	public boolean remove(AccountId host, UUID id) {
		return this.sql.deleteFrom(BUSY_CALENDAR)
			.where(BUSY_CALENDAR.ID.eq(id), BUSY_CALENDAR.HOST_ID.eq(host.value()))
			.execute() == 1;
	}

	/**
	 * Claims the calendars due to be read, at most {@code limit}, by moving their next
	 * read on: an instance claims only rows no other instance has locked.
	 */
	public List<Due> claimDue(Instant now, Instant next, int limit) {
		var due = this.sql.select(BUSY_CALENDAR.ID)
			.from(BUSY_CALENDAR)
			.where(BUSY_CALENDAR.NEXT_FETCH_AT.le(at(now)))
			.orderBy(BUSY_CALENDAR.NEXT_FETCH_AT)
			.limit(limit)
			.forUpdate()
			.skipLocked();
		return this.sql.update(BUSY_CALENDAR)
			.set(BUSY_CALENDAR.NEXT_FETCH_AT, at(next))
			.where(BUSY_CALENDAR.ID.in(due))
			.returning(BUSY_CALENDAR.ID, BUSY_CALENDAR.HOST_ID, BUSY_CALENDAR.URL)
			.fetch(row -> new Due(row.getId(), new AccountId(row.getHostId()), row.getUrl()));
	}

	/**
	 * Replaces the calendar's busy times with a good read's; whether they changed.
	 * Nothing happens to a calendar removed meanwhile.
	 */
	public boolean succeeded(UUID id, AccountId host, List<BusyBlock> blocks, Instant now) {
		List<BusyBlock> before = this.sql.select(BUSY_BLOCK.STARTS_AT, BUSY_BLOCK.ENDS_AT)
			.from(BUSY_BLOCK)
			.where(BUSY_BLOCK.CALENDAR_ID.eq(id))
			.orderBy(BUSY_BLOCK.STARTS_AT)
			.fetch(row -> new BusyBlock(row.value1().toInstant(), row.value2().toInstant()));
		int updated = this.sql.update(BUSY_CALENDAR)
			.set(BUSY_CALENDAR.LAST_FETCHED_AT, at(now))
			.set(BUSY_CALENDAR.LAST_SUCCESS_AT, at(now))
			.setNull(BUSY_CALENDAR.LAST_ERROR)
			.setNull(BUSY_CALENDAR.FAILING_SINCE)
			.set(BUSY_CALENDAR.FAILING_TOLD, false)
			.set(BUSY_CALENDAR.BLOCKS, blocks.size())
			.where(BUSY_CALENDAR.ID.eq(id))
			.execute();
		if (updated == 0 || before.equals(blocks)) {
			return false;
		}
		this.sql.deleteFrom(BUSY_BLOCK).where(BUSY_BLOCK.CALENDAR_ID.eq(id)).execute();
		var insert = this.sql.insertInto(BUSY_BLOCK, BUSY_BLOCK.CALENDAR_ID, BUSY_BLOCK.HOST_ID, BUSY_BLOCK.STARTS_AT,
				BUSY_BLOCK.ENDS_AT);
		for (BusyBlock block : blocks) {
			insert = insert.values(id, host.value(), at(block.start()), at(block.end()));
		}
		if (!blocks.isEmpty()) {
			insert.execute();
		}
		return true;
	}

	/**
	 * Records a failed read, keeping the last good busy times; when the calendar has now
	 * failed since {@code toldAfter} or longer without its host being told, since when
	 * (and marks them told).
	 */
	public Optional<Instant> failed(UUID id, String errorKey, Instant now, Instant toldAfter) {
		this.sql.update(BUSY_CALENDAR)
			.set(BUSY_CALENDAR.LAST_FETCHED_AT, at(now))
			.set(BUSY_CALENDAR.LAST_ERROR, errorKey)
			.set(BUSY_CALENDAR.FAILING_SINCE, DSL.coalesce(BUSY_CALENDAR.FAILING_SINCE, DSL.val(at(now))))
			.where(BUSY_CALENDAR.ID.eq(id))
			.execute();
		return this.sql.update(BUSY_CALENDAR)
			.set(BUSY_CALENDAR.FAILING_TOLD, true)
			.where(BUSY_CALENDAR.ID.eq(id), BUSY_CALENDAR.FAILING_TOLD.isFalse(),
					BUSY_CALENDAR.FAILING_SINCE.le(at(toldAfter)))
			.returning(BUSY_CALENDAR.FAILING_SINCE)
			.fetchOptional(BUSY_CALENDAR.FAILING_SINCE)
			.map(OffsetDateTime::toInstant);
	}

	private static BusyCalendar toCalendar(BusyCalendarRecord record) {
		return new BusyCalendar(record.getId(), record.getUrlHint(), record.getCreatedAt().toInstant(),
				(record.getLastFetchedAt() == null) ? null : record.getLastFetchedAt().toInstant(),
				(record.getLastSuccessAt() == null) ? null : record.getLastSuccessAt().toInstant(),
				record.getLastError(), record.getBlocks());
	}

	private static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
