package id.ngupi.hosting.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import id.ngupi.hosting.Availability;
import id.ngupi.hosting.CandidateTimes;
import id.ngupi.hosting.NextOpenTime;
import id.ngupi.hosting.Offering;
import id.ngupi.hosting.OpenTimes;
import id.ngupi.identity.AccountId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps each host's earliest open time, which discovery sorts and filters by: set after
 * every change of a host's hosting data and of their bookings, and refreshed every few
 * minutes for hosts whose time has passed, fell within the minimum notice, or who had
 * none. The times come from the {@link OpenTimes} bean when there is one (the booking
 * module's, which takes bookings and quotas into account), else from the candidate times
 * alone.
 * <p>
 * Every refresh first locks the hosts' rows, in one order, and only then reads: of two
 * refreshes of one host, the later one reads what the earlier one saw and more, so the
 * last value written is never older than the last change committed before it. Every
 * instance may run the periodic refresh.
 */
@Component
public class NextCandidates {

	private static final Logger log = LoggerFactory.getLogger(NextCandidates.class);

	private static final int BATCH = 500;

	private final HostStore hosts;

	private final OfferingStore offerings;

	private final ScheduleStore schedules;

	private final ObjectProvider<OpenTimes> openTimes;

	private final TransactionTemplate transactions;

	private final Clock clock;

	NextCandidates(HostStore hosts, OfferingStore offerings, ScheduleStore schedules,
			ObjectProvider<OpenTimes> openTimes, TransactionTemplate transactions, Clock clock) {
		this.hosts = hosts;
		this.offerings = offerings;
		this.schedules = schedules;
		this.openTimes = openTimes;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Recomputes the hosts' earliest open times, in a fixed number of reads; within a
	 * transaction, which holds the hosts' locks until it ends.
	 */
	@Transactional
	public void refresh(Collection<AccountId> accounts) {
		if (accounts.isEmpty()) {
			return;
		}
		Map<UUID, NextOpenTime> stored = this.hosts.lockForRefresh(accounts.stream().map(AccountId::value).toList());
		if (stored.isEmpty()) {
			return;
		}
		List<UUID> ids = List.copyOf(stored.keySet());
		OpenTimes exact = this.openTimes.getIfAvailable();
		Map<AccountId, NextOpenTime> next = (exact != null) ? exact.earliest(ids.stream().map(AccountId::new).toList())
				: earliestCandidates(ids);
		for (UUID host : ids) {
			NextOpenTime computed = next.get(new AccountId(host));
			// most periodic refreshes find nothing new: no write, no dead row
			if (!Objects.equals(computed, stored.get(host))) {
				this.hosts.setNextCandidate(new AccountId(host), computed);
			}
		}
	}

	private Map<AccountId, NextOpenTime> earliestCandidates(List<UUID> ids) {
		Instant now = this.clock.instant();
		Map<UUID, Availability> availabilities = this.schedules.availabilities(ids, now);
		Map<UUID, List<Offering>> offeringsByHost = new HashMap<>();
		for (Offering offering : this.offerings.bookableOf(ids)) {
			offeringsByHost.computeIfAbsent(offering.host().value(), id -> new ArrayList<>()).add(offering);
		}
		Map<AccountId, NextOpenTime> next = new HashMap<>();
		availabilities
			.forEach((host, availability) -> earliest(availability, offeringsByHost.getOrDefault(host, List.of()), now)
				.ifPresent(start -> next.put(new AccountId(host), start)));
		return next;
	}

	/**
	 * The earliest time any of the offerings could take place, seen from {@code now},
	 * with its offering.
	 */
	public static Optional<NextOpenTime> earliest(Availability availability, List<Offering> offerings, Instant now) {
		return offerings.stream()
			.filter(Offering::active)
			.flatMap(offering -> CandidateTimes
				.first(availability, offering, offering.earliestStart(now), offering.horizonEnd(now))
				.map(time -> new NextOpenTime(offering.id(), time.start()))
				.stream())
			.min(Comparator.comparing(NextOpenTime::start));
	}

	/**
	 * Moves the times of hosts whose time has passed, fell within an offering's minimum
	 * notice, or was never found.
	 */
	@Scheduled(initialDelayString = "${ngupi.hosting.refresh.initial-delay:PT10S}",
			fixedDelayString = "${ngupi.hosting.refresh.interval:PT5M}")
	public void refreshStale() {
		List<AccountId> stale = this.hosts.needingRefresh(this.clock.instant());
		// one transaction per batch, so a batch's locks are held only while it is
		// computed
		for (int from = 0; from < stale.size(); from += BATCH) {
			List<AccountId> batch = stale.subList(from, Math.min(from + BATCH, stale.size()));
			this.transactions.executeWithoutResult(status -> refresh(batch));
		}
		if (!stale.isEmpty()) {
			log.debug("Refreshed the next open time of {} hosts", stale.size());
		}
	}

}
