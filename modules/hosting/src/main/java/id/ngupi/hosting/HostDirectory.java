package id.ngupi.hosting;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.ngupi.hosting.internal.DiscoveryCache;
import id.ngupi.hosting.internal.DiscoveryQueries;
import id.ngupi.hosting.internal.HostStore;
import id.ngupi.hosting.internal.OfferingStore;
import id.ngupi.hosting.internal.ScheduleStore;
import id.ngupi.hosting.internal.TopicStore;
import id.ngupi.identity.AccountId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading hosting data: hosts, their offerings and schedules, candidate times, topics,
 * and the discovery listing. Paused, suspended and hidden hosts are in the results of the
 * lookups by account (their owner edits them, and pages decide what to show from
 * {@link HostProfile#hiddenFromVisitors()}) but never in discovery.
 */
@Service
@Transactional(readOnly = true)
public class HostDirectory {

	private final HostStore hosts;

	private final TopicStore topics;

	private final OfferingStore offerings;

	private final ScheduleStore schedules;

	private final DiscoveryQueries discovery;

	private final DiscoveryCache pages;

	private final Clock clock;

	HostDirectory(HostStore hosts, TopicStore topics, OfferingStore offerings, ScheduleStore schedules,
			DiscoveryQueries discovery, DiscoveryCache pages, Clock clock) {
		this.pages = pages;
		this.hosts = hosts;
		this.topics = topics;
		this.offerings = offerings;
		this.schedules = schedules;
		this.discovery = discovery;
		this.clock = clock;
	}

	/** The member's host profile, if they ever turned hosting on. */
	public Optional<HostProfile> find(AccountId account) {
		return this.hosts.find(account);
	}

	/**
	 * The host profiles of those among the accounts who host, with their topics, in one
	 * statement however many.
	 */
	public Map<AccountId, HostProfile> findAll(Collection<AccountId> accounts) {
		return this.hosts.findAll(accounts)
			.stream()
			.collect(Collectors.toMap(HostProfile::account, Function.identity()));
	}

	/**
	 * Whether the member hosts (ever turned hosting on, paused or not): one cheap
	 * statement, where the profile itself is not needed.
	 */
	public boolean hosts(AccountId account) {
		return this.hosts.exists(account);
	}

	/** The host with this handle, whatever the case it is written in. */
	public Optional<HostProfile> findByHandle(String handle) {
		return this.hosts.findByHandle(handle);
	}

	/** All of the host's offerings, active ones first. */
	public List<Offering> offerings(AccountId host) {
		return this.offerings.ofHost(host);
	}

	public Optional<Offering> offering(OfferingId offering) {
		return this.offerings.find(offering);
	}

	/**
	 * The offerings with these ids, active or retired, by id, read in one statement
	 * however many: for lists of sessions. Ids of no offering are missing from the map.
	 */
	public Map<OfferingId, Offering> offerings(Collection<OfferingId> offerings) {
		if (offerings.isEmpty()) {
			return Map.of();
		}
		Map<OfferingId, Offering> byId = new HashMap<>();
		for (Offering offering : this.offerings.findAll(offerings.stream().map(OfferingId::value).toList())) {
			byId.put(offering.id(), offering);
		}
		return byId;
	}

	/**
	 * The host's availability from today on (past date overrides and one-off slots left
	 * out); empty when the member does not host.
	 */
	public Optional<Availability> availability(AccountId host) {
		return this.schedules.availabilities(List.of(host.value()), this.clock.instant()).values().stream().findFirst();
	}

	/** The offering's candidate times starting in {@code [from, to)}. */
	public List<CandidateTime> candidateTimes(OfferingId offering, Instant from, Instant to) {
		return this.offerings.find(offering)
			.filter(Offering::active)
			.flatMap(found -> availability(found.host())
				.map(availability -> CandidateTimes.between(availability, found, from, to)))
			.orElse(List.of());
	}

	/**
	 * The host's active offerings in their order, each with its next candidate times that
	 * can still be booked (at most {@code limit} each): what a host's page shows, read
	 * with the same few statements however many offerings the host has.
	 */
	public Map<Offering, List<CandidateTime>> upcomingByOffering(AccountId host, int limit) {
		List<Offering> active = this.offerings.ofHost(host).stream().filter(Offering::active).toList();
		Optional<Availability> availability = active.isEmpty() ? Optional.empty() : availability(host);
		Instant now = this.clock.instant();
		Map<Offering, List<CandidateTime>> upcoming = new LinkedHashMap<>();
		for (Offering offering : active) {
			upcoming.put(offering,
					availability
						.map(found -> first(CandidateTimes.between(found, offering, offering.earliestStart(now),
								offering.horizonEnd(now)), limit))
						.orElse(List.of()));
		}
		return upcoming;
	}

	/**
	 * The availability of several hosts from today on, in a fixed number of statements
	 * however many hosts; hosts who do not host are missing from the map.
	 */
	public Map<AccountId, Availability> availabilities(Collection<AccountId> hosts) {
		if (hosts.isEmpty()) {
			return Map.of();
		}
		Map<AccountId, Availability> byHost = new HashMap<>();
		this.schedules.availabilities(hosts.stream().map(AccountId::value).toList(), this.clock.instant())
			.forEach((id, availability) -> byHost.put(new AccountId(id), availability));
		return byHost;
	}

	/**
	 * The offerings of several hosts that attendees can book ({@link Offering#bookable}:
	 * active, with a meeting link), in one statement: the only offerings that have open
	 * times.
	 */
	public List<Offering> bookableOfferings(Collection<AccountId> hosts) {
		return hosts.isEmpty() ? List.of() : this.offerings.bookableOf(hosts.stream().map(AccountId::value).toList());
	}

	/**
	 * What the host has set up for attendees to find and book them, and what is still
	 * missing; empty when the member does not host.
	 */
	public Optional<HostChecklist> checklist(AccountId host) {
		return this.hosts.find(host)
			.map(profile -> new HostChecklist(profile, this.offerings.ofHost(host),
					availability(host).map(Availability::hasAnyTime).orElse(false)));
	}

	/**
	 * One page of listed hosts matching the query, with topic counts; kept a few seconds
	 * ({@code DiscoveryCache}), forgotten at once when hosting changes on this instance.
	 */
	public DiscoveryPage discover(DiscoveryQuery query) {
		return this.pages.get(query, asked -> this.discovery.discover(asked, this.clock.instant()));
	}

	/** Every topic: curated ones in their order, then proposed ones by name. */
	public List<Topic> topics() {
		return this.topics.all();
	}

	/**
	 * The names in the language of the topics of these slugs' values, by value; a slug of
	 * no topic is absent. One statement, none for no slugs.
	 */
	public Map<String, String> topicNames(String language, Collection<String> slugs) {
		if (slugs.isEmpty()) {
			return Map.of();
		}
		Map<String, String> names = new HashMap<>();
		this.topics.bySlug(slugs).forEach((slug, topic) -> names.put(slug, topic.name(language)));
		return names;
	}

	/** Ngupi's own topics, in their order: the choices forms offer first. */
	public List<Topic> curatedTopics() {
		return this.topics.curated();
	}

	public Optional<Topic> topic(TopicSlug slug) {
		return this.topics.find(slug);
	}

	private static List<CandidateTime> first(List<CandidateTime> times, int limit) {
		return times.subList(0, Math.min(Math.max(limit, 0), times.size()));
	}

}
