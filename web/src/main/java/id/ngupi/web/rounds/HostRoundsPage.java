package id.ngupi.web.rounds;

import java.util.List;

import id.ngupi.web.support.Notice;

/**
 * The host's rounds, the latest window first.
 *
 * @param rounds the rounds
 * @param canOpen whether the host has an active session type to open a round of
 * @param notice what the last step did, if anything is to be said
 */
public record HostRoundsPage(List<Row> rounds, boolean canOpen, Notice notice) {

	public HostRoundsPage {
		rounds = List.copyOf(rounds);
	}

	/**
	 * One round in the list.
	 *
	 * @param href its host page
	 * @param title the session type's title
	 * @param phaseKey the message key of where it stands
	 * @param phaseClass the badge class of where it stands
	 * @param window when applications open and close, in the host's zone
	 * @param times its times, in the host's zone
	 * @param applicants how many applied, once the window closed; else {@code null}
	 */
	public record Row(String href, String title, String phaseKey, String phaseClass, String window, List<String> times,
			Integer applicants) {

		public Row {
			times = List.copyOf(times);
		}

	}

}
