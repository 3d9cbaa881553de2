package id.ngupi.hosting;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import id.ngupi.identity.AccountId;

/**
 * Something a host offers: a kind of session with its length and booking rules.
 *
 * @param id the offering
 * @param host the host who offers it
 * @param title what the session is called
 * @param duration how long it lasts
 * @param description plain text, line breaks kept
 * @param question what every attendee must answer about the topics they bring
 * @param needsApproval whether the host approves each booking
 * @param weeklyQuota how many sessions a week at most
 * @param minNotice how long before its start a session can still be booked
 * @param horizon how far ahead it can be booked
 * @param buffer free time kept between two sessions
 * @param meetingUrl a link for this offering instead of the host's, if set; only for the
 * participants of a booking
 * @param active whether the host offers it (a retired one is not); it takes new bookings
 * only while it is also {@link #bookable bookable}
 */
public record Offering(OfferingId id, AccountId host, String title, Duration duration, String description,
		String question, boolean needsApproval, int weeklyQuota, Duration minNotice, Duration horizon, Duration buffer,
		String meetingUrl, boolean active) {

	/** The earliest start that can still be booked at {@code now}. */
	public Instant earliestStart(Instant now) {
		return now.plus(this.minNotice);
	}

	/**
	 * The end of the booking horizon seen from {@code now}: starts before it can be
	 * booked.
	 */
	public Instant horizonEnd(Instant now) {
		return now.plus(this.horizon);
	}

	/**
	 * The link this offering's sessions meet on: its own, else the host's default; empty
	 * when neither is set.
	 * @param host the profile of the offering's host
	 */
	public Optional<String> meetingLink(HostProfile host) {
		if (!host.account().equals(this.host)) {
			throw new IllegalArgumentException("Not the host of offering " + this.id);
		}
		return Optional.ofNullable(this.meetingUrl).or(() -> Optional.ofNullable(host.meetingUrl()));
	}

	/**
	 * Whether attendees can book it: it is active and its sessions have a way to meet: a
	 * link ({@link #meetingLink}), or a room of their own
	 * ({@link HostProfile#meetingRooms}). Discovery lists only hosts with such an
	 * offering, only such offerings have open times, and booking refuses any other.
	 * @param host the profile of the offering's host
	 */
	public boolean bookable(HostProfile host) {
		return this.active && (meetingLink(host).isPresent() || host.meetingRooms());
	}

	/** The offering as a form starts from it. */
	public OfferingChange asChange() {
		return new OfferingChange(this.title, (int) this.duration.toMinutes(), this.description, this.question,
				this.needsApproval, this.weeklyQuota, (int) this.minNotice.toHours(), (int) this.horizon.toDays(),
				(int) this.buffer.toMinutes(), this.meetingUrl);
	}

}
