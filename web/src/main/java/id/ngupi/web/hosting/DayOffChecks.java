package id.ngupi.web.hosting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import id.ngupi.booking.Booking;
import id.ngupi.booking.BookingQueries;
import id.ngupi.hosting.HostProfile;
import id.ngupi.identity.Account;
import id.ngupi.identity.AccountId;
import id.ngupi.identity.Accounts;
import id.ngupi.web.support.Links;
import id.ngupi.web.time.TimeFormat;

import org.springframework.stereotype.Component;

/**
 * Whether a day off needs the host's word first: the sessions still to come on its date
 * (booking decides which those are), each with its attendee's name and a link to its
 * page, in the zone of the host's schedule.
 */
@Component
class DayOffChecks {

	private final BookingQueries bookings;

	private final Accounts accounts;

	private final Clock clock;

	DayOffChecks(BookingQueries bookings, Accounts accounts, Clock clock) {
		this.bookings = bookings;
		this.accounts = accounts;
		this.clock = clock;
	}

	/** The question to ask before the day off is added; empty when there is none. */
	Optional<DayOffCheck> check(HostProfile host, LocalDate date, Locale locale) {
		List<Booking> coming = this.bookings.hostsComingOn(host.account(), date);
		if (coming.isEmpty()) {
			return Optional.empty();
		}
		Map<AccountId, Account> attendees = this.accounts.findAll(coming.stream().map(Booking::attendee).toList());
		TimeFormat times = new TimeFormat(host.timezone(), locale);
		return Optional
			.of(new DayOffCheck(date.toString(), SchedulePages.times(host, locale).date(date), coming.stream()
				.map(booking -> new DayOffCheck.Session(
						// a session from the evening before reaches into the day
						date.equals(times.date(booking.start())) ? times.time(booking.start())
								: times.dateTime(booking.start()),
						Optional.ofNullable(attendees.get(booking.attendee())).map(Account::displayName).orElse("—"),
						Links.session(booking.id()), booking.awaitingAnswer(this.clock.instant())))
				.toList()));
	}

}
