package id.ngupi.hosting;

import java.util.Optional;

/**
 * What a visitor looks for on the discovery page. Every part is optional; a malformed
 * part (unknown language, badly written topic) is dropped rather than refused, since it
 * comes from a shareable URL.
 *
 * @param text words to search for in names, headlines, about texts and topics
 * @param topic only hosts with this topic
 * @param language only hosts who speak this language
 * @param withTimeThisWeek only hosts with a candidate time in the next seven days
 * @param page the page, from 1
 * @param pageSize hosts per page
 */
public record DiscoveryQuery(String text, TopicSlug topic, String language, boolean withTimeThisWeek, int page,
		int pageSize) {

	/** Hosts per page unless asked otherwise. */
	public static final int DEFAULT_PAGE_SIZE = 12;

	/** The longest search text taken into account. */
	public static final int TEXT_MAX = 100;

	public DiscoveryQuery {
		text = (text == null || text.isBlank()) ? null : text.strip();
		if (text != null && text.length() > TEXT_MAX) {
			text = text.substring(0, TEXT_MAX);
		}
		language = (language != null && HostProfileChange.LANGUAGES.contains(language)) ? language : null;
		page = Math.max(page, 1);
		pageSize = Math.min(Math.max(pageSize, 1), 48);
	}

	/** A query from the parameters of a URL, each as written there (or null). */
	public static DiscoveryQuery of(String text, String topic, String language, boolean withTimeThisWeek,
			Integer page) {
		TopicSlug slug = TopicSlug.isWellFormed(topic) ? new TopicSlug(topic) : null;
		return new DiscoveryQuery(text, slug, language, withTimeThisWeek, (page == null) ? 1 : page, DEFAULT_PAGE_SIZE);
	}

	public Optional<TopicSlug> topicFilter() {
		return Optional.ofNullable(this.topic);
	}

	public DiscoveryQuery withPage(int page) {
		return new DiscoveryQuery(this.text, this.topic, this.language, this.withTimeThisWeek, page, this.pageSize);
	}

}
