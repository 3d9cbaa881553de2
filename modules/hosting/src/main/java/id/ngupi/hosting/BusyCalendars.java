package id.ngupi.hosting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import id.ngupi.hosting.HostingEvents.AvailabilityChanged;
import id.ngupi.hosting.HostingEvents.BusyCalendarFailing;
import id.ngupi.hosting.internal.BusyCalendarReader;
import id.ngupi.hosting.internal.BusyCalendarReader.Read;
import id.ngupi.hosting.internal.BusyCalendarStore;
import id.ngupi.hosting.internal.BusyCalendarStore.Due;
import id.ngupi.hosting.internal.HostStore;
import id.ngupi.hosting.internal.NextCandidates;
import id.ngupi.identity.AccountId;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A host's own calendars, read by their private iCal addresses, whose busy times are
 * never offered. Each is read when added, on demand, and every {@link #EVERY} after; a
 * failed read keeps the busy times of the last good one, and after {@link #TELL_AFTER} of
 * failures the host is told ({@link BusyCalendarFailing}). The address is read only by
 * {@code https} from the public internet and never shown again in full. Every method
 * takes the acting host: another member's calendars are not found.
 */
@Service
public class BusyCalendars {

	/** How many calendars a host may add. */
	public static final int MAX_CALENDARS = 5;

	/** How often each calendar is read. */
	public static final Duration EVERY = Duration.ofMinutes(30);

	/** How long reads fail before the host is told. */
	public static final Duration TELL_AFTER = Duration.ofHours(48);

	/** How many calendars one run of the periodic read takes on. */
	private static final int BATCH = 20;

	private final BusyCalendarStore calendars;

	private final BusyCalendarReader reader;

	private final HostStore hosts;

	private final NextCandidates nextCandidates;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	BusyCalendars(BusyCalendarStore calendars, BusyCalendarReader reader, HostStore hosts,
			NextCandidates nextCandidates, ApplicationEventPublisher events, TransactionTemplate transactions,
			Clock clock) {
		this.calendars = calendars;
		this.reader = reader;
		this.hosts = hosts;
		this.nextCandidates = nextCandidates;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** The host's calendars, in the order they were added. */
	public List<BusyCalendar> of(AccountId host) {
		return this.calendars.of(host);
	}

	/**
	 * Adds a calendar by its private address and reads it at once: the outcome of the
	 * adding, whatever the first read gave (which the list then shows).
	 */
	public BusyCalendarOutcome add(AccountId host, String address) {
		String url = (address == null) ? "" : address.strip();
		if (!this.hosts.exists(host)) {
			return BusyCalendarOutcome.NOT_HOSTING;
		}
		if (url.isEmpty() || url.length() > 2000 || !this.reader.acceptable(url)) {
			return BusyCalendarOutcome.INVALID_ADDRESS;
		}
		Added added = this.transactions.execute(status -> {
			// a host's row, locked, counts their calendars one at a time
			this.calendars.lockHost(host);
			if (this.calendars.count(host) >= MAX_CALENDARS) {
				return new Added(BusyCalendarOutcome.TOO_MANY, null);
			}
			return this.calendars.add(host, url, this.reader.hint(url), this.clock.instant())
				.map(id -> new Added(BusyCalendarOutcome.ADDED, id))
				.orElse(new Added(BusyCalendarOutcome.ALREADY_ADDED, null));
		});
		if (added.calendar() != null) {
			read(new Due(added.calendar(), host, url));
		}
		return added.outcome();
	}

	/** Reads the host's calendar now; empty when it is not theirs. */
	public Optional<BusyCalendar> refresh(AccountId host, UUID calendar) {
		Optional<Due> due = this.calendars.find(host, calendar);
		due.ifPresent(this::read);
		return due
			.flatMap(found -> this.calendars.of(host).stream().filter(read -> read.id().equals(calendar)).findFirst());
	}

	/** What adding a calendar came to, and the calendar when one was added. */
	private record Added(BusyCalendarOutcome outcome, UUID calendar) {
	}

	/** Removes the host's calendar and its busy times; whether it was theirs. */
	public boolean remove(AccountId host, UUID calendar) {
		boolean removed = Boolean.TRUE.equals(this.transactions.execute(status -> {
			boolean gone = this.calendars.remove(host, calendar);
			if (gone) {
				this.events.publishEvent(new AvailabilityChanged(host, false));
			}
			return gone;
		}));
		if (removed) {
			this.nextCandidates.refresh(List.of(host));
		}
		return removed;
	}

	/**
	 * Reads every calendar that is due, a batch at a time. Safe with several instances:
	 * each claims its calendars by moving their next read on, skipping rows another
	 * instance holds, and reads them outside any transaction.
	 */
	@Scheduled(initialDelayString = "${ngupi.calendars.initial-delay:PT1M}",
			fixedDelayString = "${ngupi.calendars.every:PT5M}")
	public void readDue() {
		Instant now = this.clock.instant();
		List<Due> due = this.transactions.execute(status -> this.calendars.claimDue(now, now.plus(EVERY), BATCH));
		if (due != null) {
			due.forEach(this::read);
		}
	}

	private void read(Due due) {
		Read read = this.reader.read(due.url(), due.host());
		Instant now = this.clock.instant();
		Boolean changed = this.transactions.execute(status -> {
			if (read.blocks() != null) {
				boolean different = this.calendars.succeeded(due.id(), due.host(), read.blocks(), now);
				if (different) {
					this.events.publishEvent(new AvailabilityChanged(due.host(), false));
				}
				return different;
			}
			this.calendars.failed(due.id(), read.errorKey(), now, now.minus(TELL_AFTER))
				.ifPresent(since -> this.events
					.publishEvent(new BusyCalendarFailing(due.host(), due.id(), this.reader.hint(due.url()), since)));
			return false;
		});
		if (Boolean.TRUE.equals(changed)) {
			this.nextCandidates.refresh(List.of(due.host()));
		}
	}

}
