package id.ngupi.web.rounds;

import java.util.List;

/**
 * The form that opens a round, as the host's browser sends it: every field is text, read
 * by {@link HostRoundsController} so that nothing typed fails the binding and all of it
 * is shown again when the round is refused. Dates and times are in the host's zone.
 *
 * @param offering the chosen session type's id
 * @param times the ticked times, as instants ({@code 2026-12-07T12:00:00Z})
 * @param closesDate the day applications close ({@code 2026-12-05})
 * @param closesTime the time they close ({@code 20:00}); both empty for the default
 * @param opensDate the day they open; both empty for now
 * @param opensTime the time they open
 * @param picking {@code draw} or {@code host}
 * @param firstTimersOverall {@code true} when ticked
 */
public record HostRoundForm(String offering, List<String> times, String closesDate, String closesTime, String opensDate,
		String opensTime, String picking, String firstTimersOverall) {

	public HostRoundForm {
		times = (times != null) ? List.copyOf(times.stream().filter(time -> time != null).toList()) : List.of();
	}

	/** A new form for the offering: nothing ticked, a fair draw. */
	static HostRoundForm start(String offering) {
		return new HostRoundForm(offering, List.of(), "", "", "", "", "draw", null);
	}

	/** Whether the host asked first-timers overall to go first. */
	public boolean firstTimers() {
		return "true".equals(this.firstTimersOverall);
	}

	/** Whether the time (as the form sends it) is ticked. */
	public boolean ticked(String time) {
		return this.times.contains(time);
	}

	public String pickingOrDraw() {
		return (this.picking != null) ? this.picking : "draw";
	}

}
