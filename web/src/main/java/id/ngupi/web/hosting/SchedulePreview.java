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
	 * @param times its next times as the host reads them
	 */
	public record OfferingTimes(String title, List<String> times) {
	}

}
