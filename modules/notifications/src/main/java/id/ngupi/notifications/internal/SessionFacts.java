package id.ngupi.notifications.internal;

import java.time.Instant;
import java.util.Optional;

import id.ngupi.booking.Booking;
import id.ngupi.booking.BookingId;
import id.ngupi.booking.BookingStatus;
import id.ngupi.booking.BookingQueries;
import id.ngupi.hosting.HostDirectory;
import id.ngupi.hosting.Offering;
import id.ngupi.hosting.TopicSlug;
import id.ngupi.identity.Account;
import id.ngupi.identity.AccountId;
import id.ngupi.identity.Accounts;

import org.springframework.stereotype.Component;

/**
 * What a notification about a session says, read through the booking, hosting and
 * identity APIs: the session as it stands, seen by one participant.
 */
@Component
class SessionFacts {

	private final BookingQueries bookings;

	private final HostDirectory hosts;

	private final Accounts accounts;

	SessionFacts(BookingQueries bookings, HostDirectory hosts, Accounts accounts) {
		this.bookings = bookings;
		this.hosts = hosts;
		this.accounts = accounts;
	}

	/** The session, as one of its participants may see it. */
	Optional<Booking> booking(AccountId participant, BookingId booking) {
		return this.bookings.find(participant, booking);
	}

	/** The session seen by the recipient, one of its participants. */
	Details of(Booking booking, AccountId recipient) {
		return of(booking, recipient, null, false, null);
	}

	/**
	 * The session seen by the recipient, with what the other side wrote, whether it was
	 * called off late, and, for a move, the session it replaced.
	 */
	Details of(Booking booking, AccountId recipient, String message, boolean late, Booking replaced) {
		return of(booking, recipient, message, late, replaced, null);
	}

	/**
	 * The session Ngupi called off, seen by the participant who is told: the other one
	 * could no longer take part, and only their role is said, never why.
	 */
	Details calledOff(Booking booking, AccountId recipient, AccountId calledOffFor) {
		return of(booking, recipient, null, false, null, booking.host().equals(calledOffFor) ? "host" : "attendee");
	}

	private Details of(Booking booking, AccountId recipient, String message, boolean late, Booking replaced,
			String calledOff) {
		Optional<Account> other = this.accounts.find(booking.other(recipient));
		String title = this.hosts.offering(booking.offering()).map(Offering::title).orElse("Ngupi");
		Instant previousStart = (replaced != null) ? replaced.start() : null;
		String previous = (replaced != null) ? replaced.id().toString() : null;
		return new Details(booking.id().toString(), booking.host().equals(recipient), previous,
				other.map(Account::displayName).orElse(null),
				other.map(account -> account.handle().value()).orElse(null), title, booking.start(), booking.end(),
				previousStart, booking.respondBy(), booking.topics().stream().map(TopicSlug::value).toList(),
				booking.answer(), message, late, booking.status() == BookingStatus.PENDING, null, null, null, null,
				null, null, null, calledOff, null, null);
	}

	/** The idempotency key's event part for everything that happens to one session. */
	static String eventId(BookingId booking) {
		return "booking:" + booking;
	}

}
