package id.ngupi.web.hosting;

import java.util.List;

import id.ngupi.hosting.HostChecklist;
import id.ngupi.hosting.Offering;
import id.ngupi.web.support.Notice;

/**
 * Where a host stands: hidden by a moderator, paused or taking sessions, and what is
 * still missing for attendees to find them on the discovery page and book (hosting's
 * {@link HostChecklist}).
 *
 * @param checklist what the host has set up and what is missing
 * @param notice what a pause or resume just did, shown inside the status box
 */
public record HostingStatus(HostChecklist checklist, Notice notice) {

	public boolean paused() {
		return this.checklist.host().paused();
	}

	/** Whether a moderator hid the host's page: nobody finds or books them meanwhile. */
	public boolean hidden() {
		return this.checklist.host().hidden();
	}

	/** The host's handle, for the link to their public page. */
	public String handle() {
		return this.checklist.host().handle();
	}

	/** Whether at least one offering takes bookings or would with a meeting link. */
	public boolean activeOffering() {
		return this.checklist.hasActiveOffering();
	}

	/** Whether the schedule has any time at all. */
	public boolean scheduled() {
		return this.checklist.scheduled();
	}

	/** Whether every session meets in a room of its own, made for it. */
	public boolean meetingRooms() {
		return this.checklist.host().meetingRooms();
	}

	/** Whether no active offering waits for a meeting link. */
	public boolean meetingLinkSet() {
		return this.checklist.meetingLinkSet();
	}

	/** The active offerings nobody can book until they or the profile get a link. */
	public List<Offering> withoutMeetingLink() {
		return this.checklist.withoutMeetingLink();
	}

	/** Whether attendees can find and book the host. */
	public boolean visible() {
		return this.checklist.bookable();
	}

}
