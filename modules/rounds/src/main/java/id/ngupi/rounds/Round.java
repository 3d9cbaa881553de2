package id.ngupi.rounds;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import id.ngupi.hosting.OfferingId;
import id.ngupi.identity.AccountId;

/**
 * A round as anyone may see it: its times, its window, how winners are picked, and the
 * hash of its seed (the seed itself only once the draw ran).
 *
 * @param id the round
 * @param host whose round it is
 * @param offering the offering its sessions are
 * @param picking who picks the winners
 * @param firstTimersOverall whether members who never had any Ngupi go first of all
 * @param opensAt when applications open
 * @param closesAt when they close
 * @param pickBy until when the host picks (the close, for a draw)
 * @param times the times, soonest first
 * @param seedHash SHA-256 of the seed, in hex: published from the start
 * @param seed the seed, once a draw settled the round
 * @param settled when the round was settled, if it was
 * @param settledBy how it was settled, if it was
 * @param cancelled whether the host called it off
 * @param cancelReason why, if they did
 */
public record Round(RoundId id, AccountId host, OfferingId offering, Picking picking, boolean firstTimersOverall,
		Instant opensAt, Instant closesAt, Instant pickBy, List<RoundTime> times, String seedHash,
		Optional<String> seed, Optional<Instant> settled, Optional<Picking> settledBy, boolean cancelled,
		Optional<String> cancelReason) {

	public Round {
		times = List.copyOf(times);
	}

	/** Where the round stands at {@code now}. */
	public RoundPhase phase(Instant now) {
		if (this.cancelled) {
			return RoundPhase.CANCELLED;
		}
		if (this.settled.isPresent()) {
			return RoundPhase.SETTLED;
		}
		if (now.isBefore(this.opensAt)) {
			return RoundPhase.UPCOMING;
		}
		if (now.isBefore(this.closesAt)) {
			return RoundPhase.APPLYING;
		}
		if (this.picking == Picking.HOST && now.isBefore(this.pickBy)) {
			return RoundPhase.PICKING;
		}
		return RoundPhase.DRAWING;
	}

	/** Whether members apply now: the window is open. */
	public boolean applying(Instant now) {
		return phase(now) == RoundPhase.APPLYING;
	}

	/**
	 * Whether the host picks the winners now: the window closed, the pick deadline not.
	 */
	public boolean awaitingPick(Instant now) {
		return phase(now) == RoundPhase.PICKING;
	}

	/** The soonest of its times. */
	public Instant firstStart() {
		return this.times.get(0).start();
	}

	/** Whether one of its times starts then. */
	public boolean hasTime(Instant start) {
		return this.times.stream().anyMatch(time -> time.start().equals(start));
	}

}
