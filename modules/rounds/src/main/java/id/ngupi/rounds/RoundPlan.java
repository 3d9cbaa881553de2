package id.ngupi.rounds;

import java.time.Instant;
import java.util.List;

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

	public RoundPlan {
		times = (times != null) ? times.stream().distinct().sorted().toList() : null;
	}

}
