package id.ngupi.hosting;

import id.ngupi.identity.TextRules;

/**
 * Patterns for text members write: PostgreSQL refuses NUL outright, and other control
 * characters have no business in what others read.
 */
final class PlainText {

	/** One line: no control characters at all. */
	static final String ONE_LINE = "[^\\p{Cc}]*";

	/** Several lines: line breaks and tabs are the only control characters allowed. */
	static final String MULTI_LINE = TextRules.MULTI_LINE;

	private PlainText() {
	}

	/** A link with blanks trimmed and its scheme in lower case; absent when blank. */
	static String linkOrNull(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String link = value.strip();
		return link.regionMatches(true, 0, "https://", 0, 8) ? "https://" + link.substring(8) : link;
	}

}
