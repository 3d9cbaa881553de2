package id.ngupi.web.support;

import java.util.Locale;

/**
 * The letter shown in place of a member's picture when they have none.
 */
public final class Initials {

	private Initials() {
	}

	/** The first letter of the name in upper case, or "?" for a blank name. */
	public static String of(String name) {
		String trimmed = (name == null) ? "" : name.strip();
		return trimmed.isEmpty() ? "?" : new String(Character.toChars(trimmed.codePointAt(0))).toUpperCase(Locale.ROOT);
	}

}
