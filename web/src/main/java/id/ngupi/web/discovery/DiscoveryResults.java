package id.ngupi.web.discovery;

import java.util.List;
import java.util.Map;

import id.ngupi.hosting.DiscoveryPage;
import id.ngupi.hosting.DiscoveryQuery;
import id.ngupi.hosting.TopicSlug;
import id.ngupi.identity.AccountId;
import id.ngupi.web.i18n.Localizer;
import id.ngupi.web.rounds.RoundBadge;
import id.ngupi.web.support.Links;
import id.ngupi.web.time.TimeFormat;

/**
 * What the results fragment ({@code discovery/results.jte}) shows: on the discovery page
 * with the topic chips, on a topic's page without them. Every link keeps the filters.
 *
 * @param path the page the results belong to: {@code /} or a topic's page
 * @param query the search, as understood
 * @param topicParameter the topic chosen with a chip, which the filter form keeps
 * sending; {@code null} on a topic's page, whose path names the topic
 * @param chips the topics to narrow by, with their counts; empty on a topic's page
 * @param hosts the hosts of this page
 * @param total how many hosts match altogether
 * @param pages how many pages they fill
 * @param emptyKey the message shown when this page lists nobody, else {@code null}
 * @param clearHref the page without filters, or {@code null} when none is set
 */
public record DiscoveryResults(String path, DiscoveryQuery query, String topicParameter, List<TopicChip> chips,
		List<ListedHost> hosts, int total, int pages, String emptyKey, String clearHref) {

	/**
	 * The results of the discovery page, {@code /}, with topic chips; the rounds taking
	 * applications announced on their hosts' cards.
	 */
	static DiscoveryResults discovery(DiscoveryPage found, Map<AccountId, RoundBadge> rounds, TimeFormat times,
			Localizer i18n) {
		DiscoveryQuery query = found.query();
		String chosen = query.topicFilter().map(TopicSlug::value).orElse(null);
		List<TopicChip> chips = found.topics().stream().map(count -> {
			String slug = count.topic().slug().value();
			boolean selected = slug.equals(chosen);
			return new TopicChip(count.topic().name(i18n.language().code()), count.hosts(), Links.discovery(Links.HOME,
					query.text(), selected ? null : slug, query.language(), query.withTimeThisWeek(), 1), selected);
		}).toList();
		return of(Links.HOME, found, rounds, chosen, chips, times, i18n);
	}

	/** The results of a topic's page, the topic fixed by the path. */
	static DiscoveryResults topic(String path, DiscoveryPage found, Map<AccountId, RoundBadge> rounds, TimeFormat times,
			Localizer i18n) {
		return of(path, found, rounds, null, List.of(), times, i18n);
	}

	private static DiscoveryResults of(String path, DiscoveryPage found, Map<AccountId, RoundBadge> rounds,
			String topicParameter, List<TopicChip> chips, TimeFormat times, Localizer i18n) {
		DiscoveryQuery query = found.query();
		List<ListedHost> hosts = found.hosts()
			.stream()
			.map(card -> ListedHost.of(card, times, i18n, rounds.get(card.account())))
			.toList();
		boolean filtered = query.text() != null || topicParameter != null || query.language() != null
				|| query.withTimeThisWeek();
		String emptyKey = null;
		if (hosts.isEmpty()) {
			emptyKey = (found.total() > 0) ? "discovery.empty.beyond" : query.topicFilter().isPresent()
					? "discovery.empty.topic" : filtered ? "discovery.empty.filtered" : "discovery.empty.none";
		}
		return new DiscoveryResults(path, query, topicParameter, chips, hosts, found.total(), found.pages(), emptyKey,
				filtered ? path : null);
	}

	/** This search's own URL, as the address bar shows it. */
	public String href() {
		return pageHref(this.query.page());
	}

	/** This search from its first page. */
	public String firstPageHref() {
		return pageHref(1);
	}

	/** The page before, or {@code null} on the first (from beyond the last: the last). */
	public String previousHref() {
		return (this.query.page() > 1) ? pageHref(Math.min(this.query.page() - 1, this.pages)) : null;
	}

	/** The page after, or {@code null} on the last. */
	public String nextHref() {
		return (this.query.page() < this.pages) ? pageHref(this.query.page() + 1) : null;
	}

	private String pageHref(int page) {
		return Links.discovery(this.path, this.query.text(), this.topicParameter, this.query.language(),
				this.query.withTimeThisWeek(), page);
	}

	/**
	 * A topic to narrow the results by.
	 *
	 * @param name the topic's name in the viewer's language
	 * @param hosts how many hosts matching the other filters have it
	 * @param href the results narrowed to it, or widened again when it is chosen
	 * @param selected whether the results are narrowed to it
	 */
	public record TopicChip(String name, int hosts, String href, boolean selected) {
	}

}
