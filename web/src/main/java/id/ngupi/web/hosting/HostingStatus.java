package id.ngupi.web.hosting;

import id.ngupi.web.support.Notice;

/**
 * Where a host stands: paused or taking sessions, and what is still missing for attendees
 * to find them on the discovery page and book.
 *
 * @param paused whether the host paused hosting
 * @param activeOffering whether at least one offering takes bookings
 * @param scheduled whether the schedule has any time at all
 * @param handle the host's handle, for the link to their public page
 * @param notice what a pause or resume just did, shown inside the status box
 */
public record HostingStatus(boolean paused, boolean activeOffering, boolean scheduled, String handle, Notice notice) {

	/** Whether attendees can find and book the host. */
	public boolean visible() {
		return !this.paused && this.activeOffering && this.scheduled;
	}

}
