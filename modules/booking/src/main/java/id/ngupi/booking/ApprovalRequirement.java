package id.ngupi.booking;

import java.time.Instant;
import java.util.Optional;

import id.ngupi.identity.AccountId;

/**
 * A rule from outside booking that makes an attendee's bookings wait for the host's
 * approval whatever the offering says (feedback's, after sessions the attendee did not
 * come to). Booking owns the interface and asks every implementation when a booking is
 * made; a module that knows such a rule implements it, so booking never depends on it.
 */
public interface ApprovalRequirement {

	/**
	 * Until when the attendee's bookings need the host's approval, as it stands at
	 * {@code now}; empty when they need none.
	 */
	Optional<Instant> requiredUntil(AccountId attendee, Instant now);

}
