package id.ngupi.booking;

import java.util.List;

/**
 * Where an attendee stands with one host under the per-host limit
 * ({@link BookingLimits#perHost()}): their upcoming sessions with the host, counted as a
 * booking counts them (a request still waiting for the host's answer holds its place like
 * a confirmed session), and whether another booking would be refused for them.
 *
 * @param upcoming the attendee's upcoming live bookings with the host, soonest first
 * @param allowed how many such bookings an attendee may hold
 */
public record HostLimit(List<Booking> upcoming, int allowed) {

	public HostLimit {
		upcoming = List.copyOf(upcoming);
	}

	/**
	 * Whether the attendee holds as many upcoming sessions with the host as allowed: a
	 * booking with them would be refused with {@link BookingOutcome.Refusal#HOST_LIMIT}.
	 */
	public boolean reached() {
		return this.upcoming.size() >= this.allowed;
	}

}
