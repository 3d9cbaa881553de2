package id.ngupi.hosting;

import java.util.List;

/**
 * What a host has set up for attendees to find and book them, and what is still missing:
 * an active offering, a meeting link for it (its own or the host's default) and some time
 * in the schedule. The host's settings show it as their status.
 *
 * @param host the host's profile
 * @param offerings all of the host's offerings, active ones first
 * @param scheduled whether the schedule has any time at all
 */
public record HostChecklist(HostProfile host, List<Offering> offerings, boolean scheduled) {

	public HostChecklist {
		offerings = List.copyOf(offerings);
	}

	/** Whether the host offers anything, bookable or not. */
	public boolean hasActiveOffering() {
		return this.offerings.stream().anyMatch(Offering::active);
	}

	/**
	 * Whether the host has a default meeting link, or every active offering (at least
	 * one) has its own: then no offering waits for a link.
	 */
	public boolean meetingLinkSet() {
		return this.host.meetingUrl() != null || this.host.meetingRooms()
				|| (hasActiveOffering() && withoutMeetingLink().isEmpty());
	}

	/**
	 * The active offerings nobody can book for want of a meeting link: none of their own,
	 * and no default on the host's profile.
	 */
	public List<Offering> withoutMeetingLink() {
		return this.offerings.stream().filter(offering -> offering.active() && !offering.bookable(this.host)).toList();
	}

	/**
	 * Whether discovery lists the host: neither paused nor suspended, with at least one
	 * {@link Offering#bookable bookable} offering.
	 */
	public boolean listed() {
		return this.host.listed() && this.offerings.stream().anyMatch(offering -> offering.bookable(this.host));
	}

	/**
	 * Whether attendees can find the host and book: listed, with any time in the
	 * schedule.
	 */
	public boolean bookable() {
		return listed() && this.scheduled;
	}

}
