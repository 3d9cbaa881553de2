package id.ngupi.web.i18n;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages Ngupi is written in. Bahasa Indonesia comes first and is the default.
 */
public enum SupportedLanguage {

	INDONESIAN("id", "Bahasa Indonesia"), ENGLISH("en", "English");

	private final String code;

	private final String nativeName;

	SupportedLanguage(String code, String nativeName) {
		this.code = code;
		this.nativeName = nativeName;
	}

	/** The language of every page until the viewer chooses another. */
	public static final SupportedLanguage DEFAULT = INDONESIAN;

	/**
	 * The query parameter that switches the site's language, {@code ?hl=en} ("host
	 * language", as search engines call it). Not {@code lang}: on the discovery page that
	 * filters hosts by the language they speak, in shareable URLs such as
	 * {@code /?topic=frontend&lang=id}.
	 */
	public static final String SWITCH_PARAMETER = "hl";

	public String code() {
		return this.code;
	}

	/** The language's name in itself, as shown in the language switch. */
	public String nativeName() {
		return this.nativeName;
	}

	public Locale locale() {
		return Locale.forLanguageTag(this.code);
	}

	public static Optional<SupportedLanguage> of(Locale locale) {
		if (locale == null) {
			return Optional.empty();
		}
		String language = locale.getLanguage();
		// Java once spelled Indonesian "in"; accept both.
		String normalised = "in".equals(language) ? "id" : language;
		return Arrays.stream(values()).filter(candidate -> candidate.code.equals(normalised)).findFirst();
	}

	public static SupportedLanguage resolve(Locale locale) {
		return of(locale).orElse(DEFAULT);
	}

}
