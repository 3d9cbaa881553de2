package id.ngupi.hosting;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * How a topic a member writes becomes one topic: "Front-End", "frontend " and "FrontEnd"
 * share the key {@code frontend}; accents, case, spaces and punctuation do not count,
 * while "C++" and "C#" stay apart from "C".
 */
public final class TopicNames {

	/** The longest topic name a member may propose. */
	public static final int MAX_LENGTH = 40;

	private TopicNames() {
	}

	/**
	 * The key all spellings of a topic share, or empty when the name has no letter or
	 * digit.
	 */
	public static Optional<String> keyOf(String name) {
		if (name == null || !name.matches("(?s).*[\\p{L}\\p{N}].*")) {
			// "+++" would otherwise become the topic "plusplusplus"
			return Optional.empty();
		}
		String key = folded(name).replaceAll("[^a-z0-9]", "");
		return (key.isEmpty() || key.length() > MAX_LENGTH) ? Optional.empty() : Optional.of(key);
	}

	/**
	 * The slug a newly proposed topic gets: "Machine Learning" becomes
	 * {@code machine-learning}.
	 */
	public static Optional<TopicSlug> slugOf(String name) {
		String slug = folded(name).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		if (slug.length() > TopicSlug.MAX_LENGTH) {
			slug = slug.substring(0, TopicSlug.MAX_LENGTH).replaceAll("-+$", "");
		}
		return TopicSlug.isWellFormed(slug) ? Optional.of(new TopicSlug(slug)) : Optional.empty();
	}

	/** The name as it is shown: blanks trimmed and runs of white space made one space. */
	public static String displayed(String name) {
		return name.strip().replaceAll("\\s+", " ");
	}

	private static String folded(String name) {
		if (name == null) {
			return "";
		}
		String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
		return decomposed.toLowerCase(Locale.ROOT).replace("+", "plus").replace("#", "sharp");
	}

}
