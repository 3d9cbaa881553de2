package id.ngupi.hosting;

import java.time.Instant;
import java.util.UUID;

import id.ngupi.identity.AccountId;

/**
 * What the hosting module tells the rest of the platform. Published inside the
 * transaction that made the change and kept in the event publication registry until
 * handled.
 */
public final class HostingEvents {

	private HostingEvents() {
	}

	/**
	 * A member turned hosting on.
	 *
	 * @param host the new host
	 */
	public record HostingStarted(AccountId host) {
	}

	/**
	 * What a host offers or when changed: an offering, the schedule, a date override, a
	 * one-off slot, a pause or resume, or a moderator hiding or showing the host's page.
	 * New times may have opened.
	 *
	 * @param host the host
	 * @param paused whether nobody can book the host now: paused by themselves, or hidden
	 * by a moderator (or suspended)
	 */
	public record AvailabilityChanged(AccountId host, boolean paused) {
	}

	/**
	 * One of a host's own calendars could not be read for two days: the busy times last
	 * read stay in force, but new ones are missed until the host mends the address.
	 *
	 * @param host the host
	 * @param calendar the calendar
	 * @param hint its address as shown, without the secret part
	 * @param failingSince since when every read failed
	 */
	public record BusyCalendarFailing(AccountId host, UUID calendar, String hint, Instant failingSince) {
	}

}
