package id.ngupi.web.hosting;

import java.util.List;

/**
 * The next times attendees will be offered, per active offering, so that the host sees
 * what the schedule does.
 *
 * @param zone the host's zone, named
 * @param paused whether hosting is paused (nothing is offered then)
 * @param offerings the active offerings with their next times
 */
public record SchedulePreview(String zone, boolean paused, List<OfferingTimes> offerings) {

	/** How many times each offering shows. */
	public static final int TIMES = 6;

	/**
	 * One offering's next times.
	 *
	 * @param title the offering's title
	 * @param times its next times as the host reads them; none when it cannot be booked
	 * @param meetingLinkHref where to add the meeting link it lacks, when attendees
	 * cannot book it for want of one; else {@code null}
	 */
	public record OfferingTimes(String title, List<String> times, String meetingLinkHref) {
	}

}
