package id.ngupi.booking.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import id.ngupi.booking.Booking;
import id.ngupi.booking.BookingId;
import id.ngupi.booking.BookingStatus;
import id.ngupi.booking.internal.OpenSlotRules.Taken;
import id.ngupi.db.jooq.booking.tables.records.BookingRecord;
import id.ngupi.hosting.OfferingId;
import id.ngupi.hosting.TopicSlug;
import id.ngupi.identity.AccountId;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectJoinStep;
import org.jooq.impl.DSL;

import org.springframework.stereotype.Repository;

import static id.ngupi.db.jooq.booking.Tables.BOOKING_;
import static id.ngupi.db.jooq.booking.Tables.HOLD;

/**
 * Bookings, in the {@code booking} schema.
 */
@Repository
public class BookingStore {

	static final List<String> LIVE = List.of(BookingStatus.PENDING.code(), BookingStatus.CONFIRMED.code());

	private static final id.ngupi.db.jooq.booking.tables.Booking NEXT = BOOKING_.as("next");

	/**
	 * The booking that replaced a row by a reschedule, found through the unique index on
	 * {@code rescheduled_from}: the way back of the link the new booking keeps.
	 */
	static final Field<UUID> RESCHEDULED_TO = DSL
		.field(DSL.select(NEXT.ID).from(NEXT).where(NEXT.RESCHEDULED_FROM.eq(BOOKING_.ID)))
		.as("rescheduled_to");

	/** The first key of the hosts' advisory locks. */
	private static final int HOST_LOCKS = 0x4E475550;

	private final DSLContext sql;

	BookingStore(DSLContext sql) {
		this.sql = sql;
	}

	/**
	 * Serialises one attendee's booking requests until the transaction ends, so that
	 * their limits and a form sent twice are judged one request at a time.
	 */
	public void lockAttendee(AccountId attendee) {
		UUID id = attendee.value();
		long key = id.getMostSignificantBits() ^ id.getLeastSignificantBits();
		this.sql.select(DSL.field("pg_advisory_xact_lock({0})", Object.class, DSL.val(key))).fetch();
	}

	/**
	 * Serialises what changes a host's taken time until the transaction ends: every
	 * booking and every hold takes it before looking for overlaps, so a booking and a
	 * round's hold (two tables, no one constraint over both) never take the same time.
	 * Two 32-bit keys, a key space apart from {@link #lockAttendee}'s one 64-bit key.
	 */
	public void lockHost(AccountId host) {
		this.sql.select(DSL.field("pg_advisory_xact_lock({0}, {1})", Object.class, DSL.val(HOST_LOCKS),
				DSL.val(host.value().hashCode())))
			.fetch();
	}

	public Optional<Booking> find(BookingId id) {
		return bookings().where(BOOKING_.ID.eq(id.value())).fetchOptional(BookingStore::toBooking);
	}

	/** The booking, locked until the transaction ends. */
	public Optional<Booking> lock(BookingId id) {
		return bookings().where(BOOKING_.ID.eq(id.value())).forUpdate().fetchOptional(BookingStore::toBooking);
	}

	public Optional<Booking> findByRequest(AccountId attendee, UUID requestKey) {
		return bookings().where(BOOKING_.ATTENDEE_ID.eq(attendee.value()))
			.and(BOOKING_.REQUEST_KEY.eq(requestKey))
			.fetchOptional(BookingStore::toBooking);
	}

	/** Whether one of the host's live bookings holds time within [start, freeAt). */
	public boolean hostBusy(AccountId host, Instant start, Instant freeAt) {
		return this.sql.fetchExists(BOOKING_,
				BOOKING_.HOST_ID.eq(host.value())
					.and(BOOKING_.STATUS.in(LIVE))
					.and(BOOKING_.STARTS_AT.lt(at(freeAt)))
					.and(BOOKING_.HOST_FREE_AT.gt(at(start))));
	}

	/** Whether one of the attendee's live bookings overlaps [start, end). */
	public boolean attendeeBusy(AccountId attendee, Instant start, Instant end) {
		return this.sql.fetchExists(BOOKING_,
				BOOKING_.ATTENDEE_ID.eq(attendee.value())
					.and(BOOKING_.STATUS.in(LIVE))
					.and(BOOKING_.STARTS_AT.lt(at(end)))
					.and(BOOKING_.ENDS_AT.gt(at(start))));
	}

	/**
	 * How many upcoming bookings the attendee holds, with any host: those
	 * {@link #upcoming} finds.
	 */
	public int countUpcoming(AccountId attendee, Instant now) {
		return this.sql.fetchCount(BOOKING_, upcomingOf(attendee, now));
	}

	/**
	 * The attendee's upcoming bookings with one host, soonest first: live and not
	 * started; a request counts until its deadline to answer, after which it has expired
	 * (even before the scheduled run marks it).
	 */
	public List<Booking> upcoming(AccountId attendee, AccountId host, Instant now) {
		return bookings().where(upcomingOf(attendee, now))
			.and(BOOKING_.HOST_ID.eq(host.value()))
			.orderBy(BOOKING_.STARTS_AT)
			.fetch(BookingStore::toBooking);
	}

	/** The rule both {@link #countUpcoming} and {@link #upcoming} count by. */
	private static Condition upcomingOf(AccountId attendee, Instant now) {
		Condition overdueRequest = BOOKING_.STATUS.eq(BookingStatus.PENDING.code())
			.and(BOOKING_.RESPOND_BY.le(at(now)));
		return BOOKING_.ATTENDEE_ID.eq(attendee.value())
			.and(BOOKING_.STATUS.in(LIVE))
			.and(BOOKING_.STARTS_AT.gt(at(now)))
			.andNot(overdueRequest);
	}

	/**
	 * The time the hosts' live bookings take and the time their rounds hold, between two
	 * instants: one statement.
	 */
	public NotFree notFree(Collection<UUID> hosts, Instant from, Instant to) {
		Map<UUID, List<Taken>> taken = new HashMap<>();
		Map<UUID, List<Taken>> held = new HashMap<>();
		this.sql.select(BOOKING_.HOST_ID, BOOKING_.STARTS_AT, BOOKING_.HOST_FREE_AT, DSL.inline(false).as("held"))
			.from(BOOKING_)
			.where(BOOKING_.HOST_ID.in(hosts))
			.and(BOOKING_.STATUS.in(LIVE))
			.and(BOOKING_.STARTS_AT.lt(at(to)))
			.and(BOOKING_.HOST_FREE_AT.gt(at(from)))
			.unionAll(DSL.select(HOLD.HOST_ID, HOLD.STARTS_AT, HOLD.HOST_FREE_AT, DSL.inline(true).as("held"))
				.from(HOLD)
				.where(HOLD.HOST_ID.in(hosts))
				.and(HOLD.STARTS_AT.lt(at(to)))
				.and(HOLD.HOST_FREE_AT.gt(at(from))))
			.forEach(row -> (row.value4() ? held : taken).computeIfAbsent(row.value1(), id -> new ArrayList<>())
				.add(new Taken(row.value2().toInstant(), row.value3().toInstant())));
		return new NotFree(taken, held);
	}

	/**
	 * Time hosts have not to give, by host.
	 *
	 * @param taken what their live bookings take
	 * @param held what their rounds hold
	 */
	public record NotFree(Map<UUID, List<Taken>> taken, Map<UUID, List<Taken>> held) {
	}

	public Booking insert(NewBooking booking, Instant now) {
		BookingRecord row = this.sql.newRecord(BOOKING_);
		row.setOfferingId(booking.offering().value());
		row.setHostId(booking.host().value());
		row.setAttendeeId(booking.attendee().value());
		row.setStartsAt(at(booking.start()));
		row.setEndsAt(at(booking.end()));
		row.setHostFreeAt(at(booking.hostFreeAt()));
		row.setStatus(booking.status().code());
		row.setTopics(booking.topics().stream().map(TopicSlug::value).toArray(String[]::new));
		row.setAnswer(booking.answer());
		row.setRespondBy((booking.respondBy() == null) ? null : at(booking.respondBy()));
		row.setQuotaWeek(booking.quotaWeek());
		row.setRequestKey(booking.requestKey());
		row.setRescheduledFrom((booking.rescheduledFrom() == null) ? null : booking.rescheduledFrom().value());
		row.setLateCancellation(false);
		row.setRoom(MeetingRooms.newName());
		row.setSequence(0);
		row.setCreatedAt(at(now));
		row.setUpdatedAt(at(now));
		row.store();
		return toBooking(row, null);
	}

	/** Moves a booking on: its new status, what the host wrote, and a raised sequence. */
	public void setStatus(BookingId id, BookingStatus status, String hostMessage, Instant now) {
		this.sql.update(BOOKING_)
			.set(BOOKING_.STATUS, status.code())
			.set(BOOKING_.HOST_MESSAGE, DSL.coalesce(DSL.val(hostMessage), BOOKING_.HOST_MESSAGE))
			// a pending request confirmed is the host's approval: how long it took is
			// shown
			.set(BOOKING_.APPROVED_AT, (status == BookingStatus.CONFIRMED) ? DSL.val(at(now)) : BOOKING_.APPROVED_AT)
			.set(BOOKING_.SEQUENCE, BOOKING_.SEQUENCE.plus(1))
			.set(BOOKING_.UPDATED_AT, at(now))
			.where(BOOKING_.ID.eq(id.value()))
			.execute();
	}

	/**
	 * What a member's sessions add up to, in one statement: the sessions they held and
	 * the people met in them, the sessions they attended, and how long they took to
	 * approve their most recent requests.
	 * @param approvals how many of the latest approvals the answering time is taken from
	 */
	public RecordRow record(AccountId member, int approvals) {
		var completed = BOOKING_.STATUS.eq(BookingStatus.COMPLETED.code());
		var latest = this.sql
			.select(DSL.field("extract(epoch from {0} - {1})", Double.class, BOOKING_.APPROVED_AT, BOOKING_.CREATED_AT)
				.as("seconds"))
			.from(BOOKING_)
			.where(BOOKING_.HOST_ID.eq(member.value()), BOOKING_.APPROVED_AT.isNotNull())
			.orderBy(BOOKING_.APPROVED_AT.desc())
			.limit(approvals)
			.asTable("latest");
		Field<Double> seconds = latest.field("seconds", Double.class);
		var hosted = BOOKING_.HOST_ID.eq(member.value()).and(completed);
		return this.sql.select(DSL.selectCount().from(BOOKING_).where(hosted).asField(),
				DSL.select(DSL.countDistinct(BOOKING_.ATTENDEE_ID)).from(BOOKING_).where(hosted).asField(),
				DSL.selectCount().from(BOOKING_).where(BOOKING_.ATTENDEE_ID.eq(member.value()), completed).asField(),
				DSL.select(DSL.count()).from(latest).asField(),
				DSL.select(DSL.percentileCont(0.5).withinGroupOrderBy(seconds)).from(latest).asField())
			.fetchOne(row -> new RecordRow(row.get(0, Integer.class), row.get(1, Integer.class),
					row.get(2, Integer.class), row.get(3, Integer.class), row.get(4, Double.class)));
	}

	/**
	 * How many sessions that took place each member attended with the host, and with
	 * anyone: one statement; members without any are missing.
	 */
	public Map<UUID, int[]> attended(AccountId host, Collection<UUID> members) {
		Map<UUID, int[]> attended = new HashMap<>();
		this.sql.select(BOOKING_.ATTENDEE_ID, DSL.count().filterWhere(BOOKING_.HOST_ID.eq(host.value())), DSL.count())
			.from(BOOKING_)
			.where(BOOKING_.ATTENDEE_ID.in(members))
			.and(BOOKING_.STATUS.eq(BookingStatus.COMPLETED.code()))
			.groupBy(BOOKING_.ATTENDEE_ID)
			.forEach(row -> attended.put(row.value1(), new int[] { row.value2(), row.value3() }));
		return attended;
	}

	/**
	 * @param held sessions held as host
	 * @param met different people met in them
	 * @param attended sessions attended
	 * @param approvals how many approvals the median is taken from
	 * @param medianApprovalSeconds the median time to approve, or {@code null}
	 */
	public record RecordRow(int held, int met, int attended, int approvals, Double medianApprovalSeconds) {
	}

	public void cancel(BookingId id, AccountId by, String reason, boolean late, Instant now) {
		this.sql.update(BOOKING_)
			.set(BOOKING_.STATUS, BookingStatus.CANCELLED.code())
			.set(BOOKING_.CANCELLED_BY, by.value())
			.set(BOOKING_.CANCEL_REASON, reason)
			.set(BOOKING_.LATE_CANCELLATION, late)
			.set(BOOKING_.SEQUENCE, BOOKING_.SEQUENCE.plus(1))
			.set(BOOKING_.UPDATED_AT, at(now))
			.where(BOOKING_.ID.eq(id.value()))
			.execute();
	}

	/**
	 * Calls the booking off on Ngupi's behalf because the participant can no longer take
	 * part: no participant cancelled it, and it is never late.
	 */
	public void callOff(BookingId id, AccountId participant, Instant now) {
		this.sql.update(BOOKING_)
			.set(BOOKING_.STATUS, BookingStatus.CANCELLED.code())
			.set(BOOKING_.CALLED_OFF_FOR, participant.value())
			.set(BOOKING_.SEQUENCE, BOOKING_.SEQUENCE.plus(1))
			.set(BOOKING_.UPDATED_AT, at(now))
			.where(BOOKING_.ID.eq(id.value()))
			.execute();
	}

	public void setMeetingUrl(BookingId id, String url, Instant now) {
		this.sql.update(BOOKING_)
			.set(BOOKING_.MEETING_URL, url)
			.set(BOOKING_.SEQUENCE, BOOKING_.SEQUENCE.plus(1))
			.set(BOOKING_.UPDATED_AT, at(now))
			.where(BOOKING_.ID.eq(id.value()))
			.execute();
	}

	/**
	 * The bookings with these ids and their own meeting links (null when unset), at once.
	 */
	public Map<Booking, Meeting> findWithMeetingUrls(Collection<BookingId> ids) {
		Map<Booking, Meeting> found = new LinkedHashMap<>();
		bookings().where(BOOKING_.ID.in(ids.stream().map(BookingId::value).toList()))
			.forEach(row -> found.put(toBooking(row),
					new Meeting(row.get(BOOKING_.MEETING_URL), row.get(BOOKING_.ROOM))));
		return found;
	}

	/**
	 * Where a booking's session may meet, from the booking itself.
	 *
	 * @param url the link the host set for this booking only, or {@code null}
	 * @param room the name of the booking's own room, or {@code null} for bookings made
	 * before rooms existed
	 */
	public record Meeting(String url, String room) {
	}

	/**
	 * Claims up to {@code limit} bookings in a status whose deadline passed and moves
	 * them to the next status, skipping rows another instance holds: each is moved
	 * exactly once however many instances run this at once.
	 */
	public List<Booking> claimPassed(BookingStatus from, BookingStatus to, Instant now, int limit) {
		var deadline = (from == BookingStatus.PENDING) ? BOOKING_.RESPOND_BY : BOOKING_.ENDS_AT;
		List<UUID> claimed = this.sql.select(BOOKING_.ID)
			.from(BOOKING_)
			.where(BOOKING_.STATUS.eq(from.code()))
			.and(deadline.le(at(now)))
			.orderBy(deadline)
			.limit(limit)
			.forUpdate()
			.skipLocked()
			.fetch(BOOKING_.ID);
		if (claimed.isEmpty()) {
			return List.of();
		}
		return this.sql.update(BOOKING_)
			.set(BOOKING_.STATUS, to.code())
			.set(BOOKING_.SEQUENCE, BOOKING_.SEQUENCE.plus(1))
			.set(BOOKING_.UPDATED_AT, at(now))
			.where(BOOKING_.ID.in(claimed))
			.returning()
			// a pending or confirmed booking was never replaced: a move cancels it
			.fetch(row -> toBooking(row, null));
	}

	/** The member's bookings as attendee or host, soonest first. */
	public List<Booking> of(AccountId member, boolean asHost) {
		return bookings().where(side(member, asHost)).orderBy(BOOKING_.STARTS_AT).fetch(BookingStore::toBooking);
	}

	/**
	 * The member's bookings on one side as their list shows them, in one statement: every
	 * one that still holds its time and has not ended
	 * ({@link id.ngupi.booking.BookingPhase#current()}), and the {@code history} most
	 * recent of the others, in no particular order.
	 */
	public List<Booking> listed(AccountId member, boolean asHost, Instant now, int history) {
		return bookings().where(side(member, asHost))
			.and(current(now))
			.unionAll(bookings().where(side(member, asHost))
				.andNot(current(now))
				.orderBy(BOOKING_.STARTS_AT.desc(), BOOKING_.ID)
				.limit(history))
			.fetch(BookingStore::toBooking);
	}

	/**
	 * The member's bookings on either side that are live, or ended, called off or changed
	 * since {@code since}, soonest first.
	 */
	public List<Booking> liveOrChangedSince(AccountId member, Instant since) {
		return bookings().where(BOOKING_.HOST_ID.eq(member.value()).or(BOOKING_.ATTENDEE_ID.eq(member.value())))
			.and(BOOKING_.STATUS.in(LIVE).or(BOOKING_.ENDS_AT.gt(at(since))).or(BOOKING_.UPDATED_AT.gt(at(since))))
			.orderBy(BOOKING_.STARTS_AT)
			.fetch(BookingStore::toBooking);
	}

	/** The given bookings that exist, in no particular order. */
	public List<Booking> findAll(Collection<BookingId> bookings) {
		return bookings().where(BOOKING_.ID.in(bookings.stream().map(BookingId::value).toList()))
			.fetch(BookingStore::toBooking);
	}

	private static Condition side(AccountId member, boolean asHost) {
		return (asHost ? BOOKING_.HOST_ID : BOOKING_.ATTENDEE_ID).eq(member.value());
	}

	/**
	 * {@link Booking#phase} in SQL: a booking is current while it is confirmed, or a
	 * request whose deadline has not come, and has not ended.
	 */
	private static Condition current(Instant now) {
		return BOOKING_.ENDS_AT.gt(at(now))
			.and(BOOKING_.STATUS.eq(BookingStatus.CONFIRMED.code())
				.or(BOOKING_.STATUS.eq(BookingStatus.PENDING.code())
					.and(BOOKING_.RESPOND_BY.isNull().or(BOOKING_.RESPOND_BY.gt(at(now))))));
	}

	/**
	 * The host's live bookings (pending or confirmed) whose time overlaps
	 * {@code [from, to)}, soonest first.
	 */
	public List<Booking> liveOfHostOverlapping(AccountId host, Instant from, Instant to) {
		return bookings().where(BOOKING_.HOST_ID.eq(host.value()))
			.and(BOOKING_.STATUS.in(LIVE))
			.and(BOOKING_.STARTS_AT.lt(at(to)))
			.and(BOOKING_.ENDS_AT.gt(at(from)))
			.orderBy(BOOKING_.STARTS_AT)
			.fetch(BookingStore::toBooking);
	}

	/** The member's live bookings on either side that have not ended, locked. */
	public List<Booking> lockLiveInvolving(AccountId member, Instant now) {
		return bookings().where(BOOKING_.HOST_ID.eq(member.value()).or(BOOKING_.ATTENDEE_ID.eq(member.value())))
			.and(BOOKING_.STATUS.in(LIVE))
			.and(BOOKING_.ENDS_AT.gt(at(now)))
			.orderBy(BOOKING_.ID)
			.forUpdate()
			.fetch(BookingStore::toBooking);
	}

	/** Bookings with the booking that replaced each, if any. */
	private SelectJoinStep<Record> bookings() {
		return this.sql.select(BOOKING_.fields()).select(RESCHEDULED_TO).from(BOOKING_);
	}

	static Booking toBooking(Record row) {
		UUID next = row.get(RESCHEDULED_TO);
		return toBooking(row.into(BOOKING_), (next == null) ? null : new BookingId(next));
	}

	static Booking toBooking(BookingRecord row, BookingId rescheduledTo) {
		return new Booking(new BookingId(row.getId()), new OfferingId(row.getOfferingId()),
				new AccountId(row.getHostId()), new AccountId(row.getAttendeeId()), row.getStartsAt().toInstant(),
				row.getEndsAt().toInstant(), BookingStatus.of(row.getStatus()),
				Arrays.stream(row.getTopics()).map(TopicSlug::new).toList(), row.getAnswer(),
				instant(row.getRespondBy()), row.getHostMessage(),
				(row.getCancelledBy() == null) ? null : new AccountId(row.getCancelledBy()), row.getCancelReason(),
				(row.getCalledOffFor() == null) ? null : new AccountId(row.getCalledOffFor()),
				row.getLateCancellation(),
				(row.getRescheduledFrom() == null) ? null : new BookingId(row.getRescheduledFrom()), rescheduledTo,
				row.getSequence(), row.getCreatedAt().toInstant(), row.getUpdatedAt().toInstant());
	}

	static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	static Instant instant(OffsetDateTime time) {
		return (time == null) ? null : time.toInstant();
	}

	/**
	 * A booking about to be stored.
	 *
	 * @param offering what is booked
	 * @param host the host
	 * @param attendee the attendee
	 * @param start the start
	 * @param end the end
	 * @param hostFreeAt the end plus the offering's buffer
	 * @param status pending or confirmed
	 * @param topics the topics to discuss
	 * @param answer the answer to the offering's question
	 * @param respondBy for a pending booking, when it expires
	 * @param quotaWeek the week whose quota it uses
	 * @param requestKey the form's one-time key
	 * @param rescheduledFrom the booking it replaces, if any
	 */
	public record NewBooking(OfferingId offering, AccountId host, AccountId attendee, Instant start, Instant end,
			Instant hostFreeAt, BookingStatus status, List<TopicSlug> topics, String answer, Instant respondBy,
			LocalDate quotaWeek, UUID requestKey, BookingId rescheduledFrom) {
	}

}
