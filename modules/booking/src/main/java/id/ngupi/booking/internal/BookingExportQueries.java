package id.ngupi.booking.internal;

import java.util.List;

import id.ngupi.booking.Booking;
import id.ngupi.booking.BookingExport.WaitlistPlace;
import id.ngupi.identity.AccountId;
import org.jooq.DSLContext;

import org.springframework.stereotype.Repository;

import static id.ngupi.booking.internal.BookingStore.instant;
import static id.ngupi.db.jooq.booking.Tables.BOOKING_;
import static id.ngupi.db.jooq.booking.Tables.WAITLIST_ENTRY;

/**
 * What the {@code booking} schema holds about one member, for their data export: one
 * statement per table, only rows the member takes part in.
 */
@Repository
public class BookingExportQueries {

	private final DSLContext sql;

	BookingExportQueries(DSLContext sql) {
		this.sql = sql;
	}

	/**
	 * Every booking the member takes part in on either side, soonest first, each with its
	 * own meeting link ({@code null} when unset).
	 */
	public List<BookingWithLink> bookingsInvolving(AccountId member) {
		return this.sql.select(BOOKING_.fields())
			.select(BookingStore.RESCHEDULED_TO)
			.from(BOOKING_)
			.where(BOOKING_.HOST_ID.eq(member.value()).or(BOOKING_.ATTENDEE_ID.eq(member.value())))
			.orderBy(BOOKING_.STARTS_AT, BOOKING_.CREATED_AT, BOOKING_.ID)
			.fetch(row -> new BookingWithLink(BookingStore.toBooking(row), row.get(BOOKING_.MEETING_URL)));
	}

	/**
	 * The member's own places on waitlists, in the order they joined; never who waits for
	 * the member.
	 */
	public List<WaitlistPlace> waitlistPlaces(AccountId member) {
		return this.sql.selectFrom(WAITLIST_ENTRY)
			.where(WAITLIST_ENTRY.MEMBER_ID.eq(member.value()))
			.orderBy(WAITLIST_ENTRY.JOINED_AT, WAITLIST_ENTRY.HOST_ID)
			.fetch(row -> new WaitlistPlace(new AccountId(row.getHostId()), row.getJoinedAt().toInstant(),
					instant(row.getNotifiedAt())));
	}

	/**
	 * A booking as stored, with the meeting link its host set for it.
	 *
	 * @param booking the booking
	 * @param meetingUrl the booking's own link, or {@code null}
	 */
	public record BookingWithLink(Booking booking, String meetingUrl) {
	}

}
