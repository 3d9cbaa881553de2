package id.ngupi.web.discovery;

import java.util.List;

import id.ngupi.booking.OpenSlot;
import id.ngupi.hosting.HostProfile;
import id.ngupi.hosting.Offering;
import id.ngupi.web.support.Links;
import id.ngupi.web.time.TimeFormat;

/**
 * One of a host's offerings as their pages show it, with times in the viewer's zone.
 * Never the meeting link: that is for the participants of a booking only.
 *
 * @param title what the session is called
 * @param durationMinutes how long it lasts
 * @param description plain text, line breaks kept
 * @param needsApproval whether the host approves each booking
 * @param weeklyQuota how many sessions a week at most
 * @param days its times grouped by the viewer's days
 * @param allTimesHref the page with all its times
 */
public record OfferingSummary(String title, long durationMinutes, String description, boolean needsApproval,
		int weeklyQuota, List<SlotDay> days, String allTimesHref) {

	/**
	 * The offering of the host with this handle (identity's, which hosting's copy follows
	 * a moment later) and schedule; its times link to the booking form when the viewer
	 * may book them.
	 */
	static OfferingSummary of(String handle, HostProfile host, Offering offering, List<OpenSlot> times,
			TimeFormat viewer, boolean bookable) {
		String id = offering.id().toString();
		return new OfferingSummary(offering.title(), offering.duration().toMinutes(), offering.description(),
				offering.needsApproval(), offering.weeklyQuota(), SlotDay.of(times, viewer, host.timezone(),
						start -> bookable ? Links.bookingForm(handle, id, start) : null),
				Links.offering(handle, id));
	}

	/** How many times are listed, over all days. */
	public int timeCount() {
		return this.days.stream().mapToInt(day -> day.slots().size()).sum();
	}

	public boolean hasDescription() {
		return this.description != null && !this.description.isBlank();
	}

}
