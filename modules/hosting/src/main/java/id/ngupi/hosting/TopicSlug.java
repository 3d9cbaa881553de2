package id.ngupi.hosting;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A topic's address, {@code /topics/{slug}}: lower-case letters and digits in words
 * joined by single hyphens, at most 40 characters.
 *
 * @param value the slug
 */
public record TopicSlug(String value) {

	private static final Pattern FORMAT = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	public static final int MAX_LENGTH = 40;

	public TopicSlug {
		Objects.requireNonNull(value, "value");
		if (!isWellFormed(value)) {
			throw new IllegalArgumentException("Not a topic slug: " + value);
		}
	}

	public static boolean isWellFormed(String value) {
		return value != null && value.length() <= MAX_LENGTH && FORMAT.matcher(value).matches();
	}

	@Override
	public String toString() {
		return this.value;
	}

}
