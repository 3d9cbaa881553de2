package id.ngupi.notifications.internal;

import java.util.List;

/**
 * What one notification says, written for its recipient: the inbox shows its title and
 * first paragraph, a mail all of it. Member-written text (an answer, a reason, a message)
 * only ever stands in {@link Fact#value()}, which every template escapes.
 *
 * @param title the inbox entry's title and the mail's subject
 * @param paragraphs what happened, the first one the most important
 * @param facts labelled details: topics, what the other side wrote, the meeting link
 * @param actions the links to act on, the first the main one
 */
public record Telling(String title, List<String> paragraphs, List<Fact> facts, List<Action> actions) {

	public Telling {
		paragraphs = List.copyOf(paragraphs);
		facts = List.copyOf(facts);
		actions = List.copyOf(actions);
	}

	/** The first paragraph, for the inbox. */
	public String lead() {
		return this.paragraphs.isEmpty() ? "" : this.paragraphs.get(0);
	}

	/**
	 * A labelled detail.
	 *
	 * @param label what it is
	 * @param value the detail; may be several lines a member wrote
	 */
	public record Fact(String label, String value) {
	}

	/**
	 * A link to act on.
	 *
	 * @param label what following it does
	 * @param url where it goes, absolute
	 */
	public record Action(String label, String url) {
	}

}
