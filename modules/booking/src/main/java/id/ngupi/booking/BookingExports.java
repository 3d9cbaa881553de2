package id.ngupi.booking;

import java.util.List;

import id.ngupi.booking.BookingExport.Session;
import id.ngupi.booking.internal.BookingExportQueries;
import id.ngupi.booking.internal.CalendarFeedStore;
import id.ngupi.identity.AccountId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The booking module's part of a member's data export (their right to a copy under
 * Indonesia's personal data protection law, UU PDP): read in three statements however
 * many bookings the member has.
 */
@Service
public class BookingExports {

	private final BookingExportQueries queries;

	private final CalendarFeedStore feeds;

	BookingExports(BookingExportQueries queries, CalendarFeedStore feeds) {
		this.queries = queries;
		this.feeds = feeds;
	}

	/** Everything this module holds about the member; see {@link BookingExport}. */
	@Transactional(readOnly = true)
	public BookingExport export(AccountId member) {
		List<Session> sessions = this.queries.bookingsInvolving(member)
			.stream()
			.map(row -> new Session(row.booking(), visibleLink(member, row.booking(), row.meetingUrl())))
			.toList();
		return new BookingExport(sessions, this.queries.waitlistPlaces(member),
				this.feeds.createdAt(member).orElse(null));
	}

	/**
	 * The booking's own link as the session page would show it: the host who set it sees
	 * it always, the attendee only while the booking is confirmed (the rule of
	 * {@link BookingQueries#meetingLink}: a request still waiting for approval gives no
	 * link).
	 */
	private static String visibleLink(AccountId member, Booking booking, String link) {
		return (booking.host().equals(member) || booking.status() == BookingStatus.CONFIRMED) ? link : null;
	}

}
