package id.ngupi.web.rounds;

import java.util.List;

import id.ngupi.web.support.FormErrors;
import id.ngupi.web.support.SelectOption;

/**
 * The page that opens a round: first the session type, then its open times of the next
 * weeks by day, the window and who picks.
 *
 * @param offerings the host's active session types to choose from
 * @param offering the chosen one's id, or {@code null} while none is
 * @param offeringTitle its title
 * @param days its open times in the next weeks, by day in the host's zone
 * @param form what the form holds
 * @param errors the form's errors in the viewer's language
 * @param zone the host's zone as the page names it once
 * @param minNoticeHours the session type's notice, which the window must close before
 * @param latestClose when applications may close at the latest for the ticked times, or
 * {@code null} while none is ticked
 * @param weeks how many weeks of times are shown
 */
public record HostRoundFormPage(List<SelectOption> offerings, String offering, String offeringTitle, List<Day> days,
		HostRoundForm form, FormErrors errors, String zone, long minNoticeHours, String latestClose, int weeks) {

	public HostRoundFormPage {
		offerings = List.copyOf(offerings);
		days = List.copyOf(days);
	}

	/** Whether a session type is chosen, so its times are shown. */
	public boolean chosen() {
		return this.offering != null;
	}

	/**
	 * A day with open times.
	 *
	 * @param label the day ({@code Sen, 7 Des})
	 * @param id a name for the day's group in the page
	 * @param times its times
	 */
	public record Day(String label, String id, List<Time> times) {

		public Day {
			times = List.copyOf(times);
		}

	}

	/**
	 * One open time.
	 *
	 * @param value what the checkbox sends
	 * @param label its start and end ({@code 19.00–19.30})
	 * @param checked whether it is ticked
	 */
	public record Time(String value, String label, boolean checked) {
	}

}
