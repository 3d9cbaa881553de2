package id.ngupi.hosting.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import id.ngupi.hosting.DiscoveryPage;
import id.ngupi.hosting.DiscoveryPage.TopicCount;
import id.ngupi.hosting.DiscoveryQuery;
import id.ngupi.hosting.HostCard;
import id.ngupi.hosting.Topic;
import id.ngupi.hosting.TopicSlug;
import id.ngupi.identity.AccountId;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

import org.springframework.stereotype.Repository;

import static id.ngupi.db.jooq.hosting.Tables.HOST;
import static id.ngupi.db.jooq.hosting.Tables.HOST_TOPIC;
import static id.ngupi.db.jooq.hosting.Tables.OFFERING;
import static id.ngupi.db.jooq.hosting.Tables.TOPIC;
import static id.ngupi.hosting.internal.HostStore.at;

/**
 * The discovery listing: three statements whatever the page size or filters (the page of
 * hosts with the total, their topics, the topic counts).
 */
@Repository
public class DiscoveryQueries {

	/** "Has time this week" means a candidate time within this span from now. */
	public static final Duration THIS_WEEK = Duration.ofDays(7);

	private static final int SEARCH_WORDS_MAX = 8;

	private final DSLContext sql;

	private final HostStore hosts;

	DiscoveryQueries(DSLContext sql, HostStore hosts) {
		this.sql = sql;
		this.hosts = hosts;
	}

	public DiscoveryPage discover(DiscoveryQuery query, Instant now) {
		Optional<String> search = searchQuery(query.text());
		Condition others = listed().and(matchingText(search))
			.and(speaking(query.language()))
			.and(withTimeThisWeek(query.withTimeThisWeek(), now));
		Condition all = others.and(withTopic(query.topic()));
		Field<Integer> total = DSL.count().over().as("total");
		List<SortField<?>> order = new ArrayList<>();
		order.add(HOST.NEXT_CANDIDATE_AT.asc().nullsLast());
		search.ifPresent(words -> order.add(rank(words).desc()));
		order.add(HOST.DISPLAY_NAME.asc());
		order.add(HOST.ACCOUNT_ID.asc());
		List<Record> rows = this.sql
			.select(HOST.ACCOUNT_ID, HOST.HANDLE, HOST.DISPLAY_NAME, HOST.AVATAR_URL, HOST.HEADLINE, HOST.LANGUAGES,
					HOST.TIMEZONE, HOST.NEXT_CANDIDATE_AT, HOST.NEXT_OFFERING_ID, total)
			.from(HOST)
			.where(all)
			.orderBy(order)
			.limit(query.pageSize())
			.offset((long) (query.page() - 1) * query.pageSize())
			.fetch()
			.stream()
			.map(Record.class::cast)
			.toList();
		int count = rows.isEmpty() ? ((query.page() > 1) ? this.sql.fetchCount(HOST, all) : 0) : rows.get(0).get(total);
		List<UUID> ids = rows.stream().map(row -> row.get(HOST.ACCOUNT_ID)).toList();
		Map<UUID, List<Topic>> topics = ids.isEmpty() ? Map.of() : this.hosts.topicsOf(ids);
		List<HostCard> cards = rows.stream()
			.map(row -> new HostCard(new AccountId(row.get(HOST.ACCOUNT_ID)), row.get(HOST.HANDLE),
					row.get(HOST.DISPLAY_NAME), row.get(HOST.AVATAR_URL), row.get(HOST.HEADLINE),
					topics.getOrDefault(row.get(HOST.ACCOUNT_ID), List.of()), Arrays.asList(row.get(HOST.LANGUAGES)),
					ZoneId.of(row.get(HOST.TIMEZONE)), HostStore.nextOpen(row)))
			.toList();
		return new DiscoveryPage(query, cards, count, topicCounts(others));
	}

	/**
	 * Every topic listed hosts have, with how many of the hosts matching {@code hosts}.
	 */
	private List<TopicCount> topicCounts(Condition hosts) {
		Field<Integer> count = DSL.count().as("hosts");
		return this.sql.select(TOPIC.SLUG, TOPIC.NAME_ID, TOPIC.NAME_EN, TOPIC.CURATED, count)
			.from(TOPIC)
			.join(HOST_TOPIC)
			.on(HOST_TOPIC.TOPIC_SLUG.eq(TOPIC.SLUG))
			.join(HOST)
			.on(HOST.ACCOUNT_ID.eq(HOST_TOPIC.HOST_ID))
			.where(hosts)
			.groupBy(TOPIC.SLUG, TOPIC.NAME_ID, TOPIC.NAME_EN, TOPIC.CURATED, TOPIC.POSITION)
			.orderBy(count.desc(), TOPIC.POSITION.asc().nullsLast(), TOPIC.NAME_ID)
			.fetch(row -> new TopicCount(
					new Topic(new TopicSlug(row.value1()), row.value2(), row.value3(), row.value4()), row.value5()));
	}

	/**
	 * Neither paused, suspended nor hidden by a moderator, and offering something
	 * attendees can book (an active offering with a meeting link of its own or the
	 * host's). The first three are the predicate of the partial index
	 * {@code host_listed_idx}.
	 */
	static Condition listed() {
		return HOST.PAUSED.isFalse()
			.and(HOST.ACCOUNT_SUSPENDED.isFalse())
			.and(HOST.HIDDEN_AT.isNull())
			.and(DSL.exists(DSL.selectOne()
				.from(OFFERING)
				.where(OFFERING.HOST_ID.eq(HOST.ACCOUNT_ID))
				.and(OfferingStore.bookable())));
	}

	private static Condition matchingText(Optional<String> search) {
		return search.map(words -> DSL.condition("{0} @@ to_tsquery('simple', {1})", searchDocument(), words))
			.orElse(DSL.noCondition());
	}

	private static Field<Float> rank(String words) {
		return DSL.field("ts_rank({0}, to_tsquery('simple', {1}))", SQLDataType.REAL, searchDocument(), words);
	}

	/** The generated {@code tsvector} column, which jOOQ knows only as text. */
	private static Field<Object> searchDocument() {
		return DSL.field("{0}", Object.class, HOST.SEARCH);
	}

	private static Condition withTopic(TopicSlug topic) {
		return (topic == null) ? DSL.noCondition()
				: DSL.exists(DSL.selectOne()
					.from(HOST_TOPIC)
					.where(HOST_TOPIC.HOST_ID.eq(HOST.ACCOUNT_ID))
					.and(HOST_TOPIC.TOPIC_SLUG.eq(topic.value())));
	}

	private static Condition speaking(String language) {
		return (language == null) ? DSL.noCondition() : DSL.val(language).eq(DSL.any(HOST.LANGUAGES));
	}

	private static Condition withTimeThisWeek(boolean wanted, Instant now) {
		return wanted ? HOST.NEXT_CANDIDATE_AT.lt(at(now.plus(THIS_WEEK))) : DSL.noCondition();
	}

	/**
	 * The words of the search as a prefix query ({@code "front dev"} finds "frontend
	 * developer"): only letters and digits pass, so nothing a visitor types is read as
	 * query syntax.
	 */
	static Optional<String> searchQuery(String text) {
		if (text == null) {
			return Optional.empty();
		}
		List<String> words = Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
			.filter(word -> !word.isEmpty())
			.limit(SEARCH_WORDS_MAX)
			.map(word -> word + ":*")
			.toList();
		return words.isEmpty() ? Optional.empty() : Optional.of(String.join(" & ", words));
	}

}
