package id.ngupi.rounds;

import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;

import id.ngupi.hosting.TopicSlug;
import id.ngupi.identity.AccountId;

/**
 * A member's application to a round.
 *
 * @param id the application
 * @param round the round
 * @param member who applied
 * @param ticket their number in the draw, shown to them and on the draw's page
 * @param topics the host's topics they want to talk about
 * @param answer their answer to the offering's question
 * @param ranked the times they can make, best first; empty for any
 * @param pickedRank the host's pick, in the host's order, if picked
 * @param applied when they applied
 * @param updated when they last changed it
 */
public record Application(ApplicationId id, RoundId round, AccountId member, String ticket, List<TopicSlug> topics,
		String answer, List<Instant> ranked, OptionalInt pickedRank, Instant applied, Instant updated) {

	public Application {
		topics = List.copyOf(topics);
		ranked = List.copyOf(ranked);
	}

	/** Whether any of the round's times will do. */
	public boolean anyTime() {
		return this.ranked.isEmpty();
	}

}
