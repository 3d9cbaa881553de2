package id.ngupi.hosting.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import id.ngupi.hosting.Availability;
import id.ngupi.hosting.BusyBlock;
import id.ngupi.hosting.ExtraWindow;
import id.ngupi.hosting.OfferingId;
import id.ngupi.hosting.OneOffSlot;
import id.ngupi.hosting.TimeWindow;
import id.ngupi.hosting.WeeklyWindow;
import id.ngupi.identity.AccountId;
import org.jooq.DSLContext;

import org.springframework.stereotype.Repository;

import static id.ngupi.db.jooq.hosting.Tables.BUSY_BLOCK;
import static id.ngupi.db.jooq.hosting.Tables.DAY_OFF;
import static id.ngupi.db.jooq.hosting.Tables.EXTRA_WINDOW;
import static id.ngupi.db.jooq.hosting.Tables.HOST;
import static id.ngupi.db.jooq.hosting.Tables.ONE_OFF_SLOT;
import static id.ngupi.db.jooq.hosting.Tables.WEEKLY_WINDOW;
import static id.ngupi.hosting.internal.HostStore.at;

/**
 * When hosts are available: weekly windows, days off, extra windows and one-off slots, in
 * the {@code hosting} schema.
 */
@Repository
public class ScheduleStore {

	private final DSLContext sql;

	ScheduleStore(DSLContext sql) {
		this.sql = sql;
	}

	/** A host's availability; empty when the member does not host. */
	public Optional<Availability> availability(AccountId host) {
		return Optional.ofNullable(availabilities(List.of(host.value()), null).get(host.value()));
	}

	/**
	 * The availability of several hosts in six queries whatever their number; dates,
	 * one-off slots and busy times before {@code since} (when given) are left out.
	 */
	public Map<UUID, Availability> availabilities(Collection<UUID> hosts, Instant since) {
		Map<UUID, ZoneId> zones = new HashMap<>();
		Map<UUID, Boolean> paused = new HashMap<>();
		this.sql.select(HOST.ACCOUNT_ID, HOST.TIMEZONE, HOST.PAUSED)
			.from(HOST)
			.where(HOST.ACCOUNT_ID.in(hosts))
			.forEach(host -> {
				zones.put(host.value1(), ZoneId.of(host.value2()));
				paused.put(host.value1(), host.value3());
			});
		Map<UUID, List<WeeklyWindow>> weekly = new HashMap<>();
		this.sql.selectFrom(WEEKLY_WINDOW)
			.where(WEEKLY_WINDOW.HOST_ID.in(zones.keySet()))
			.orderBy(WEEKLY_WINDOW.DAY_OF_WEEK, WEEKLY_WINDOW.START_MINUTE)
			.forEach(window -> weekly.computeIfAbsent(window.getHostId(), id -> new ArrayList<>())
				.add(new WeeklyWindow(DayOfWeek.of(window.getDayOfWeek()),
						new TimeWindow(window.getStartMinute(), window.getEndMinute()))));
		// a day is kept while it may still matter somewhere on earth; without a since,
		// every day is (no bound at all: PostgreSQL has no date as early as
		// LocalDate.MIN)
		LocalDate sinceDate = (since == null) ? null : LocalDate.ofInstant(since, ZoneId.of("UTC")).minusDays(1);
		Map<UUID, Set<LocalDate>> daysOff = new HashMap<>();
		this.sql.selectFrom(DAY_OFF)
			.where(DAY_OFF.HOST_ID.in(zones.keySet()))
			.and((sinceDate == null) ? org.jooq.impl.DSL.noCondition() : DAY_OFF.ON_DATE.ge(sinceDate))
			.forEach(day -> daysOff.computeIfAbsent(day.getHostId(), id -> new HashSet<>()).add(day.getOnDate()));
		Map<UUID, List<ExtraWindow>> extra = new HashMap<>();
		this.sql.selectFrom(EXTRA_WINDOW)
			.where(EXTRA_WINDOW.HOST_ID.in(zones.keySet()))
			.and((sinceDate == null) ? org.jooq.impl.DSL.noCondition() : EXTRA_WINDOW.ON_DATE.ge(sinceDate))
			.orderBy(EXTRA_WINDOW.ON_DATE, EXTRA_WINDOW.START_MINUTE)
			.forEach(window -> extra.computeIfAbsent(window.getHostId(), id -> new ArrayList<>())
				.add(new ExtraWindow(window.getOnDate(),
						new TimeWindow(window.getStartMinute(), window.getEndMinute()))));
		Map<UUID, List<OneOffSlot>> oneOffs = new HashMap<>();
		this.sql.selectFrom(ONE_OFF_SLOT)
			.where(ONE_OFF_SLOT.HOST_ID.in(zones.keySet()))
			.and((since == null) ? org.jooq.impl.DSL.noCondition() : ONE_OFF_SLOT.STARTS_AT.ge(at(since)))
			.orderBy(ONE_OFF_SLOT.STARTS_AT)
			.forEach(slot -> oneOffs.computeIfAbsent(slot.getHostId(), id -> new ArrayList<>())
				.add(new OneOffSlot(new OfferingId(slot.getOfferingId()), slot.getStartsAt().toInstant())));
		Map<UUID, List<BusyBlock>> busy = new HashMap<>();
		this.sql.select(BUSY_BLOCK.HOST_ID, BUSY_BLOCK.STARTS_AT, BUSY_BLOCK.ENDS_AT)
			.from(BUSY_BLOCK)
			.where(BUSY_BLOCK.HOST_ID.in(zones.keySet()))
			.and((since == null) ? org.jooq.impl.DSL.noCondition() : BUSY_BLOCK.ENDS_AT.gt(at(since)))
			.orderBy(BUSY_BLOCK.STARTS_AT)
			.forEach(block -> busy.computeIfAbsent(block.value1(), id -> new ArrayList<>())
				.add(new BusyBlock(block.value2().toInstant(), block.value3().toInstant())));
		Map<UUID, Availability> availabilities = new HashMap<>();
		zones.forEach((host, zone) -> availabilities.put(host,
				new Availability(zone, paused.get(host), weekly.getOrDefault(host, List.of()),
						daysOff.getOrDefault(host, Set.of()), extra.getOrDefault(host, List.of()),
						oneOffs.getOrDefault(host, List.of()), busy.getOrDefault(host, List.of()))));
		return availabilities;
	}

	/** Replaces the whole weekly schedule. */
	public void replaceWeekly(AccountId host, List<WeeklyWindow> windows) {
		this.sql.deleteFrom(WEEKLY_WINDOW).where(WEEKLY_WINDOW.HOST_ID.eq(host.value())).execute();
		if (windows.isEmpty()) {
			return;
		}
		var insert = this.sql.insertInto(WEEKLY_WINDOW, WEEKLY_WINDOW.HOST_ID, WEEKLY_WINDOW.DAY_OF_WEEK,
				WEEKLY_WINDOW.START_MINUTE, WEEKLY_WINDOW.END_MINUTE);
		for (WeeklyWindow window : windows) {
			insert = insert.values(host.value(), (short) window.day().getValue(), window.window().startMinute(),
					window.window().endMinute());
		}
		insert.execute();
	}

	public void addDayOff(AccountId host, LocalDate date) {
		this.sql.insertInto(DAY_OFF)
			.set(DAY_OFF.HOST_ID, host.value())
			.set(DAY_OFF.ON_DATE, date)
			.onConflictDoNothing()
			.execute();
	}

	public boolean removeDayOff(AccountId host, LocalDate date) {
		return this.sql.deleteFrom(DAY_OFF)
			.where(DAY_OFF.HOST_ID.eq(host.value()))
			.and(DAY_OFF.ON_DATE.eq(date))
			.execute() == 1;
	}

	/** The extra windows of one date. */
	public List<TimeWindow> extraWindowsOn(AccountId host, LocalDate date) {
		return this.sql.selectFrom(EXTRA_WINDOW)
			.where(EXTRA_WINDOW.HOST_ID.eq(host.value()))
			.and(EXTRA_WINDOW.ON_DATE.eq(date))
			.fetch(window -> new TimeWindow(window.getStartMinute(), window.getEndMinute()));
	}

	public void addExtraWindow(AccountId host, ExtraWindow window) {
		this.sql.insertInto(EXTRA_WINDOW)
			.set(EXTRA_WINDOW.HOST_ID, host.value())
			.set(EXTRA_WINDOW.ON_DATE, window.date())
			.set(EXTRA_WINDOW.START_MINUTE, window.window().startMinute())
			.set(EXTRA_WINDOW.END_MINUTE, window.window().endMinute())
			.execute();
	}

	public boolean removeExtraWindow(AccountId host, ExtraWindow window) {
		return this.sql.deleteFrom(EXTRA_WINDOW)
			.where(EXTRA_WINDOW.HOST_ID.eq(host.value()))
			.and(EXTRA_WINDOW.ON_DATE.eq(window.date()))
			.and(EXTRA_WINDOW.START_MINUTE.eq(window.window().startMinute()))
			.and(EXTRA_WINDOW.END_MINUTE.eq(window.window().endMinute()))
			.execute() == 1;
	}

	/** Adds a one-off slot; false when the offering already has one at that time. */
	public boolean addOneOffSlot(AccountId host, OneOffSlot slot) {
		return this.sql.insertInto(ONE_OFF_SLOT)
			.set(ONE_OFF_SLOT.HOST_ID, host.value())
			.set(ONE_OFF_SLOT.OFFERING_ID, slot.offering().value())
			.set(ONE_OFF_SLOT.STARTS_AT, at(slot.start()))
			.onConflictDoNothing()
			.execute() == 1;
	}

	public boolean removeOneOffSlot(AccountId host, OneOffSlot slot) {
		return this.sql.deleteFrom(ONE_OFF_SLOT)
			.where(ONE_OFF_SLOT.HOST_ID.eq(host.value()))
			.and(ONE_OFF_SLOT.OFFERING_ID.eq(slot.offering().value()))
			.and(ONE_OFF_SLOT.STARTS_AT.eq(at(slot.start())))
			.execute() == 1;
	}

}
