package id.ngupi.hosting.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.ngupi.db.jooq.hosting.tables.records.TopicRecord;
import id.ngupi.hosting.Topic;
import id.ngupi.hosting.TopicNames;
import id.ngupi.hosting.TopicSlug;
import org.jooq.DSLContext;

import org.springframework.stereotype.Repository;

import static id.ngupi.db.jooq.hosting.Tables.TOPIC;
import static id.ngupi.db.jooq.hosting.Tables.TOPIC_ALIAS;

/**
 * Topics and the spellings that lead to them, in the {@code hosting} schema.
 */
@Repository
public class TopicStore {

	private final DSLContext sql;

	TopicStore(DSLContext sql) {
		this.sql = sql;
	}

	/** Curated topics in their order, then proposed ones by name. */
	public List<Topic> all() {
		return this.sql.selectFrom(TOPIC)
			.orderBy(TOPIC.POSITION.asc().nullsLast(), TOPIC.NAME_ID.asc())
			.fetch(TopicStore::toTopic);
	}

	public List<Topic> curated() {
		return this.sql.selectFrom(TOPIC).where(TOPIC.CURATED).orderBy(TOPIC.POSITION).fetch(TopicStore::toTopic);
	}

	public Optional<Topic> find(TopicSlug slug) {
		return this.sql.selectFrom(TOPIC).where(TOPIC.SLUG.eq(slug.value())).fetchOptional(TopicStore::toTopic);
	}

	public Map<String, Topic> bySlug(Collection<String> slugs) {
		return this.sql.selectFrom(TOPIC).where(TOPIC.SLUG.in(slugs)).fetchMap(TOPIC.SLUG, TopicStore::toTopic);
	}

	/**
	 * The topics the names stand for, in their order and each once: an existing slug, any
	 * known spelling of a topic, or else a new topic proposed under that name. Names
	 * without a letter or digit are skipped (the request's validation refuses them
	 * first).
	 */
	public List<TopicSlug> resolve(List<String> names) {
		LinkedHashSet<TopicSlug> slugs = new LinkedHashSet<>();
		for (String name : names) {
			resolveOne(name).ifPresent(slugs::add);
		}
		return new ArrayList<>(slugs);
	}

	/**
	 * How many new topics {@link #resolve} would propose for the names: those that are
	 * neither an existing slug nor a known spelling, each spelling once. Writes nothing.
	 */
	public int countNew(List<String> names) {
		LinkedHashSet<String> unknown = new LinkedHashSet<>();
		for (String name : names) {
			Optional<String> key = TopicNames.keyOf(name);
			if (key.isPresent() && existing(name, key.get()).isEmpty()) {
				unknown.add(key.get());
			}
		}
		return unknown.size();
	}

	private Optional<TopicSlug> resolveOne(String name) {
		Optional<String> key = TopicNames.keyOf(name);
		if (key.isEmpty()) {
			return Optional.empty();
		}
		Optional<TopicSlug> known = existing(name, key.get());
		return known.isPresent() ? known : Optional.of(propose(name, key.get()));
	}

	/** The topic the name already stands for: as its slug, or as a known spelling. */
	private Optional<TopicSlug> existing(String name, String key) {
		if (TopicSlug.isWellFormed(name) && this.sql.fetchExists(TOPIC, TOPIC.SLUG.eq(name))) {
			return Optional.of(new TopicSlug(name));
		}
		return aliasOf(key);
	}

	/**
	 * A new topic and its alias. Two members proposing the same topic at once both end on
	 * one: the alias's primary key decides, and the loser reads the winner's topic.
	 */
	private TopicSlug propose(String name, String key) {
		String shown = TopicNames.displayed(name);
		String base = TopicNames.slugOf(name).orElseThrow().value();
		for (int attempt = 1;; attempt++) {
			String slug = (attempt == 1) ? base : suffixed(base, attempt);
			int created = this.sql.insertInto(TOPIC)
				.set(TOPIC.SLUG, slug)
				.set(TOPIC.NAME_ID, shown)
				.set(TOPIC.NAME_EN, shown)
				.set(TOPIC.CURATED, false)
				.onConflictDoNothing()
				.execute();
			if (created == 1) {
				this.sql.insertInto(TOPIC_ALIAS)
					.set(TOPIC_ALIAS.KEY, key)
					.set(TOPIC_ALIAS.TOPIC_SLUG, slug)
					.onConflictDoNothing()
					.execute();
				TopicSlug winner = aliasOf(key).orElseThrow();
				if (!winner.value().equals(slug)) {
					// the same topic was proposed under another slug at the same moment
					this.sql.deleteFrom(TOPIC).where(TOPIC.SLUG.eq(slug)).execute();
				}
				return winner;
			}
			Optional<TopicSlug> raced = aliasOf(key);
			if (raced.isPresent()) {
				return raced.get();
			}
		}
	}

	private Optional<TopicSlug> aliasOf(String key) {
		return this.sql.select(TOPIC_ALIAS.TOPIC_SLUG)
			.from(TOPIC_ALIAS)
			.where(TOPIC_ALIAS.KEY.eq(key))
			.fetchOptional(TOPIC_ALIAS.TOPIC_SLUG)
			.map(TopicSlug::new);
	}

	private static String suffixed(String base, int attempt) {
		String suffix = "-" + attempt;
		return base.substring(0, Math.min(base.length(), TopicSlug.MAX_LENGTH - suffix.length())) + suffix;
	}

	static Topic toTopic(TopicRecord topic) {
		return new Topic(new TopicSlug(topic.getSlug()), topic.getNameId(), topic.getNameEn(), topic.getCurated());
	}

}
