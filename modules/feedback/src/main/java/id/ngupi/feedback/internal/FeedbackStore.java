package id.ngupi.feedback.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import id.ngupi.booking.BookingId;
import id.ngupi.db.jooq.feedback.tables.records.EntryRecord;
import id.ngupi.db.jooq.feedback.tables.records.RequestRecord;
import id.ngupi.feedback.FeedbackExport;
import id.ngupi.feedback.FeedbackForm;
import id.ngupi.feedback.FeedbackRole;
import id.ngupi.feedback.WrittenFeedback;
import id.ngupi.hosting.TopicSlug;
import id.ngupi.identity.AccountId;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import org.springframework.stereotype.Repository;

import static id.ngupi.db.jooq.feedback.Tables.ENTRY;
import static id.ngupi.db.jooq.feedback.Tables.NO_SHOW;
import static id.ngupi.db.jooq.feedback.Tables.REQUEST;
import static id.ngupi.db.jooq.feedback.Tables.REVEAL;

/**
 * The feedback schema: who is asked about which session until when, what each side wrote,
 * and when a session's feedback was revealed.
 */
@Repository
public class FeedbackStore {

	private final DSLContext sql;

	FeedbackStore(DSLContext sql) {
		this.sql = sql;
	}

	/**
	 * One side asked for feedback on a session.
	 *
	 * @param booking the session
	 * @param author who is asked
	 * @param subject the other side
	 * @param role the author's side
	 * @param endedAt when the session ended
	 * @param closesAt until when they can write
	 * @param topics what the session was about
	 */
	public record Request(BookingId booking, AccountId author, AccountId subject, FeedbackRole role, Instant endedAt,
			Instant closesAt, List<TopicSlug> topics) {

		public Request {
			topics = List.copyOf(topics);
		}

	}

	/** Asks one side; whether they were not asked before. */
	boolean ask(Request request) {
		return this.sql.insertInto(REQUEST)
			.set(REQUEST.BOOKING_ID, request.booking().value())
			.set(REQUEST.AUTHOR_ID, request.author().value())
			.set(REQUEST.SUBJECT_ID, request.subject().value())
			.set(REQUEST.ROLE, request.role().name().toLowerCase())
			.set(REQUEST.ENDED_AT, at(request.endedAt()))
			.set(REQUEST.CLOSES_AT, at(request.closesAt()))
			.set(REQUEST.TOPICS, request.topics().stream().map(TopicSlug::value).toArray(String[]::new))
			.onConflictDoNothing()
			.execute() == 1;
	}

	public Optional<Request> request(AccountId author, BookingId booking) {
		return this.sql.selectFrom(REQUEST)
			.where(REQUEST.BOOKING_ID.eq(booking.value()), REQUEST.AUTHOR_ID.eq(author.value()))
			.fetchOptional(FeedbackStore::toRequest);
	}

	/** Both sides' requests of a session, locked in a fixed order. */
	public List<Request> lockBoth(BookingId booking) {
		return this.sql.selectFrom(REQUEST)
			.where(REQUEST.BOOKING_ID.eq(booking.value()))
			.orderBy(REQUEST.AUTHOR_ID)
			.forUpdate()
			.fetch(FeedbackStore::toRequest);
	}

	/** The member's requests still open and not written, soonest closing first. */
	public List<Request> awaiting(AccountId author, Instant now) {
		return this.sql.selectFrom(REQUEST)
			.where(REQUEST.AUTHOR_ID.eq(author.value()), REQUEST.CLOSES_AT.gt(at(now)))
			.andNotExists(this.sql.selectOne()
				.from(ENTRY)
				.where(ENTRY.BOOKING_ID.eq(REQUEST.BOOKING_ID), ENTRY.AUTHOR_ID.eq(REQUEST.AUTHOR_ID)))
			.andNotExists(this.sql.selectOne().from(REVEAL).where(REVEAL.BOOKING_ID.eq(REQUEST.BOOKING_ID)))
			.andNotExists(this.sql.selectOne().from(NO_SHOW).where(NO_SHOW.BOOKING_ID.eq(REQUEST.BOOKING_ID)))
			.orderBy(REQUEST.CLOSES_AT, REQUEST.BOOKING_ID)
			.fetch(FeedbackStore::toRequest);
	}

	public Optional<WrittenFeedback> entry(BookingId booking, AccountId author, FeedbackRole role) {
		return this.sql.selectFrom(ENTRY)
			.where(ENTRY.BOOKING_ID.eq(booking.value()), ENTRY.AUTHOR_ID.eq(author.value()))
			.fetchOptional(record -> toWritten(record, role));
	}

	public void save(BookingId booking, AccountId author, FeedbackForm form, Instant now) {
		this.sql.insertInto(ENTRY)
			.set(ENTRY.BOOKING_ID, booking.value())
			.set(ENTRY.AUTHOR_ID, author.value())
			.set(ENTRY.RATING, (short) form.rating())
			.set(ENTRY.WENT_WELL, form.wentWell())
			.set(ENTRY.LEARNED, form.learned())
			.set(ENTRY.PRIVATE_MESSAGE, form.privateMessage())
			.set(ENTRY.PUBLIC_CONSENT, form.publicConsent())
			.set(ENTRY.LEARNED_PUBLIC, form.learnedPublic())
			.set(ENTRY.WRITTEN_AT, at(now))
			.set(ENTRY.UPDATED_AT, at(now))
			.onConflict(ENTRY.BOOKING_ID, ENTRY.AUTHOR_ID)
			.doUpdate()
			.set(ENTRY.RATING, (short) form.rating())
			.set(ENTRY.WENT_WELL, form.wentWell())
			.set(ENTRY.LEARNED, form.learned())
			.set(ENTRY.PRIVATE_MESSAGE, form.privateMessage())
			.set(ENTRY.PUBLIC_CONSENT, form.publicConsent())
			.set(ENTRY.LEARNED_PUBLIC, form.learnedPublic())
			.set(ENTRY.UPDATED_AT, at(now))
			.execute();
	}

	/**
	 * Hides the entry from everyone but its author; false when there is none or it was
	 * hidden already (the first hiding's time stays).
	 */
	public boolean hide(BookingId booking, AccountId author, Instant now) {
		return this.sql.update(ENTRY)
			.set(ENTRY.HIDDEN_AT, at(now))
			.where(ENTRY.BOOKING_ID.eq(booking.value()), ENTRY.AUTHOR_ID.eq(author.value()), ENTRY.HIDDEN_AT.isNull())
			.execute() == 1;
	}

	/** Shows a hidden entry again; false when there is none or it was not hidden. */
	public boolean show(BookingId booking, AccountId author) {
		return this.sql.update(ENTRY)
			.setNull(ENTRY.HIDDEN_AT)
			.where(ENTRY.BOOKING_ID.eq(booking.value()), ENTRY.AUTHOR_ID.eq(author.value()),
					ENTRY.HIDDEN_AT.isNotNull())
			.execute() == 1;
	}

	/** How many sides wrote about the session. */
	public int written(BookingId booking) {
		return this.sql.fetchCount(ENTRY, ENTRY.BOOKING_ID.eq(booking.value()));
	}

	public boolean revealed(BookingId booking) {
		return this.sql.fetchExists(REVEAL, REVEAL.BOOKING_ID.eq(booking.value()));
	}

	public void reveal(BookingId booking, Instant now) {
		this.sql.insertInto(REVEAL)
			.set(REVEAL.BOOKING_ID, booking.value())
			.set(REVEAL.REVEALED_AT, at(now))
			.onConflictDoNothing()
			.execute();
	}

	/**
	 * Reveals every session whose window closed with something written and that was not
	 * revealed yet; each at most once whichever instance runs it.
	 * @return the sessions revealed now, each with its host and attendee
	 */
	List<Request> revealClosed(Instant now) {
		List<UUID> revealed = this.sql.insertInto(REVEAL, REVEAL.BOOKING_ID, REVEAL.REVEALED_AT)
			.select(this.sql.selectDistinct(REQUEST.BOOKING_ID, DSL.val(at(now)))
				.from(REQUEST)
				.where(REQUEST.CLOSES_AT.le(at(now)))
				.andExists(this.sql.selectOne().from(ENTRY).where(ENTRY.BOOKING_ID.eq(REQUEST.BOOKING_ID)))
				// a session one side did not come to has no feedback to reveal
				.andNotExists(this.sql.selectOne().from(NO_SHOW).where(NO_SHOW.BOOKING_ID.eq(REQUEST.BOOKING_ID))))
			.onConflictDoNothing()
			.returningResult(REVEAL.BOOKING_ID)
			.fetch(REVEAL.BOOKING_ID);
		return revealed.isEmpty() ? List.of()
				: this.sql.selectFrom(REQUEST)
					.where(REQUEST.BOOKING_ID.in(revealed), REQUEST.ROLE.eq("host"))
					.fetch(FeedbackStore::toRequest);
	}

	/**
	 * Every session the member was asked about, newest first, with what they wrote, once
	 * revealed (both wrote, or the window closed) what the other side wrote, and a
	 * no-show report.
	 */
	public List<FeedbackExport.Asked> exportOf(AccountId member, Instant now) {
		List<Request> requests = this.sql.selectFrom(REQUEST)
			.where(REQUEST.AUTHOR_ID.eq(member.value()))
			.orderBy(REQUEST.ENDED_AT.desc(), REQUEST.BOOKING_ID)
			.fetch(FeedbackStore::toRequest);
		if (requests.isEmpty()) {
			return List.of();
		}
		List<UUID> bookings = requests.stream().map(request -> request.booking().value()).toList();
		Map<List<UUID>, EntryRecord> entries = new HashMap<>();
		this.sql.selectFrom(ENTRY)
			.where(ENTRY.BOOKING_ID.in(bookings))
			.forEach(entry -> entries.put(List.of(entry.getBookingId(), entry.getAuthorId()), entry));
		Set<UUID> revealed = new HashSet<>(this.sql.select(REVEAL.BOOKING_ID)
			.from(REVEAL)
			.where(REVEAL.BOOKING_ID.in(bookings))
			.fetch(REVEAL.BOOKING_ID));
		Map<UUID, NoShowStore.Report> reported = new HashMap<>();
		this.sql.selectFrom(NO_SHOW)
			.where(NO_SHOW.BOOKING_ID.in(bookings))
			.forEach(report -> reported.put(report.getBookingId(), NoShowStore.toReport(report)));
		return requests.stream().map(request -> {
			EntryRecord own = entries.get(List.of(request.booking().value(), request.author().value()));
			EntryRecord other = entries.get(List.of(request.booking().value(), request.subject().value()));
			boolean shown = shown(revealed.contains(request.booking().value()),
					reported.containsKey(request.booking().value()), request.closesAt(), now,
					own != null || other != null);
			NoShowStore.Report report = reported.get(request.booking().value());
			// what the member wrote is theirs, hidden or not; what a moderator hid of the
			// other side's is no longer given to them
			boolean receivedHidden = shown && other != null && other.getHiddenAt() != null;
			return new FeedbackExport.Asked(request.booking(), request.role(), request.closesAt(),
					(own != null) ? toWritten(own, request.role()) : null,
					(shown && other != null && !receivedHidden) ? toWritten(other, request.role().other()) : null,
					(report != null) ? report.seenBy(member) : null, receivedHidden);
		}).toList();
	}

	/**
	 * Whether both sides see each other's feedback: once revealed, or once the window
	 * closed with something written, whether or not the closing job ran yet; never for a
	 * session one side reported the other did not come to.
	 */
	public static boolean shown(boolean revealed, boolean reported, Instant closesAt, Instant now, boolean anyWritten) {
		return !reported && (revealed || (!closesAt.isAfter(now) && anyWritten));
	}

	private static Request toRequest(RequestRecord record) {
		return new Request(new BookingId(record.getBookingId()), new AccountId(record.getAuthorId()),
				new AccountId(record.getSubjectId()), FeedbackRole.valueOf(record.getRole().toUpperCase()),
				record.getEndedAt().toInstant(), record.getClosesAt().toInstant(),
				Arrays.stream(record.getTopics()).map(TopicSlug::new).toList());
	}

	private static WrittenFeedback toWritten(EntryRecord record, FeedbackRole role) {
		return new WrittenFeedback(role,
				new FeedbackForm(record.getRating(), record.getWentWell(), record.getLearned(),
						record.getPrivateMessage(), record.getPublicConsent(), record.getLearnedPublic()),
				record.getWrittenAt().toInstant(), record.getUpdatedAt().toInstant(),
				(record.getHiddenAt() != null) ? record.getHiddenAt().toInstant() : null);
	}

	private static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
