package id.ngupi.hosting.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import id.ngupi.hosting.Availability;
import id.ngupi.hosting.CandidateTime;
import id.ngupi.hosting.CandidateTimes;
import id.ngupi.hosting.Offering;
import id.ngupi.identity.AccountId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps each host's earliest candidate time, which discovery sorts and filters by: set
 * after every change of a host's hosting data, and refreshed every few minutes for hosts
 * whose time has passed. Every instance may run the refresh; it only writes what it
 * computed from the data, so two at once do no harm.
 */
@Component
public class NextCandidates {

	private static final Logger log = LoggerFactory.getLogger(NextCandidates.class);

	private static final int BATCH = 500;

	private final HostStore hosts;

	private final OfferingStore offerings;

	private final ScheduleStore schedules;

	private final Clock clock;

	NextCandidates(HostStore hosts, OfferingStore offerings, ScheduleStore schedules, Clock clock) {
		this.hosts = hosts;
		this.offerings = offerings;
		this.schedules = schedules;
		this.clock = clock;
	}

	/** Recomputes the hosts' earliest candidate times, in a fixed number of reads. */
	public void refresh(Collection<AccountId> accounts) {
		if (accounts.isEmpty()) {
			return;
		}
		Instant now = this.clock.instant();
		List<UUID> ids = accounts.stream().map(AccountId::value).toList();
		Map<UUID, Availability> availabilities = this.schedules.availabilities(ids, now);
		Map<UUID, List<Offering>> offeringsByHost = new HashMap<>();
		for (Offering offering : this.offerings.activeOf(ids)) {
			offeringsByHost.computeIfAbsent(offering.host().value(), id -> new java.util.ArrayList<>()).add(offering);
		}
		for (UUID host : ids) {
			Availability availability = availabilities.get(host);
			Instant next = (availability == null) ? null
					: earliest(availability, offeringsByHost.getOrDefault(host, List.of()), now).orElse(null);
			this.hosts.setNextCandidate(new AccountId(host), next);
		}
	}

	/** The earliest time any of the offerings could take place, seen from {@code now}. */
	public static Optional<Instant> earliest(Availability availability, List<Offering> offerings, Instant now) {
		return offerings.stream()
			.filter(Offering::active)
			.map(offering -> CandidateTimes.first(availability, offering.id(), offering.duration(),
					offering.earliestStart(now), offering.horizonEnd(now)))
			.flatMap(Optional::stream)
			.map(CandidateTime::start)
			.min(Instant::compareTo);
	}

	/** Moves the earliest times of hosts whose time has passed (or was never found). */
	@Scheduled(initialDelayString = "${ngupi.hosting.refresh.initial-delay:PT10S}",
			fixedDelayString = "${ngupi.hosting.refresh.interval:PT5M}")
	@Transactional
	public void refreshStale() {
		List<AccountId> stale = this.hosts.needingRefresh(this.clock.instant());
		for (int from = 0; from < stale.size(); from += BATCH) {
			refresh(stale.subList(from, Math.min(from + BATCH, stale.size())));
		}
		if (!stale.isEmpty()) {
			log.debug("Refreshed the next candidate time of {} hosts", stale.size());
		}
	}

}
