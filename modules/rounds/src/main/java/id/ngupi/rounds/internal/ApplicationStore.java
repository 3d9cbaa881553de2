package id.ngupi.rounds.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import id.ngupi.db.jooq.rounds.tables.records.ApplicationRecord;
import id.ngupi.hosting.TopicSlug;
import id.ngupi.identity.AccountId;
import id.ngupi.rounds.Application;
import id.ngupi.rounds.ApplicationId;
import id.ngupi.rounds.RoundId;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import org.springframework.stereotype.Repository;

import static id.ngupi.db.jooq.rounds.Tables.APPLICATION;
import static id.ngupi.db.jooq.rounds.Tables.ROUND;
import static id.ngupi.rounds.internal.RoundStore.at;

/**
 * Members' applications to rounds, in the {@code rounds} schema.
 */
@Repository
public class ApplicationStore {

	private final DSLContext sql;

	ApplicationStore(DSLContext sql) {
		this.sql = sql;
	}

	/**
	 * An application's content.
	 *
	 * @param topics the host's topics chosen
	 * @param answer the answer
	 * @param ranked the times, best first; empty for any
	 */
	public record Content(List<TopicSlug> topics, String answer, List<Instant> ranked) {
	}

	public Optional<Application> find(RoundId round, AccountId member) {
		return this.sql.selectFrom(APPLICATION)
			.where(APPLICATION.ROUND_ID.eq(round.value()))
			.and(APPLICATION.MEMBER_ID.eq(member.value()))
			.fetchOptional(ApplicationStore::toApplication);
	}

	/** The member's applications, the latest first. */
	public List<Application> ofMember(AccountId member) {
		return this.sql.selectFrom(APPLICATION)
			.where(APPLICATION.MEMBER_ID.eq(member.value()))
			.orderBy(APPLICATION.CREATED_AT.desc())
			.fetch(ApplicationStore::toApplication);
	}

	/**
	 * Applies, with a ticket of its own in the round; false when the ticket was taken.
	 */
	public boolean insert(RoundId round, AccountId member, String ticket, Content content, Instant now) {
		return this.sql.insertInto(APPLICATION)
			.set(APPLICATION.ROUND_ID, round.value())
			.set(APPLICATION.MEMBER_ID, member.value())
			.set(APPLICATION.TICKET, ticket)
			.set(APPLICATION.TOPICS, content.topics().stream().map(TopicSlug::value).toArray(String[]::new))
			.set(APPLICATION.ANSWER, content.answer())
			.set(APPLICATION.RANKED, content.ranked().stream().map(RoundStore::at).toArray(OffsetDateTime[]::new))
			.set(APPLICATION.CREATED_AT, at(now))
			.set(APPLICATION.UPDATED_AT, at(now))
			.onConflict(APPLICATION.ROUND_ID, APPLICATION.TICKET)
			.doNothing()
			.execute() == 1;
	}

	public void update(ApplicationId application, Content content, Instant now) {
		this.sql.update(APPLICATION)
			.set(APPLICATION.TOPICS, content.topics().stream().map(TopicSlug::value).toArray(String[]::new))
			.set(APPLICATION.ANSWER, content.answer())
			.set(APPLICATION.RANKED, content.ranked().stream().map(RoundStore::at).toArray(OffsetDateTime[]::new))
			.set(APPLICATION.UPDATED_AT, at(now))
			.where(APPLICATION.ID.eq(application.value()))
			.execute();
	}

	public boolean delete(RoundId round, AccountId member) {
		return this.sql.deleteFrom(APPLICATION)
			.where(APPLICATION.ROUND_ID.eq(round.value()))
			.and(APPLICATION.MEMBER_ID.eq(member.value()))
			.execute() == 1;
	}

	/** The round's applications, first applied first. */
	public List<Application> of(RoundId round) {
		return this.sql.selectFrom(APPLICATION)
			.where(APPLICATION.ROUND_ID.eq(round.value()))
			.orderBy(APPLICATION.CREATED_AT, APPLICATION.ID)
			.fetch(ApplicationStore::toApplication);
	}

	/** How many applied to each round: one statement; rounds without any are missing. */
	public Map<RoundId, Integer> counts(Collection<RoundId> rounds) {
		Map<RoundId, Integer> counts = new HashMap<>();
		this.sql.select(APPLICATION.ROUND_ID, DSL.count())
			.from(APPLICATION)
			.where(APPLICATION.ROUND_ID.in(rounds.stream().map(RoundId::value).toList()))
			.groupBy(APPLICATION.ROUND_ID)
			.forEach(row -> counts.put(new RoundId(row.value1()), row.value2()));
		return counts;
	}

	public int count(RoundId round) {
		return this.sql.fetchCount(APPLICATION, APPLICATION.ROUND_ID.eq(round.value()));
	}

	/**
	 * Sets the host's picks, in order; every other application of the round is unpicked.
	 */
	public void pick(RoundId round, List<ApplicationId> picks) {
		this.sql.update(APPLICATION)
			.setNull(APPLICATION.PICKED_RANK)
			.where(APPLICATION.ROUND_ID.eq(round.value()))
			.execute();
		for (int i = 0; i < picks.size(); i++) {
			this.sql.update(APPLICATION)
				.set(APPLICATION.PICKED_RANK, i + 1)
				.where(APPLICATION.ROUND_ID.eq(round.value()))
				.and(APPLICATION.ID.eq(picks.get(i).value()))
				.execute();
		}
	}

	/**
	 * A member's applications to rounds not settled yet, for their account going away.
	 */
	public int deleteOpen(AccountId member) {
		return this.sql.deleteFrom(APPLICATION)
			.where(APPLICATION.MEMBER_ID.eq(member.value()))
			.and(APPLICATION.ROUND_ID.in(DSL.select(ROUND.ID).from(ROUND).where(ROUND.STATUS.eq("open"))))
			.execute();
	}

	private static Application toApplication(ApplicationRecord row) {
		return new Application(new ApplicationId(row.getId()), new RoundId(row.getRoundId()),
				new AccountId(row.getMemberId()), row.getTicket(),
				Arrays.stream(row.getTopics()).map(TopicSlug::new).toList(), row.getAnswer(),
				Arrays.stream(row.getRanked()).map(OffsetDateTime::toInstant).toList(),
				(row.getPickedRank() != null) ? OptionalInt.of(row.getPickedRank()) : OptionalInt.empty(),
				row.getCreatedAt().toInstant(), row.getUpdatedAt().toInstant());
	}

}
