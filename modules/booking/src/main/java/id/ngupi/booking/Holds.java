package id.ngupi.booking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.ngupi.booking.BookingEvents.TimesHeld;
import id.ngupi.booking.BookingEvents.TimesReleased;
import id.ngupi.booking.BookingOutcome.Refusal;
import id.ngupi.booking.HoldOutcome.Held;
import id.ngupi.booking.HoldOutcome.NotOpen;
import id.ngupi.booking.HoldOutcome.Overlapping;
import id.ngupi.booking.internal.BookingStore;
import id.ngupi.booking.internal.HoldStore;
import id.ngupi.booking.internal.HoldStore.Hold;
import id.ngupi.booking.internal.OpenSlotRules;
import id.ngupi.booking.internal.QuotaStore;
import id.ngupi.hosting.HostDirectory;
import id.ngupi.hosting.HostProfile;
import id.ngupi.hosting.Offering;
import id.ngupi.hosting.OfferingId;
import id.ngupi.identity.AccountId;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Times a host sets aside for someone to pick who gets them (a round): held, a time is no
 * longer open to book directly and counts in its week's quota; it becomes a booking only
 * through {@link Bookings#bookHeld}, which passes every other booking rule, or is let go.
 * Every hold and every booking takes the host's lock before looking for overlaps, so a
 * held time is never booked directly, however the requests race.
 */
@Service
public class Holds {

	private final HoldStore holds;

	private final BookingStore bookings;

	private final QuotaStore quotas;

	private final OpenSlots openSlots;

	private final HostDirectory hosts;

	private final ApplicationEventPublisher events;

	Holds(HoldStore holds, BookingStore bookings, QuotaStore quotas, OpenSlots openSlots, HostDirectory hosts,
			ApplicationEventPublisher events) {
		this.holds = holds;
		this.bookings = bookings;
		this.quotas = quotas;
		this.openSlots = openSlots;
		this.hosts = hosts;
		this.events = events;
	}

	/**
	 * Holds the host's offering at every one of the times for the owner, in the caller's
	 * transaction: all of them, or none when one is not open now, two overlap, or a
	 * week's quota cannot take them all.
	 */
	@Transactional
	public HoldOutcome hold(UUID owner, AccountId host, OfferingId offering, List<Instant> starts) {
		Optional<Offering> found = this.hosts.offering(offering)
			.filter(candidate -> candidate.host().equals(host) && candidate.active());
		TreeSet<Instant> wanted = new TreeSet<>(starts);
		if (found.isEmpty() || wanted.isEmpty()) {
			return new NotOpen(wanted.isEmpty() ? Instant.EPOCH : wanted.first(), Refusal.NOT_OFFERED);
		}
		Offering held = found.get();
		HostProfile profile = this.hosts.find(host).orElseThrow();
		this.bookings.lockHost(host);
		Map<Instant, OpenSlot> open = this.openSlots.of(offering)
			.stream()
			.collect(Collectors.toMap(OpenSlot::start, Function.identity(), (a, b) -> a));
		Map<LocalDate, Integer> perWeek = new HashMap<>();
		Instant freeBefore = null;
		for (Instant start : wanted) {
			if (!open.containsKey(start)) {
				return new NotOpen(start,
						this.openSlots.closed(held, start)
							.map(refused -> refused.reason())
							.orElse(Refusal.NOT_OFFERED));
			}
			if (freeBefore != null && start.isBefore(freeBefore)) {
				return new Overlapping(start);
			}
			freeBefore = OpenSlotRules.freeAt(open.get(start).end(), held.buffer());
			perWeek.merge(OpenSlotRules.weekOf(start, profile.timezone()), 1, Integer::sum);
		}
		Map<UUID, Map<LocalDate, Integer>> used = this.quotas.used(List.of(offering.value()),
				perWeek.keySet().stream().min(LocalDate::compareTo).orElseThrow());
		for (Instant start : wanted) {
			LocalDate week = OpenSlotRules.weekOf(start, profile.timezone());
			int already = used.getOrDefault(offering.value(), Map.of()).getOrDefault(week, 0);
			if (already + perWeek.get(week) > held.weeklyQuota()) {
				return new NotOpen(start, Refusal.QUOTA_REACHED);
			}
		}
		for (Instant start : wanted) {
			OpenSlot slot = open.get(start);
			LocalDate week = OpenSlotRules.weekOf(start, profile.timezone());
			if (!this.quotas.claim(offering, week, held.weeklyQuota())) {
				throw new IllegalStateException("The quota of " + week + " changed under the host's lock");
			}
			this.holds.insert(host,
					new Hold(owner, offering, start, OpenSlotRules.freeAt(slot.end(), held.buffer()), week));
		}
		this.events.publishEvent(new TimesHeld(owner, host));
		return new Held(wanted.stream().map(open::get).toList());
	}

	/** The owner's times still held, soonest first. */
	@Transactional(readOnly = true)
	public List<Instant> held(UUID owner) {
		return this.holds.of(owner).stream().map(Hold::start).toList();
	}

	/**
	 * Lets every time the owner still holds go, in the caller's transaction: they are
	 * open to book again, and count no more in their weeks' quotas.
	 * @return how many were let go
	 */
	@Transactional
	public int release(UUID owner, AccountId host) {
		this.bookings.lockHost(host);
		List<Hold> held = this.holds.of(owner);
		held.forEach(this.holds::release);
		if (!held.isEmpty()) {
			this.events.publishEvent(new TimesReleased(owner, host));
		}
		return held.size();
	}

}
