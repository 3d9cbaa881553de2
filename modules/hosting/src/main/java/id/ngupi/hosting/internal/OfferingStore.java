package id.ngupi.hosting.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import id.ngupi.db.jooq.hosting.tables.records.OfferingRecord;
import id.ngupi.hosting.Offering;
import id.ngupi.hosting.OfferingChange;
import id.ngupi.hosting.OfferingId;
import id.ngupi.identity.AccountId;
import org.jooq.Condition;
import org.jooq.DSLContext;

import org.springframework.stereotype.Repository;

import static id.ngupi.db.jooq.hosting.Tables.HOST;
import static id.ngupi.db.jooq.hosting.Tables.OFFERING;
import static id.ngupi.hosting.internal.HostStore.at;

/**
 * Hosts' offerings, in the {@code hosting} schema.
 */
@Repository
public class OfferingStore {

	private final DSLContext sql;

	OfferingStore(DSLContext sql) {
		this.sql = sql;
	}

	/** The host's offerings, active ones first, oldest first. */
	public List<Offering> ofHost(AccountId host) {
		return this.sql.selectFrom(OFFERING)
			.where(OFFERING.HOST_ID.eq(host.value()))
			.orderBy(OFFERING.ACTIVE.desc(), OFFERING.CREATED_AT, OFFERING.ID)
			.fetch(OfferingStore::toOffering);
	}

	/**
	 * The offerings of several hosts that take bookings ({@link #bookable()}), oldest
	 * first: one query.
	 */
	public List<Offering> bookableOf(Collection<UUID> hosts) {
		return this.sql.select(OFFERING.fields())
			.from(OFFERING)
			.join(HOST)
			.on(HOST.ACCOUNT_ID.eq(OFFERING.HOST_ID))
			.where(OFFERING.HOST_ID.in(hosts))
			.and(bookable())
			.orderBy(OFFERING.CREATED_AT, OFFERING.ID)
			.fetchInto(OFFERING)
			.map(OfferingStore::toOffering);
	}

	/**
	 * {@link Offering#bookable} in SQL, for queries that read many hosts at once: the
	 * offering is active and it or its host has a meeting link. The query must have the
	 * offering's {@code host} row in scope (joined, or the outer row of a correlated
	 * subquery).
	 */
	static Condition bookable() {
		return OFFERING.ACTIVE.isTrue()
			.and(OFFERING.MEETING_URL.isNotNull().or(HOST.MEETING_URL.isNotNull()).or(HOST.MEETING_ROOMS.isTrue()));
	}

	/** The offerings with these ids, whoever hosts them and active or not: one query. */
	public List<Offering> findAll(Collection<UUID> ids) {
		return this.sql.selectFrom(OFFERING).where(OFFERING.ID.in(ids)).fetch(OfferingStore::toOffering);
	}

	public Optional<Offering> find(OfferingId id) {
		return this.sql.selectFrom(OFFERING).where(OFFERING.ID.eq(id.value())).fetchOptional(OfferingStore::toOffering);
	}

	public int count(AccountId host) {
		return this.sql.fetchCount(OFFERING, OFFERING.HOST_ID.eq(host.value()));
	}

	public OfferingId create(AccountId host, OfferingChange change, Instant now) {
		OfferingRecord offering = this.sql.newRecord(OFFERING);
		offering.setHostId(host.value());
		apply(offering, change);
		offering.setCreatedAt(at(now));
		offering.setUpdatedAt(at(now));
		offering.store();
		return new OfferingId(offering.getId());
	}

	/** Changes the host's own offering; false when it is not theirs. */
	public boolean update(AccountId host, OfferingId id, OfferingChange change, Instant now) {
		OfferingRecord offering = this.sql.selectFrom(OFFERING)
			.where(OFFERING.ID.eq(id.value()))
			.and(OFFERING.HOST_ID.eq(host.value()))
			.forUpdate()
			.fetchOne();
		if (offering == null) {
			return false;
		}
		apply(offering, change);
		offering.setUpdatedAt(at(now));
		offering.store();
		return true;
	}

	/** Retires or reactivates the host's own offering; false when it is not theirs. */
	public boolean setActive(AccountId host, OfferingId id, boolean active, Instant now) {
		return this.sql.update(OFFERING)
			.set(OFFERING.ACTIVE, active)
			.set(OFFERING.UPDATED_AT, at(now))
			.where(OFFERING.ID.eq(id.value()))
			.and(OFFERING.HOST_ID.eq(host.value()))
			.execute() == 1;
	}

	private static void apply(OfferingRecord offering, OfferingChange change) {
		offering.setTitle(change.title());
		offering.setDurationMinutes(change.durationMinutes());
		offering.setDescription(change.description());
		offering.setQuestion(change.question());
		offering.setNeedsApproval(change.needsApproval());
		offering.setWeeklyQuota(change.weeklyQuota());
		offering.setMinNoticeHours(change.minNoticeHours());
		offering.setHorizonDays(change.horizonDays());
		offering.setBufferMinutes(change.bufferMinutes());
		offering.setMeetingUrl(change.meetingUrl());
	}

	static Offering toOffering(OfferingRecord offering) {
		return new Offering(new OfferingId(offering.getId()), new AccountId(offering.getHostId()), offering.getTitle(),
				Duration.ofMinutes(offering.getDurationMinutes()), offering.getDescription(), offering.getQuestion(),
				offering.getNeedsApproval(), offering.getWeeklyQuota(), Duration.ofHours(offering.getMinNoticeHours()),
				Duration.ofDays(offering.getHorizonDays()), Duration.ofMinutes(offering.getBufferMinutes()),
				offering.getMeetingUrl(), offering.getActive());
	}

}
