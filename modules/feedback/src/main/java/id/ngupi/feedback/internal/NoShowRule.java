package id.ngupi.feedback.internal;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import id.ngupi.feedback.NoShowPolicy;

/**
 * The rule that turns confirmed no-shows into a time of required approval: once
 * {@link NoShowPolicy#count()} of them whose sessions ended within
 * {@link NoShowPolicy#within()} of each other are confirmed, bookings need approval for
 * {@link NoShowPolicy#approvalFor()} from the moment the last of them was confirmed.
 */
public final class NoShowRule {

	private NoShowRule() {
	}

	/**
	 * One confirmed no-show.
	 *
	 * @param sessionEndedAt when the session ended
	 * @param confirmedAt when it came to count: admitted, or left unanswered until then
	 */
	public record Confirmed(Instant sessionEndedAt, Instant confirmedAt) {
	}

	/** Until when bookings need approval at {@code now}; empty when they need none. */
	public static Optional<Instant> approvalUntil(List<Confirmed> confirmed, NoShowPolicy policy, Instant now) {
		return confirmed.stream()
			.filter(last -> startsTheRule(last, confirmed, policy))
			.map(last -> last.confirmedAt().plus(policy.approvalFor()))
			.filter(until -> until.isAfter(now))
			.max(Comparator.naturalOrder());
	}

	/**
	 * Whether, once {@code last} was confirmed, enough no-shows confirmed by then have
	 * sessions within one span of {@link NoShowPolicy#within()} that holds {@code last}.
	 */
	private static boolean startsTheRule(Confirmed last, List<Confirmed> all, NoShowPolicy policy) {
		List<Instant> known = all.stream()
			.filter(other -> !other.confirmedAt().isAfter(last.confirmedAt()))
			.map(Confirmed::sessionEndedAt)
			.toList();
		Instant ended = last.sessionEndedAt();
		return known.stream()
			.filter(from -> !from.isAfter(ended) && !ended.isAfter(from.plus(policy.within())))
			.anyMatch(from -> known.stream()
				.filter(time -> !time.isBefore(from) && !time.isAfter(from.plus(policy.within())))
				.count() >= policy.count());
	}

}
