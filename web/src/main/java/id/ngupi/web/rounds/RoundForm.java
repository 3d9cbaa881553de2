package id.ngupi.web.rounds;

import java.util.List;

/**
 * What the application form sends, as it was typed: judged by the rounds module's
 * {@link id.ngupi.rounds.ApplicationForm}, so that the rules are written once. The ranked
 * times stay text until they are read, so that a mangled one gets a message rather than
 * an error.
 *
 * @param topics the host's topics picked
 * @param answer the answer to the offering's question
 * @param ranked the times chosen, one per rank, best first, as ISO instants; a rank left
 * empty is sent as an empty value
 * @param anyTime whether any of the round's times will do (then the ranks are ignored)
 */
public record RoundForm(List<String> topics, String answer, List<String> ranked, Boolean anyTime) {

	public RoundForm {
		topics = (topics != null) ? List.copyOf(topics.stream().filter(topic -> topic != null).toList()) : null;
		ranked = (ranked != null) ? ranked.stream().map(value -> (value != null) ? value.strip() : "").toList()
				: List.of();
	}

	/** An empty form. */
	static RoundForm fresh() {
		return new RoundForm(List.of(), "", List.of(), false);
	}

	/** Whether any time will do. */
	public boolean any() {
		return Boolean.TRUE.equals(this.anyTime);
	}

	/** The ranks the member filled in, best first. */
	List<String> chosen() {
		return this.ranked.stream().filter(value -> !value.isEmpty()).toList();
	}

	/** Whether the topic was picked. */
	boolean picked(String slug) {
		return this.topics != null && this.topics.contains(slug);
	}

	/** The time chosen at a rank (from 0), or the empty text. */
	String rank(int index) {
		return (index < this.ranked.size()) ? this.ranked.get(index) : "";
	}

}
