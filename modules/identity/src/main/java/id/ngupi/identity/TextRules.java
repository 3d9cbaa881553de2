package id.ngupi.identity;

/**
 * What members' texts may hold, the same in every module: no control characters (which
 * PostgreSQL may refuse, and which hide text), line breaks and tabs allowed in texts of
 * several lines.
 */
public final class TextRules {

	/** A text of several lines: its only control characters are line breaks and tabs. */
	public static final String MULTI_LINE = "[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F]*";

	private TextRules() {
	}

	/** The text without surrounding blanks, or {@code null} when nothing is left. */
	public static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
