package id.ngupi.web.layout;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import id.ngupi.web.i18n.SupportedLanguage;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the site layout needs on every page besides the page's own content: the current
 * language, links to the same page in each other language, the logged-in member (if any)
 * and the CSRF token for forms and htmx requests.
 *
 * @param language the language the page is rendered in
 * @param languageLinks one link per supported language to this same page in that language
 * @param path the current page's path and query, for "log in and come back here"
 * @param member the logged-in member, or {@code null} for a visitor
 * @param csrf the CSRF token; read only where a form or htmx request needs it, so that
 * visitors who only read pages get no session
 * @param guessedZone the timezone times were shown in when it was only a default (for
 * {@code /js/timezone.js} to compare with the browser's), else {@code null}
 */
public record PageContext(SupportedLanguage language, List<LanguageLink> languageLinks, String path, Member member,
		CsrfToken csrf, String guessedZone) {

	/**
	 * The layout for a visitor (nobody logged in, no form) on the page at this path, when
	 * nothing else of the request can be trusted.
	 */
	public static PageContext visitor(SupportedLanguage language, String path) {
		return new PageContext(language, languageLinks(path, null, language), path, null, null, null);
	}

	/**
	 * A link to the page at this path and query in each language, the current one marked.
	 */
	static List<LanguageLink> languageLinks(String path, String query, SupportedLanguage current) {
		return Arrays.stream(SupportedLanguage.values())
			.map(language -> new LanguageLink(language,
					UriComponentsBuilder.fromPath(path)
						.query(query)
						.replaceQueryParam(SupportedLanguage.SWITCH_PARAMETER, language.code())
						.build()
						.toUriString(),
					language == current))
			.toList();
	}

	/** The value of the {@code lang} attribute of {@code <html>}. */
	public String htmlLang() {
		return this.language.code();
	}

	public boolean loggedIn() {
		return this.member != null;
	}

	/** The header htmx sends with every request, as the JSON of {@code hx-headers}. */
	public String htmxCsrfHeaders() {
		return "{\"" + this.csrf.getHeaderName() + "\": \"" + this.csrf.getToken() + "\"}";
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

	/**
	 * The logged-in member, as the header shows them.
	 *
	 * @param handle the member's handle
	 * @param displayName the member's name
	 * @param avatarUrl the member's picture, if any
	 * @param hosting whether the member hosts, asked only when the header is rendered: an
	 * htmx fragment (the session lists refresh themselves every 30 seconds) or a redirect
	 * does not pay for the lookup
	 * @param unread how many of the member's notifications are unread, for the header's
	 * bell; asked, like {@code hosting}, only when the header is rendered
	 * @param admin whether the member is an admin, whose menu links to the moderation
	 * queue
	 */
	public record Member(String handle, String displayName, String avatarUrl, Supplier<Boolean> hosting,
			Supplier<Integer> unread, boolean admin) {

		/**
		 * Whether the member hosts, and so has a host dashboard for the header to link
		 * to.
		 */
		public boolean hosts() {
			return this.hosting.get();
		}

		/** How many of the member's notifications are unread. */
		public int unreadCount() {
			return this.unread.get();
		}

	}

}
