package id.ngupi.hosting.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import id.ngupi.hosting.HostProfile;
import id.ngupi.hosting.HostProfileChange;
import id.ngupi.hosting.NextOpenTime;
import id.ngupi.hosting.OfferingId;
import id.ngupi.hosting.Topic;
import id.ngupi.hosting.TopicSlug;
import id.ngupi.identity.AccountId;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

import org.springframework.stereotype.Repository;

import static id.ngupi.db.jooq.hosting.Tables.HOST;
import static id.ngupi.db.jooq.hosting.Tables.HOST_TOPIC;
import static id.ngupi.db.jooq.hosting.Tables.OFFERING;
import static id.ngupi.db.jooq.hosting.Tables.TOPIC;

/**
 * Host profiles and their topics, in the {@code hosting} schema.
 */
@Repository
public class HostStore {

	/** Every column but the search document, which only the database reads. */
	static final List<Field<?>> PROFILE_FIELDS = List.of(HOST.ACCOUNT_ID, HOST.HANDLE, HOST.DISPLAY_NAME,
			HOST.AVATAR_URL, HOST.HEADLINE, HOST.ABOUT, HOST.LANGUAGES, HOST.MEETING_URL, HOST.TIMEZONE, HOST.PAUSED,
			HOST.ACCOUNT_SUSPENDED, HOST.HIDDEN_AT, HOST.NEXT_CANDIDATE_AT, HOST.MEETING_ROOMS);

	private final DSLContext sql;

	HostStore(DSLContext sql) {
		this.sql = sql;
	}

	/** The host with their topics, in one statement. */
	public Optional<HostProfile> find(AccountId account) {
		return findWhere(HOST.ACCOUNT_ID.eq(account.value()));
	}

	/** The host with this handle, whatever its case, with their topics. */
	public Optional<HostProfile> findByHandle(String handle) {
		return findWhere(HOST.HANDLE.eq(citext(handle)));
	}

	/** The hosts among these accounts, with their topics, in one statement. */
	public List<HostProfile> findAll(Collection<AccountId> accounts) {
		return accounts.isEmpty() ? List.of()
				: selectWhere(HOST.ACCOUNT_ID.in(accounts.stream().map(AccountId::value).toList()));
	}

	private Optional<HostProfile> findWhere(Condition condition) {
		return selectWhere(condition).stream().findFirst();
	}

	private List<HostProfile> selectWhere(Condition condition) {
		Field<List<Topic>> topics = DSL
			.multiset(DSL.select(TOPIC.SLUG, TOPIC.NAME_ID, TOPIC.NAME_EN, TOPIC.CURATED, HOST_TOPIC.POSITION)
				.from(HOST_TOPIC)
				.join(TOPIC)
				.on(TOPIC.SLUG.eq(HOST_TOPIC.TOPIC_SLUG))
				.where(HOST_TOPIC.HOST_ID.eq(HOST.ACCOUNT_ID))
				.orderBy(HOST_TOPIC.POSITION))
			// sorted again here: the JSON aggregation jOOQ renders for a multiset does
			// not
			// promise the inner query's order
			.convertFrom(rows -> rows.sortAsc(HOST_TOPIC.POSITION)
				.map(row -> new Topic(new TopicSlug(row.value1()), row.value2(), row.value3(), row.value4())));
		List<Field<?>> fields = new ArrayList<>(PROFILE_FIELDS);
		fields.add(topics);
		return this.sql.select(fields).from(HOST).where(condition).fetch(host -> toProfile(host, host.get(topics)));
	}

	public boolean exists(AccountId account) {
		return this.sql.fetchExists(HOST, HOST.ACCOUNT_ID.eq(account.value()));
	}

	/** Turns hosting on with a first profile; false when the member already hosts. */
	public boolean create(AccountId account, PublicProfile profile, HostProfileChange change, Instant now) {
		return this.sql.insertInto(HOST)
			.set(HOST.ACCOUNT_ID, account.value())
			.set(HOST.HANDLE, profile.handle())
			.set(HOST.DISPLAY_NAME, profile.displayName())
			.set(HOST.AVATAR_URL, profile.avatarUrl())
			.set(HOST.HEADLINE, change.headline())
			.set(HOST.ABOUT, change.about())
			.set(HOST.LANGUAGES, change.languages().toArray(String[]::new))
			.set(HOST.MEETING_URL, change.meetingUrl())
			.set(HOST.TIMEZONE, change.timezone())
			.set(HOST.CREATED_AT, at(now))
			.set(HOST.UPDATED_AT, at(now))
			.onConflictDoNothing()
			.execute() == 1;
	}

	public void update(AccountId account, HostProfileChange change, Instant now) {
		this.sql.update(HOST)
			.set(HOST.HEADLINE, change.headline())
			.set(HOST.ABOUT, change.about())
			.set(HOST.LANGUAGES, change.languages().toArray(String[]::new))
			.set(HOST.MEETING_URL, change.meetingUrl())
			.set(HOST.TIMEZONE, change.timezone())
			.set(HOST.UPDATED_AT, at(now))
			.where(HOST.ACCOUNT_ID.eq(account.value()))
			.execute();
	}

	/**
	 * Replaces the host's topics (in this order) and the topic names the search document
	 * holds.
	 */
	public void setTopics(AccountId account, List<TopicSlug> topics) {
		this.sql.deleteFrom(HOST_TOPIC).where(HOST_TOPIC.HOST_ID.eq(account.value())).execute();
		var insert = this.sql.insertInto(HOST_TOPIC, HOST_TOPIC.HOST_ID, HOST_TOPIC.TOPIC_SLUG, HOST_TOPIC.POSITION);
		for (int i = 0; i < topics.size(); i++) {
			insert = insert.values(account.value(), topics.get(i).value(), (short) (i + 1));
		}
		insert.execute();
		this.sql.update(HOST)
			.set(HOST.TOPIC_TEXT,
					DSL.select(DSL.coalesce(
							DSL.groupConcat(DSL.concat(TOPIC.NAME_ID, DSL.inline(" "), TOPIC.NAME_EN)).separator(" "),
							DSL.inline("")))
						.from(HOST_TOPIC)
						.join(TOPIC)
						.on(TOPIC.SLUG.eq(HOST_TOPIC.TOPIC_SLUG))
						.where(HOST_TOPIC.HOST_ID.eq(account.value())))
			.where(HOST.ACCOUNT_ID.eq(account.value()))
			.execute();
	}

	public boolean setPaused(AccountId account, boolean paused, Instant now) {
		return this.sql.update(HOST)
			.set(HOST.PAUSED, paused)
			.set(HOST.UPDATED_AT, at(now))
			.where(HOST.ACCOUNT_ID.eq(account.value()))
			.execute() == 1;
	}

	/**
	 * Hides the host's page from now on; false when they do not host or it was hidden
	 * already (the first hiding's time stays).
	 */
	public boolean hide(AccountId account, Instant now) {
		return this.sql.update(HOST)
			.set(HOST.HIDDEN_AT, at(now))
			.where(HOST.ACCOUNT_ID.eq(account.value()))
			.and(HOST.HIDDEN_AT.isNull())
			.execute() == 1;
	}

	/** Shows the host's page again; false when they do not host or it was not hidden. */
	public boolean unhide(AccountId account) {
		return this.sql.update(HOST)
			.setNull(HOST.HIDDEN_AT)
			.where(HOST.ACCOUNT_ID.eq(account.value()))
			.and(HOST.HIDDEN_AT.isNotNull())
			.execute() == 1;
	}

	/** Keeps the copy of the member's public profile current. */
	public void updatePublicProfile(AccountId account, PublicProfile profile) {
		this.sql.update(HOST)
			.set(HOST.HANDLE, profile.handle())
			.set(HOST.DISPLAY_NAME, profile.displayName())
			.set(HOST.AVATAR_URL, profile.avatarUrl())
			.where(HOST.ACCOUNT_ID.eq(account.value()))
			.execute();
	}

	public void setAccountSuspended(AccountId account, boolean suspended) {
		this.sql.update(HOST)
			.set(HOST.ACCOUNT_SUSPENDED, suspended)
			.where(HOST.ACCOUNT_ID.eq(account.value()))
			.execute();
	}

	/** Removes the host with everything they set up (the foreign keys cascade). */
	public void delete(AccountId account) {
		this.sql.deleteFrom(HOST).where(HOST.ACCOUNT_ID.eq(account.value())).execute();
	}

	/**
	 * Locks the rows of the hosts among the given accounts, in account order (so that two
	 * refreshes never wait for each other in a circle), and returns their next open times
	 * as stored, in that order (a value may be null); accounts that do not host are left
	 * out.
	 */
	Map<UUID, NextOpenTime> lockForRefresh(Collection<UUID> accounts) {
		Map<UUID, NextOpenTime> stored = new LinkedHashMap<>();
		this.sql.select(HOST.ACCOUNT_ID, HOST.NEXT_CANDIDATE_AT, HOST.NEXT_OFFERING_ID)
			.from(HOST)
			.where(HOST.ACCOUNT_ID.in(accounts))
			.orderBy(HOST.ACCOUNT_ID)
			.forUpdate()
			.forEach(row -> stored.put(row.value1(), nextOpen(row)));
		return stored;
	}

	/** The next open time a row of {@code host} holds, or {@code null}. */
	static NextOpenTime nextOpen(Record row) {
		OffsetDateTime start = row.get(HOST.NEXT_CANDIDATE_AT);
		UUID offering = row.get(HOST.NEXT_OFFERING_ID);
		return (start == null || offering == null) ? null
				: new NextOpenTime(new OfferingId(offering), start.toInstant());
	}

	/**
	 * Whether the host's sessions each meet in a room of their own; whether they host.
	 */
	public boolean setMeetingRooms(AccountId host, boolean rooms) {
		return this.sql.update(HOST)
			.set(HOST.MEETING_ROOMS, rooms)
			.where(HOST.ACCOUNT_ID.eq(host.value()))
			.execute() == 1;
	}

	public void setNextCandidate(AccountId account, NextOpenTime next) {
		this.sql.update(HOST)
			.set(HOST.NEXT_CANDIDATE_AT, (next == null) ? null : at(next.start()))
			.set(HOST.NEXT_OFFERING_ID, (next == null) ? null : next.offering().value())
			.where(HOST.ACCOUNT_ID.eq(account.value()))
			.execute();
	}

	/**
	 * Listed hosts whose next open time may be out of date: unknown, passed, or so close
	 * that one of their active offerings' minimum notice now rules it out. The periodic
	 * refresh looks at these.
	 */
	public List<AccountId> needingRefresh(Instant now) {
		Field<OffsetDateTime> noticeEnd = DSL.field("{0} + make_interval(hours => {1})", OffsetDateTime.class,
				DSL.val(at(now)), OFFERING.MIN_NOTICE_HOURS);
		return this.sql.select(HOST.ACCOUNT_ID)
			.from(HOST)
			.where(HOST.PAUSED.isFalse())
			.and(HOST.ACCOUNT_SUSPENDED.isFalse())
			.and(HOST.HIDDEN_AT.isNull())
			.and(HOST.NEXT_CANDIDATE_AT.isNull()
				.or(HOST.NEXT_CANDIDATE_AT.lt(at(now)))
				.orExists(DSL.selectOne()
					.from(OFFERING)
					.where(OFFERING.HOST_ID.eq(HOST.ACCOUNT_ID))
					.and(OFFERING.ACTIVE)
					.and(HOST.NEXT_CANDIDATE_AT.lt(noticeEnd))))
			.orderBy(HOST.ACCOUNT_ID)
			.fetch(HOST.ACCOUNT_ID)
			.stream()
			.map(AccountId::new)
			.toList();
	}

	/** The topics of several hosts, each host's in its order: one query. */
	Map<UUID, List<Topic>> topicsOf(Collection<UUID> hosts) {
		Map<UUID, List<Topic>> topics = new java.util.HashMap<>();
		this.sql.select(HOST_TOPIC.HOST_ID, TOPIC.SLUG, TOPIC.NAME_ID, TOPIC.NAME_EN, TOPIC.CURATED)
			.from(HOST_TOPIC)
			.join(TOPIC)
			.on(TOPIC.SLUG.eq(HOST_TOPIC.TOPIC_SLUG))
			.where(HOST_TOPIC.HOST_ID.in(hosts))
			.orderBy(HOST_TOPIC.HOST_ID, HOST_TOPIC.POSITION)
			.forEach(row -> topics.computeIfAbsent(row.value1(), id -> new ArrayList<>())
				.add(new Topic(new TopicSlug(row.value2()), row.value3(), row.value4(), row.value5())));
		return topics;
	}

	static HostProfile toProfile(Record host, List<Topic> topics) {
		return new HostProfile(new AccountId(host.get(HOST.ACCOUNT_ID)), host.get(HOST.HANDLE),
				host.get(HOST.DISPLAY_NAME), host.get(HOST.AVATAR_URL), host.get(HOST.HEADLINE), host.get(HOST.ABOUT),
				topics, Arrays.asList(host.get(HOST.LANGUAGES)), host.get(HOST.MEETING_URL),
				ZoneId.of(host.get(HOST.TIMEZONE)), host.get(HOST.PAUSED), host.get(HOST.ACCOUNT_SUSPENDED),
				host.get(HOST.HIDDEN_AT) != null, instant(host.get(HOST.NEXT_CANDIDATE_AT)),
				host.get(HOST.MEETING_ROOMS));
	}

	/**
	 * A value to compare with a {@code citext} column: jOOQ binds {@code varchar}, and
	 * {@code citext = varchar} compares as case-sensitive text; cast, it does not.
	 */
	static Field<String> citext(String value) {
		return DSL.field("cast({0} as citext)", SQLDataType.VARCHAR, DSL.val(value, SQLDataType.VARCHAR));
	}

	static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	static Instant instant(OffsetDateTime time) {
		return (time == null) ? null : time.toInstant();
	}

	/**
	 * The part of a member's public profile hosting keeps a copy of.
	 *
	 * @param handle the handle
	 * @param displayName the name
	 * @param avatarUrl the picture, if any
	 */
	public record PublicProfile(String handle, String displayName, String avatarUrl) {
	}

}
