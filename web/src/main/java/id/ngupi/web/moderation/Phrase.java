package id.ngupi.web.moderation;

import java.util.List;

/**
 * A sentence of the page with its arguments, for {@code i18n.localize(key, ...)}, which
 * escapes each argument: member-written names and handles stay text.
 *
 * @param key the message key
 * @param arguments the message's arguments
 */
public record Phrase(String key, List<String> arguments) {

	public Phrase {
		arguments = List.copyOf(arguments);
	}

	public static Phrase of(String key, String... arguments) {
		return new Phrase(key, List.of(arguments));
	}

	/** The arguments for {@code i18n.localize(key, ...)}. */
	public Object[] argumentArray() {
		return this.arguments.toArray();
	}

}
