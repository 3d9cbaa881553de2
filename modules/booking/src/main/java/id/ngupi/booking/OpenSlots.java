package id.ngupi.booking;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import id.ngupi.booking.BookingOutcome.Refusal;
import id.ngupi.booking.BookingOutcome.Refused;
import id.ngupi.booking.internal.BookingStore;
import id.ngupi.booking.internal.BookingStore.NotFree;
import id.ngupi.booking.internal.ListedSlotsCache;
import id.ngupi.booking.internal.OpenSlotRules;
import id.ngupi.booking.internal.OpenSlotRules.Taken;
import id.ngupi.booking.internal.QuotaStore;
import id.ngupi.hosting.Availability;
import id.ngupi.hosting.CandidateTimes;
import id.ngupi.hosting.HostDirectory;
import id.ngupi.hosting.Offering;
import id.ngupi.hosting.OfferingId;
import id.ngupi.identity.AccountId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The times that can still be booked: a {@link Offering#bookable bookable} offering's
 * candidate times after its minimum notice and within its horizon, minus the time the
 * host's live bookings hold (with buffers) and minus weeks whose quota is used up. Reads
 * a fixed number of statements however many hosts or offerings are asked about.
 */
@Service
@Transactional(readOnly = true)
public class OpenSlots {

	private static final Duration SEARCH_STEP = Duration.ofDays(7);

	/** How many next open slots come with a time that is no longer open. */
	static final int ALTERNATIVES = 5;

	private final HostDirectory hosts;

	private final BookingStore bookings;

	private final QuotaStore quotas;

	private final Clock clock;

	private final ListedSlotsCache listedSlots;

	OpenSlots(HostDirectory hosts, BookingStore bookings, QuotaStore quotas, Clock clock,
			ListedSlotsCache listedSlots) {
		this.listedSlots = listedSlots;
		this.hosts = hosts;
		this.bookings = bookings;
		this.quotas = quotas;
		this.clock = clock;
	}

	/**
	 * Every open slot of the offering, soonest first; none for a retired offering or one
	 * without a meeting link.
	 */
	public List<OpenSlot> of(OfferingId offering) {
		return this.hosts.offering(offering)
			.filter(Offering::active)
			.map(found -> byOffering(found.host(), Integer.MAX_VALUE).getOrDefault(found, List.of()))
			.orElse(List.of());
	}

	/**
	 * Why the offering's time can no longer be booked, told before the attendee writes
	 * anything (a card or a shared link may show a time someone booked since): empty
	 * while it is open; else the refusal a booking of it would meet now, of those anyone
	 * may be told ({@link Refusal#TOO_SOON}, {@link Refusal#BEYOND_HORIZON},
	 * {@link Refusal#NOT_OFFERED}, {@link Refusal#SLOT_TAKEN},
	 * {@link Refusal#QUOTA_REACHED}), with the offering's next open slots. A retired
	 * offering, or one nobody can book, has none. Reads the host's availability, bookings
	 * and quotas once; the offering is the caller's, already read.
	 */
	public Optional<Refused> closed(Offering offering, Instant start) {
		Snapshot snapshot = snapshot(List.of(offering.host()));
		Optional<Offering> bookable = snapshot.offerings()
			.stream()
			.filter(candidate -> candidate.id().equals(offering.id()))
			.findFirst();
		if (bookable.isEmpty()) {
			return Optional.of(new Refused(Refusal.NOT_OFFERED, List.of()));
		}
		Offering booked = bookable.get();
		Instant now = snapshot.now();
		List<OpenSlot> open = snapshot.open(booked, now, booked.horizonEnd(now));
		if (open.stream().anyMatch(slot -> slot.start().equals(start))) {
			return Optional.empty();
		}
		List<OpenSlot> next = open.subList(0, Math.min(ALTERNATIVES, open.size()));
		return Optional.of(new Refused(snapshot.whyNotOpen(booked, start), next));
	}

	/**
	 * What a host's page lists: {@link #byOffering}, kept a few seconds
	 * ({@link ListedSlotsCache}) and forgotten at once when booking or hosting changes.
	 */
	public Map<Offering, List<OpenSlot>> listed(AccountId host, int limit) {
		return this.listedSlots.get(host, limit, () -> byOffering(host, limit));
	}

	/**
	 * The host's bookable offerings in their order, each with at most {@code limit} open
	 * slots.
	 */
	public Map<Offering, List<OpenSlot>> byOffering(AccountId host, int limit) {
		Snapshot snapshot = snapshot(List.of(host));
		Map<Offering, List<OpenSlot>> open = new LinkedHashMap<>();
		for (Offering offering : snapshot.offerings()) {
			List<OpenSlot> slots = snapshot.open(offering, snapshot.now(), offering.horizonEnd(snapshot.now()));
			open.put(offering, slots.subList(0, Math.min(limit, slots.size())));
		}
		return open;
	}

	/**
	 * Each host's next open slot over all their bookable offerings; hosts with none
	 * within their horizons are missing from the map.
	 */
	public Map<AccountId, OpenSlot> nextOpen(Collection<AccountId> hosts) {
		if (hosts.isEmpty()) {
			return Map.of();
		}
		Snapshot snapshot = snapshot(hosts);
		Map<AccountId, OpenSlot> next = new HashMap<>();
		for (Offering offering : snapshot.offerings()) {
			snapshot.first(offering)
				.ifPresent(slot -> next.merge(offering.host(), slot, (a, b) -> a.start().isBefore(b.start()) ? a : b));
		}
		return next;
	}

	private Snapshot snapshot(Collection<AccountId> hostIds) {
		Instant now = this.clock.instant();
		Map<AccountId, Availability> availabilities = this.hosts.availabilities(hostIds);
		List<Offering> offerings = this.hosts.bookableOfferings(hostIds);
		Instant horizon = offerings.stream()
			.map(offering -> offering.horizonEnd(now))
			.max(Instant::compareTo)
			.orElse(now);
		List<UUID> ids = hostIds.stream().map(AccountId::value).toList();
		NotFree notFree = offerings.isEmpty() ? new NotFree(Map.of(), Map.of())
				: this.bookings.notFree(ids, now, horizon.plus(Duration.ofHours(3)));
		Map<UUID, Map<LocalDate, Integer>> used = offerings.isEmpty() ? Map.of()
				: this.quotas.used(offerings.stream().map(offering -> offering.id().value()).toList(),
						LocalDate.ofInstant(now, ZoneId.of("UTC")).minusDays(8));
		return new Snapshot(now, availabilities, offerings, notFree.taken(), notFree.held(), used);
	}

	/**
	 * What open slots are computed from, read once: the host's live bookings
	 * ({@code taken}) and the times their rounds hold ({@code held}) are both time the
	 * host has not to give.
	 */
	private record Snapshot(Instant now, Map<AccountId, Availability> availabilities, List<Offering> offerings,
			Map<UUID, List<Taken>> taken, Map<UUID, List<Taken>> held, Map<UUID, Map<LocalDate, Integer>> used) {

		private List<Taken> notFree(AccountId host) {
			List<Taken> booked = this.taken.getOrDefault(host.value(), List.of());
			List<Taken> kept = this.held.getOrDefault(host.value(), List.of());
			if (kept.isEmpty()) {
				return booked;
			}
			List<Taken> both = new ArrayList<>(booked);
			both.addAll(kept);
			return both;
		}

		/**
		 * Open slots starting in [from, to), within the offering's notice and horizon.
		 */
		List<OpenSlot> open(Offering offering, Instant from, Instant to) {
			Availability availability = this.availabilities.get(offering.host());
			if (availability == null) {
				return List.of();
			}
			Instant earliest = later(from, offering.earliestStart(this.now));
			Instant latest = earlier(to, offering.horizonEnd(this.now));
			if (!earliest.isBefore(latest)) {
				return List.of();
			}
			return OpenSlotRules.open(offering, CandidateTimes.between(availability, offering, earliest, latest),
					notFree(offering.host()), this.used.getOrDefault(offering.id().value(), Map.of()),
					availability.zone());
		}

		/** Why a time that is not among the offering's open slots is not. */
		Refusal whyNotOpen(Offering offering, Instant start) {
			if (start.isBefore(offering.earliestStart(this.now))) {
				return Refusal.TOO_SOON;
			}
			if (!start.isBefore(offering.horizonEnd(this.now))) {
				return Refusal.BEYOND_HORIZON;
			}
			Availability availability = this.availabilities.get(offering.host());
			boolean candidate = availability != null
					&& CandidateTimes.between(availability, offering, start, start.plusSeconds(1))
						.stream()
						.anyMatch(time -> time.start().equals(start));
			if (!candidate) {
				return Refusal.NOT_OFFERED;
			}
			Instant freeAt = OpenSlotRules.freeAt(start.plus(offering.duration()), offering.buffer());
			if (OpenSlotRules.overlapsAny(start, freeAt, this.taken.getOrDefault(offering.host().value(), List.of()))) {
				return Refusal.SLOT_TAKEN;
			}
			return OpenSlotRules.overlapsAny(start, freeAt, this.held.getOrDefault(offering.host().value(), List.of()))
					? Refusal.HELD : Refusal.QUOTA_REACHED;
		}

		/** The first open slot, looking one week at a time. */
		Optional<OpenSlot> first(Offering offering) {
			Instant horizon = offering.horizonEnd(this.now);
			for (Instant from = this.now; from.isBefore(horizon); from = from.plus(SEARCH_STEP)) {
				List<OpenSlot> open = open(offering, from, from.plus(SEARCH_STEP));
				if (!open.isEmpty()) {
					return Optional.of(open.get(0));
				}
			}
			return Optional.empty();
		}

		private static Instant later(Instant a, Instant b) {
			return a.isAfter(b) ? a : b;
		}

		private static Instant earlier(Instant a, Instant b) {
			return a.isBefore(b) ? a : b;
		}

	}

}
