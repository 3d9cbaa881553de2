package id.ngupi.feedback.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import id.ngupi.booking.BookingId;
import id.ngupi.feedback.FeedbackRole;
import id.ngupi.feedback.Insight;
import id.ngupi.feedback.Testimonial;
import id.ngupi.hosting.TopicSlug;
import id.ngupi.identity.AccountId;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import org.springframework.stereotype.Repository;

import static id.ngupi.db.jooq.feedback.Tables.ENTRY;
import static id.ngupi.db.jooq.feedback.Tables.NO_SHOW;
import static id.ngupi.db.jooq.feedback.Tables.REQUEST;
import static id.ngupi.db.jooq.feedback.Tables.REVEAL;

/**
 * Reads of feedback the public may see: written by one side of a session, revealed (both
 * wrote, or the window closed), about a session nobody reported a no-show for, and not
 * hidden by a moderator.
 */
@Repository
public class PublicFeedbackQueries {

	private final DSLContext sql;

	PublicFeedbackQueries(DSLContext sql) {
		this.sql = sql;
	}

	/**
	 * How many attendees rated the host, and their average.
	 *
	 * @param count how many ratings
	 * @param average their average, one decimal; empty without ratings
	 */
	public record Ratings(int count, Optional<BigDecimal> average) {
	}

	public Ratings ratings(AccountId host, Instant now) {
		return this.sql.select(DSL.count(), DSL.avg(ENTRY.RATING))
			.from(ENTRY)
			.join(REQUEST)
			.on(REQUEST.BOOKING_ID.eq(ENTRY.BOOKING_ID), REQUEST.AUTHOR_ID.eq(ENTRY.AUTHOR_ID))
			.where(REQUEST.SUBJECT_ID.eq(host.value()), REQUEST.ROLE.eq("attendee"), shown(now))
			.fetchOne(row -> new Ratings(row.value1(),
					Optional.ofNullable(row.value2()).map(average -> average.setScale(1, RoundingMode.HALF_UP))));
	}

	public List<Testimonial> testimonials(AccountId host, Instant now, int limit) {
		return this.sql
			.select(ENTRY.BOOKING_ID, ENTRY.AUTHOR_ID, ENTRY.RATING, ENTRY.WENT_WELL, ENTRY.LEARNED, REQUEST.TOPICS,
					REQUEST.ENDED_AT)
			.from(ENTRY)
			.join(REQUEST)
			.on(REQUEST.BOOKING_ID.eq(ENTRY.BOOKING_ID), REQUEST.AUTHOR_ID.eq(ENTRY.AUTHOR_ID))
			.where(REQUEST.SUBJECT_ID.eq(host.value()), REQUEST.ROLE.eq("attendee"), ENTRY.PUBLIC_CONSENT.isTrue(),
					ENTRY.WENT_WELL.ne("").or(ENTRY.LEARNED.ne("")), shown(now))
			.orderBy(REQUEST.ENDED_AT.desc(), ENTRY.BOOKING_ID)
			.limit(limit)
			.fetch(row -> new Testimonial(new BookingId(row.value1()), new AccountId(row.value2()), row.value3(),
					row.value4(), row.value5(), topics(row.value6()), row.value7().toInstant()));
	}

	public List<Insight> insights(AccountId member, Instant now, int limit) {
		return this.sql.select(ENTRY.BOOKING_ID, REQUEST.ROLE, ENTRY.LEARNED, REQUEST.TOPICS, REQUEST.ENDED_AT)
			.from(ENTRY)
			.join(REQUEST)
			.on(REQUEST.BOOKING_ID.eq(ENTRY.BOOKING_ID), REQUEST.AUTHOR_ID.eq(ENTRY.AUTHOR_ID))
			.where(ENTRY.AUTHOR_ID.eq(member.value()), ENTRY.LEARNED_PUBLIC.isTrue(), ENTRY.LEARNED.ne(""), shown(now))
			.orderBy(REQUEST.ENDED_AT.desc(), ENTRY.BOOKING_ID)
			.limit(limit)
			.fetch(row -> new Insight(new BookingId(row.value1()), FeedbackRole.valueOf(row.value2().toUpperCase()),
					row.value3(), topics(row.value4()), row.value5().toInstant()));
	}

	/**
	 * The entry is revealed (its request's row joined): both wrote, or its window closed
	 * (and this entry was written); nobody reported a no-show for the session; and no
	 * moderator hid the entry.
	 */
	private Condition shown(Instant now) {
		return DSL.exists(this.sql.selectOne().from(REVEAL).where(REVEAL.BOOKING_ID.eq(REQUEST.BOOKING_ID)))
			.or(REQUEST.CLOSES_AT.le(now.atOffset(ZoneOffset.UTC)))
			.and(DSL.notExists(this.sql.selectOne().from(NO_SHOW).where(NO_SHOW.BOOKING_ID.eq(REQUEST.BOOKING_ID))))
			.and(ENTRY.HIDDEN_AT.isNull());
	}

	private static List<TopicSlug> topics(String[] slugs) {
		return Arrays.stream(slugs).map(TopicSlug::new).toList();
	}

}
