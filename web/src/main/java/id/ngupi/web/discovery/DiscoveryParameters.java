package id.ngupi.web.discovery;

import id.ngupi.hosting.DiscoveryQuery;

/**
 * The discovery parameters as a shared URL carries them, each possibly missing or
 * malformed; bound by name ({@code ?q=&topic=&lang=&week=1&page=2}). Nothing here is ever
 * refused: what cannot be understood is left out, as {@link DiscoveryQuery} does.
 *
 * @param q words to search for
 * @param topic a topic's slug
 * @param lang a language's code
 * @param week {@code 1} for hosts with time in the coming seven days
 * @param page the page, from 1
 */
record DiscoveryParameters(String q, String topic, String lang, String week, String page) {

	/** The longest page number taken as one; beyond it lies nothing anyway. */
	private static final int PAGE_DIGITS = 9;

	DiscoveryQuery query() {
		return DiscoveryQuery.of(this.q, this.topic, this.lang, "1".equals(this.week), pageNumber());
	}

	/** The query with the topic of a topic's page instead of the parameter. */
	DiscoveryQuery query(String fixedTopic) {
		return DiscoveryQuery.of(this.q, fixedTopic, this.lang, "1".equals(this.week), pageNumber());
	}

	private int pageNumber() {
		String digits = (this.page == null) ? "" : this.page.strip();
		return (!digits.isEmpty() && digits.length() <= PAGE_DIGITS && digits.chars().allMatch(Character::isDigit))
				? Integer.parseInt(digits) : 1;
	}

}
