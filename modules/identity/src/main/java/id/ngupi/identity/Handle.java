package id.ngupi.identity;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A member's public name in URLs ({@code /@handle}): 2 to 39 letters, digits, hyphens or
 * underscores, starting with a letter or digit, so every GitHub and Twitter/X username
 * fits. Unique whatever its case; shown as the member typed it.
 *
 * @param value the handle as the member wrote it
 */
public record Handle(String value) {

	public static final int MIN_LENGTH = 2;

	public static final int MAX_LENGTH = 39;

	private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{1,38}");

	/** Names that would mislead visitors if a member held them. */
	private static final Set<String> RESERVED = Set.of("admin", "administrator", "ngupi", "support", "help", "root",
			"system", "staff", "moderator", "security", "official", "null", "undefined", "me", "settings", "login",
			"logout", "api");

	public Handle {
		if (!isWellFormed(value)) {
			throw new IllegalArgumentException("Not a valid handle: " + value);
		}
	}

	/** Whether the text has the form of a handle (length and characters). */
	public static boolean isWellFormed(String value) {
		return value != null && FORMAT.matcher(value).matches();
	}

	/** Whether the handle is kept for the platform itself, whatever its case. */
	public static boolean isReserved(String value) {
		return value != null && RESERVED.contains(value.toLowerCase(Locale.ROOT));
	}

	/**
	 * Turns a provider's username into a well-formed handle candidate: characters a
	 * handle cannot hold become hyphens, too long is cut, too short is padded.
	 */
	public static Handle derivedFrom(String username) {
		String cleaned = (username == null) ? "" : username.replaceAll("[^A-Za-z0-9_-]", "-");
		cleaned = cleaned.replaceAll("^[-_]+", "");
		if (cleaned.length() > MAX_LENGTH) {
			cleaned = cleaned.substring(0, MAX_LENGTH);
		}
		if (cleaned.length() < MIN_LENGTH || isReserved(cleaned)) {
			cleaned = ("dev-" + cleaned).replaceAll("-+$", "");
		}
		if (cleaned.length() < MIN_LENGTH) {
			cleaned = "dev";
		}
		return new Handle(cleaned);
	}

	/** The same handle with a numeric suffix, still within the length limit. */
	public Handle withSuffix(int number) {
		String suffix = "-" + number;
		String base = (this.value.length() + suffix.length() > MAX_LENGTH)
				? this.value.substring(0, MAX_LENGTH - suffix.length()) : this.value;
		return new Handle(base + suffix);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
