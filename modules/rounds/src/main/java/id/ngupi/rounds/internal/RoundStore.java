package id.ngupi.rounds.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import id.ngupi.booking.BookingId;
import id.ngupi.db.jooq.rounds.tables.records.DrawEntryRecord;
import id.ngupi.db.jooq.rounds.tables.records.RoundRecord;
import id.ngupi.hosting.OfferingId;
import id.ngupi.identity.AccountId;
import id.ngupi.rounds.DrawEntry;
import id.ngupi.rounds.Picking;
import id.ngupi.rounds.Round;
import id.ngupi.rounds.RoundId;
import id.ngupi.rounds.RoundTime;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectConditionStep;
import org.jooq.impl.DSL;

import org.springframework.stereotype.Repository;

import static id.ngupi.db.jooq.rounds.Tables.APPLICATION;
import static id.ngupi.db.jooq.rounds.Tables.DRAW_ENTRY;
import static id.ngupi.db.jooq.rounds.Tables.ROUND;
import static id.ngupi.db.jooq.rounds.Tables.ROUND_TIME;

/**
 * Rounds, their times and how they were settled, in the {@code rounds} schema.
 */
@Repository
public class RoundStore {

	private static final String OPEN = "open";

	private final DSLContext sql;

	RoundStore(DSLContext sql) {
		this.sql = sql;
	}

	/**
	 * A round to insert.
	 *
	 * @param id its id
	 * @param host the host
	 * @param offering the offering
	 * @param picking who picks
	 * @param firstTimersOverall whether members who never had any Ngupi go first of all
	 * @param opensAt when applications open
	 * @param closesAt when they close
	 * @param pickBy until when the host picks
	 * @param seed the seed, in hex
	 * @param seedHash its SHA-256, in hex
	 * @param times its times
	 */
	public record NewRound(RoundId id, AccountId host, OfferingId offering, Picking picking, boolean firstTimersOverall,
			Instant opensAt, Instant closesAt, Instant pickBy, String seed, String seedHash, List<RoundTime> times) {
	}

	public void insert(NewRound round, Instant now) {
		this.sql.insertInto(ROUND)
			.set(ROUND.ID, round.id().value())
			.set(ROUND.HOST_ID, round.host().value())
			.set(ROUND.OFFERING_ID, round.offering().value())
			.set(ROUND.PICKING, round.picking().code())
			.set(ROUND.FIRST_TIMERS_OVERALL, round.firstTimersOverall())
			.set(ROUND.OPENS_AT, at(round.opensAt()))
			.set(ROUND.CLOSES_AT, at(round.closesAt()))
			.set(ROUND.PICK_BY, at(round.pickBy()))
			.set(ROUND.SEED, round.seed())
			.set(ROUND.SEED_HASH, round.seedHash())
			.set(ROUND.CREATED_AT, at(now))
			.execute();
		var insert = this.sql.insertInto(ROUND_TIME, ROUND_TIME.ROUND_ID, ROUND_TIME.STARTS_AT, ROUND_TIME.ENDS_AT);
		for (RoundTime time : round.times()) {
			insert = insert.values(round.id().value(), at(time.start()), at(time.end()));
		}
		insert.execute();
	}

	/** The round's seed, kept secret until its draw. */
	public String seed(RoundId id) {
		return this.sql.select(ROUND.SEED).from(ROUND).where(ROUND.ID.eq(id.value())).fetchSingle(ROUND.SEED);
	}

	public Optional<Round> find(RoundId id) {
		return rounds(ROUND.ID.eq(id.value())).stream().findFirst();
	}

	/**
	 * The round locked until the transaction ends: shared by applications (which may go
	 * on side by side), exclusive for settling, so a settling run sees every application
	 * whose transaction began before it and none after.
	 */
	public Optional<Round> lock(RoundId id, boolean exclusive) {
		SelectConditionStep<RoundRecord> select = this.sql.selectFrom(ROUND).where(ROUND.ID.eq(id.value()));
		Optional<RoundRecord> row = exclusive ? select.forUpdate().fetchOptional() : select.forShare().fetchOptional();
		return row.flatMap(found -> find(id));
	}

	/**
	 * One round whose time to settle has come, locked; rounds another run holds are
	 * skipped.
	 */
	public Optional<RoundId> lockDue(Instant now) {
		return this.sql.select(ROUND.ID)
			.from(ROUND)
			.where(ROUND.STATUS.eq(OPEN))
			.and(ROUND.PICK_BY.le(at(now)))
			.orderBy(ROUND.PICK_BY)
			.limit(1)
			.forUpdate()
			.skipLocked()
			.fetchOptional(row -> new RoundId(row.value1()));
	}

	/**
	 * Rounds picked by their hosts whose window closed and whose host was not told yet;
	 * marked told.
	 */
	public List<Round> markHostsTold(Instant now) {
		List<UUID> ids = this.sql.update(ROUND)
			.set(ROUND.HOST_TOLD_AT, at(now))
			.where(ROUND.STATUS.eq(OPEN))
			.and(ROUND.PICKING.eq(Picking.HOST.code()))
			.and(ROUND.CLOSES_AT.le(at(now)))
			.and(ROUND.PICK_BY.gt(at(now)))
			.and(ROUND.HOST_TOLD_AT.isNull())
			.returning(ROUND.ID)
			.fetch(ROUND.ID);
		return ids.isEmpty() ? List.of() : rounds(ROUND.ID.in(ids));
	}

	/** The rounds by id: one statement. */
	public Map<RoundId, Round> findAll(Collection<RoundId> ids) {
		Map<RoundId, Round> found = new HashMap<>();
		if (!ids.isEmpty()) {
			rounds(ROUND.ID.in(ids.stream().map(RoundId::value).toList()))
				.forEach(round -> found.put(round.id(), round));
		}
		return found;
	}

	/** The member's place in the settled round, if they applied to it. */
	public Optional<DrawEntry> entryOf(RoundId round, AccountId member) {
		return this.sql.selectFrom(DRAW_ENTRY)
			.where(DRAW_ENTRY.ROUND_ID.eq(round.value()))
			.and(DRAW_ENTRY.MEMBER_ID.eq(member.value()))
			.fetchOptional(RoundStore::toEntry);
	}

	/** The member's place in every settled round they applied to: one statement. */
	public Map<RoundId, DrawEntry> entriesOf(AccountId member) {
		Map<RoundId, DrawEntry> entries = new HashMap<>();
		this.sql.selectFrom(DRAW_ENTRY)
			.where(DRAW_ENTRY.MEMBER_ID.eq(member.value()))
			.forEach(row -> entries.put(new RoundId(row.getRoundId()), toEntry(row)));
		return entries;
	}

	/**
	 * The rounds not settled yet the member applied to, soonest closing first: one
	 * statement.
	 */
	public List<Round> pendingApplied(AccountId member) {
		return rounds(ROUND.STATUS.eq(OPEN)
			.and(ROUND.ID.in(DSL.select(APPLICATION.ROUND_ID)
				.from(APPLICATION)
				.where(APPLICATION.MEMBER_ID.eq(member.value())))), Integer.MAX_VALUE, true);
	}

	/** The host's rounds not settled yet, soonest closing first: one statement. */
	public List<Round> pendingHosted(AccountId host) {
		return rounds(ROUND.STATUS.eq(OPEN).and(ROUND.HOST_ID.eq(host.value())), Integer.MAX_VALUE, true);
	}

	/** The host's rounds, the latest window first. */
	public List<Round> ofHost(AccountId host, int limit) {
		return rounds(ROUND.HOST_ID.eq(host.value()), limit);
	}

	/**
	 * Each host's round still taking applications (or about to), the soonest closing
	 * first: one statement.
	 */
	public Map<AccountId, Round> taking(Collection<AccountId> hosts, Instant now) {
		Map<AccountId, Round> taking = new HashMap<>();
		List<Round> found = rounds(ROUND.HOST_ID.in(hosts.stream().map(AccountId::value).toList())
			.and(ROUND.STATUS.eq(OPEN))
			.and(ROUND.CLOSES_AT.gt(at(now))), Integer.MAX_VALUE);
		for (Round round : found) {
			taking.merge(round.host(), round, (a, b) -> a.closesAt().isBefore(b.closesAt()) ? a : b);
		}
		return taking;
	}

	public void settle(RoundId id, Picking by, Instant now) {
		this.sql.update(ROUND)
			.set(ROUND.STATUS, "settled")
			.set(ROUND.SETTLED_AT, at(now))
			.set(ROUND.SETTLED_BY, by.code())
			.where(ROUND.ID.eq(id.value()))
			.execute();
	}

	public void cancel(RoundId id, String reason) {
		this.sql.update(ROUND)
			.set(ROUND.STATUS, "cancelled")
			.set(ROUND.CANCEL_REASON, reason)
			.where(ROUND.ID.eq(id.value()))
			.execute();
	}

	/**
	 * Calls the round off on Ngupi's behalf: cancelled without a reason from its host.
	 */
	public void callOff(RoundId id) {
		this.sql.update(ROUND)
			.set(ROUND.STATUS, "cancelled")
			.set(ROUND.CALLED_OFF, true)
			.where(ROUND.ID.eq(id.value()))
			.execute();
	}

	/** Removes the round, its times and its applications. */
	public void delete(RoundId id) {
		this.sql.deleteFrom(ROUND).where(ROUND.ID.eq(id.value())).execute();
	}

	/** The host's rounds not settled yet, for their account going away. */
	public List<RoundId> openOf(AccountId host) {
		return this.sql.select(ROUND.ID)
			.from(ROUND)
			.where(ROUND.HOST_ID.eq(host.value()))
			.and(ROUND.STATUS.eq(OPEN))
			.fetch(row -> new RoundId(row.value1()));
	}

	public void insertEntries(RoundId round, List<DrawEntry> entries, List<UUID> members, List<UUID> bookings) {
		if (entries.isEmpty()) {
			return;
		}
		var insert = this.sql.insertInto(DRAW_ENTRY, DRAW_ENTRY.ROUND_ID, DRAW_ENTRY.POSITION, DRAW_ENTRY.TICKET,
				DRAW_ENTRY.MEMBER_ID, DRAW_ENTRY.PRIORITY, DRAW_ENTRY.SORT_KEY, DRAW_ENTRY.OUTCOME,
				DRAW_ENTRY.STARTS_AT, DRAW_ENTRY.BOOKING_ID);
		for (int i = 0; i < entries.size(); i++) {
			DrawEntry entry = entries.get(i);
			insert = insert.values(round.value(), entry.position(), entry.ticket(), members.get(i), entry.priority(),
					entry.sortKey(), entry.outcome().code(), entry.start().map(RoundStore::at).orElse(null),
					bookings.get(i));
		}
		insert.execute();
	}

	public List<DrawEntry> entries(RoundId round) {
		return this.sql.selectFrom(DRAW_ENTRY)
			.where(DRAW_ENTRY.ROUND_ID.eq(round.value()))
			.orderBy(DRAW_ENTRY.POSITION)
			.fetch(RoundStore::toEntry);
	}

	private static DrawEntry toEntry(DrawEntryRecord row) {
		return new DrawEntry(row.getPosition(), row.getTicket(), row.getPriority(), row.getSortKey(),
				DrawEntry.Outcome.ofCode(row.getOutcome()),
				Optional.ofNullable(row.getStartsAt()).map(OffsetDateTime::toInstant),
				Optional.ofNullable(row.getBookingId()).map(BookingId::new));
	}

	private List<Round> rounds(org.jooq.Condition condition) {
		return rounds(condition, Integer.MAX_VALUE);
	}

	private List<Round> rounds(org.jooq.Condition condition, int limit) {
		return rounds(condition, limit, false);
	}

	/**
	 * Rounds with their times, by their close (the latest first unless ascending): one
	 * statement.
	 */
	private List<Round> rounds(org.jooq.Condition condition, int limit, boolean ascending) {
		var times = DSL
			.multiset(DSL.select(ROUND_TIME.STARTS_AT, ROUND_TIME.ENDS_AT)
				.from(ROUND_TIME)
				.where(ROUND_TIME.ROUND_ID.eq(ROUND.ID))
				.orderBy(ROUND_TIME.STARTS_AT))
			.as("times");
		return this.sql.select(ROUND.asterisk(), times)
			.from(ROUND)
			.where(condition)
			.orderBy(ascending ? ROUND.CLOSES_AT.asc() : ROUND.CLOSES_AT.desc())
			.limit(limit)
			.fetch(row -> toRound(row,
					row.get(times).map(time -> new RoundTime(time.value1().toInstant(), time.value2().toInstant()))));
	}

	private static Round toRound(Record row, List<RoundTime> times) {
		RoundRecord round = row.into(ROUND);
		boolean drawn = "settled".equals(round.getStatus()) && Picking.DRAW.code().equals(round.getSettledBy());
		return new Round(new RoundId(round.getId()), new AccountId(round.getHostId()),
				new OfferingId(round.getOfferingId()), Picking.ofCode(round.getPicking()),
				round.getFirstTimersOverall(), round.getOpensAt().toInstant(), round.getClosesAt().toInstant(),
				round.getPickBy().toInstant(), new ArrayList<>(times), round.getSeedHash(),
				drawn ? Optional.of(round.getSeed()) : Optional.empty(),
				Optional.ofNullable(round.getSettledAt()).map(OffsetDateTime::toInstant),
				Optional.ofNullable(round.getSettledBy()).map(Picking::ofCode), "cancelled".equals(round.getStatus()),
				Optional.ofNullable(round.getCancelReason()));
	}

	static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
