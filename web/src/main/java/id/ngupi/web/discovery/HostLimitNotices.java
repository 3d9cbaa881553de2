package id.ngupi.web.discovery;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import id.ngupi.booking.BookingQueries;
import id.ngupi.booking.HostLimit;
import id.ngupi.identity.Account;
import id.ngupi.web.discovery.HostLimitNotice.HeldSession;
import id.ngupi.web.support.Links;
import id.ngupi.web.time.TimeFormat;

import org.springframework.stereotype.Component;

/**
 * Asks the booking module whether the viewer has reached the per-host limit with a host,
 * so that the host's pages and the booking form say so before a form is filled in. The
 * rule itself is {@link BookingQueries#hostLimit}'s; a visitor and the host themselves
 * are never asked about.
 */
@Component
public class HostLimitNotices {

	private final BookingQueries bookings;

	private final Clock clock;

	HostLimitNotices(BookingQueries bookings, Clock clock) {
		this.bookings = bookings;
		this.clock = clock;
	}

	/**
	 * The notice for a logged-in viewer who holds as many upcoming sessions with the host
	 * as allowed; empty for anyone else.
	 */
	public Optional<HostLimitNotice> of(Account viewer, Account host, TimeFormat times) {
		if (viewer == null || viewer.id().equals(host.id())) {
			return Optional.empty();
		}
		HostLimit limit = this.bookings.hostLimit(viewer.id(), host.id());
		if (!limit.reached()) {
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		return Optional.of(new HostLimitNotice(host.displayName(),
				limit.upcoming()
					.stream()
					.map(booking -> new HeldSession(booking.start().toString(), times.dateTime(booking.start()),
							booking.status().awaitingApproval(), Links.session(booking.id()),
							booking.movable(now) ? Links.sessionReschedule(booking.id()) : null))
					.toList()));
	}

}
