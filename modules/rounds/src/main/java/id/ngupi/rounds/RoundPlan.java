package id.ngupi.rounds;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import id.ngupi.hosting.Offering;
import id.ngupi.hosting.OfferingId;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What a host asks for when opening a round. Nothing in it is trusted: the times are
 * checked against the offering's open times, the window against the first time's notice.
 *
 * @param offering the host's offering the sessions are
 * @param times 1 to {@value #TIMES_MAX} of the offering's open times
 * @param opensAt when applications open; none: at once
 * @param closesAt when they close: before the first time, by the offering's notice
 * @param picking who picks the winners
 * @param firstTimersOverall whether members who never had any Ngupi go first of all
 */
public record RoundPlan(@NotNull(message = "{validation.round.offering}") OfferingId offering,
		@NotNull(message = "{validation.round.times}") @Size(min = 1, max = TIMES_MAX,
				message = "{validation.round.times}") List<@NotNull Instant> times,
		Instant opensAt, @NotNull(message = "{validation.round.closesAt}") Instant closesAt,
		@NotNull(message = "{validation.round.picking}") Picking picking, boolean firstTimersOverall) {

	/** The most times one round opens. */
	public static final int TIMES_MAX = 10;

	/** How long before the first time applications close when the host leaves it open. */
	public static final Duration DEFAULT_CLOSE = Duration.ofDays(2);

	/**
	 * When applications close if the host does not say: two days before the first time,
	 * or the first time's notice when that is sooner; if that leaves less than an hour
	 * after the window opens, the notice.
	 * @param times the round's times (at least one)
	 * @param offering the offering they are of
	 * @param opens when applications open
	 */
	public static Instant defaultClose(List<Instant> times, Offering offering, Instant opens) {
		Instant first = times.stream().min(Instant::compareTo).orElseThrow();
		Instant latest = first.minus(offering.minNotice());
		Instant twoDays = first.minus(DEFAULT_CLOSE);
		Instant close = twoDays.isBefore(latest) ? twoDays : latest;
		return close.isAfter(opens.plus(Duration.ofHours(1))) ? close : latest;
	}

	public RoundPlan {
		times = (times != null) ? times.stream().distinct().sorted().toList() : null;
	}

}
