package id.ngupi.web.layout;

import java.util.List;

import id.ngupi.web.i18n.SupportedLanguage;

/**
 * What the site layout needs on every page besides the page's own content: the current
 * language and a link to the same page in each other language.
 *
 * @param language the language the page is rendered in
 * @param languageLinks one link per supported language to this same page in that language
 */
public record PageContext(SupportedLanguage language, List<LanguageLink> languageLinks) {

	/** The value of the {@code lang} attribute of {@code <html>}. */
	public String htmlLang() {
		return this.language.code();
	}

	/**
	 * A link to the current page in one language.
	 *
	 * @param language the language the link switches to
	 * @param href the link, relative to the site
	 * @param current whether the page is already in this language
	 */
	public record LanguageLink(SupportedLanguage language, String href, boolean current) {
	}

}
