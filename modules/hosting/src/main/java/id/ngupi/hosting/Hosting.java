package id.ngupi.hosting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

import id.ngupi.hosting.HostingEvents.AvailabilityChanged;
import id.ngupi.hosting.HostingEvents.HostingStarted;
import id.ngupi.hosting.internal.HostStore;
import id.ngupi.hosting.internal.HostStore.PublicProfile;
import id.ngupi.hosting.internal.NextCandidates;
import id.ngupi.hosting.internal.OfferingStore;
import id.ngupi.hosting.internal.ScheduleStore;
import id.ngupi.hosting.internal.TopicStore;
import id.ngupi.identity.Account;
import id.ngupi.identity.AccountId;
import id.ngupi.identity.AccountNotFoundException;
import id.ngupi.identity.Accounts;
import jakarta.validation.Valid;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import org.springframework.validation.annotation.Validated;

/**
 * A host's side of Ngupi: turning hosting on, the host profile, offerings, the weekly
 * schedule, date overrides, one-off slots, pausing and resuming; and for moderation,
 * hiding a host's page. Every method acts on the given host's own data only; every change
 * is one transaction and announces itself with a {@link HostingEvents event}.
 */
@Service
@Validated
public class Hosting {

	/**
	 * How far ahead a host may add days off, extra hours and one-off slots: a year, well
	 * beyond any offering's booking horizon.
	 */
	public static final Period PLANNING_AHEAD = Period.ofYears(1);

	/** The most offerings one host keeps (retired ones count). */
	public static final int OFFERINGS_MAX = 10;

	private final HostStore hosts;

	private final TopicStore topics;

	private final OfferingStore offerings;

	private final ScheduleStore schedules;

	private final NextCandidates nextCandidates;

	private final Accounts accounts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Hosting(HostStore hosts, TopicStore topics, OfferingStore offerings, ScheduleStore schedules,
			NextCandidates nextCandidates, Accounts accounts, ApplicationEventPublisher events, Clock clock) {
		this.hosts = hosts;
		this.topics = topics;
		this.offerings = offerings;
		this.schedules = schedules;
		this.nextCandidates = nextCandidates;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Saves the host profile, turning hosting on the first time. Topics are found by slug
	 * or any spelling of their name; unknown ones are proposed as new topics, at most
	 * {@value HostProfileChange#NEW_TOPICS_MAX} in one save: with more, nothing is saved.
	 * @return whether it was saved
	 * @throws AccountNotFoundException when the account does not exist
	 * @throws IllegalStateException when the account is suspended
	 */
	@Transactional
	public HostProfileOutcome saveProfile(AccountId account, @Valid HostProfileChange change) {
		HostProfileChange normalised = change.normalised();
		// counted before anything is written: a refused change makes no topic either
		if (this.topics.countNew(normalised.topics()) > HostProfileChange.NEW_TOPICS_MAX) {
			return HostProfileOutcome.TOO_MANY_NEW_TOPICS;
		}
		Instant now = this.clock.instant();
		List<TopicSlug> slugs = this.topics.resolve(normalised.topics());
		if (slugs.isEmpty()) {
			throw new IllegalArgumentException("No topic left after normalising");
		}
		if (this.hosts.exists(account)) {
			this.hosts.update(account, normalised, now);
		}
		else {
			Account member = this.accounts.find(account).orElseThrow(() -> new AccountNotFoundException(account));
			if (member.suspended()) {
				throw new IllegalStateException("A suspended account cannot host: " + account);
			}
			PublicProfile profile = new PublicProfile(member.handle().value(), member.displayName(),
					member.avatarUrl());
			if (this.hosts.create(account, profile, normalised, now)) {
				this.events.publishEvent(new HostingStarted(account));
			}
			else {
				// turned on twice at the same moment: the other request created it
				this.hosts.update(account, normalised, now);
			}
		}
		this.hosts.setTopics(account, slugs);
		changed(account);
		return HostProfileOutcome.SAVED;
	}

	/** Pauses hosting: the host disappears from discovery, and nothing set up is lost. */
	@Transactional
	public void pause(AccountId host) {
		setPaused(host, true);
	}

	/** Resumes hosting after a pause. */
	@Transactional
	public void resume(AccountId host) {
		setPaused(host, false);
	}

	/**
	 * Hides the host's page for moderation: like a suspension, the host leaves discovery
	 * and search and cannot be booked, while their account, sessions and settings stay.
	 * Announced like a pause. Discovery's kept pages on this instance are forgotten when
	 * this commits (any write to hosting's tables empties them); another instance keeps
	 * showing the card for at most its few seconds, and a click on it finds the host's
	 * pages gone and nothing to book.
	 * @return whether it changed anything: false when the member does not host or the
	 * page was hidden already
	 */
	@Transactional
	public boolean hide(AccountId host) {
		if (!this.hosts.hide(host, this.clock.instant())) {
			return false;
		}
		changed(host);
		return true;
	}

	/**
	 * Shows a hidden host's page again. A host bookable again (not paused, not suspended)
	 * is announced like a resume, so members on their waitlist hear of open times.
	 * @return whether it changed anything: false when the member does not host or the
	 * page was not hidden
	 */
	@Transactional
	public boolean unhide(AccountId host) {
		if (!this.hosts.unhide(host)) {
			return false;
		}
		changed(host);
		return true;
	}

	/**
	 * Whether every session of the host meets in a room of its own, made for it, instead
	 * of the host's fixed link; with it the host has a way to meet without any link.
	 * @throws NotHostingException when the member does not host
	 */
	@Transactional
	public void meetInRooms(AccountId host, boolean rooms) {
		if (!this.hosts.setMeetingRooms(host, rooms)) {
			throw new NotHostingException(host);
		}
		changed(host);
	}

	private void setPaused(AccountId host, boolean paused) {
		if (!this.hosts.setPaused(host, paused, this.clock.instant())) {
			throw new NotHostingException(host);
		}
		changed(host);
	}

	/**
	 * Adds an offering; empty when the host already has {@value #OFFERINGS_MAX}.
	 * @throws NotHostingException when the member does not host
	 */
	@Transactional
	public Optional<OfferingId> addOffering(AccountId host, @Valid OfferingChange change) {
		requireHost(host);
		if (this.offerings.count(host) >= OFFERINGS_MAX) {
			return Optional.empty();
		}
		OfferingId id = this.offerings.create(host, change.normalised(), this.clock.instant());
		changed(host);
		return Optional.of(id);
	}

	/**
	 * Changes the host's own offering; false (and nothing changed) when it is not theirs.
	 */
	@Transactional
	public boolean updateOffering(AccountId host, OfferingId offering, @Valid OfferingChange change) {
		if (!this.offerings.update(host, offering, change.normalised(), this.clock.instant())) {
			return false;
		}
		changed(host);
		return true;
	}

	/**
	 * Retires the host's own offering (no new bookings; existing ones stay) or takes it
	 * back; false when it is not theirs.
	 */
	@Transactional
	public boolean setOfferingActive(AccountId host, OfferingId offering, boolean active) {
		if (!this.offerings.setActive(host, offering, active, this.clock.instant())) {
			return false;
		}
		changed(host);
		return true;
	}

	/**
	 * Replaces the whole weekly schedule; refused when two windows of one day overlap.
	 * @throws NotHostingException when the member does not host
	 */
	@Transactional
	public ScheduleOutcome replaceWeeklySchedule(AccountId host, List<WeeklyWindow> windows) {
		requireHost(host);
		if (!WeeklyWindow.overlapping(windows).isEmpty()) {
			return ScheduleOutcome.OVERLAPPING;
		}
		this.schedules.replaceWeekly(host, windows);
		changed(host);
		return ScheduleOutcome.SAVED;
	}

	/**
	 * Takes a date's weekly windows away (a day off); refused for a date already past.
	 */
	@Transactional
	public ScheduleOutcome addDayOff(AccountId host, LocalDate date) {
		if (date.isBefore(today(host))) {
			return ScheduleOutcome.IN_THE_PAST;
		}
		if (tooFarAhead(host, date)) {
			return ScheduleOutcome.TOO_FAR_AHEAD;
		}
		this.schedules.addDayOff(host, date);
		changed(host);
		return ScheduleOutcome.SAVED;
	}

	/**
	 * Gives a day off back; {@code false} when there is none on that date, or the date is
	 * past or beyond what a host can plan (no such day off can matter any more, or could
	 * have been added).
	 */
	@Transactional
	public boolean removeDayOff(AccountId host, LocalDate date) {
		if (!plannable(host, date) || !this.schedules.removeDayOff(host, date)) {
			return false;
		}
		changed(host);
		return true;
	}

	/**
	 * Adds extra hours on a date; refused for a date already past or when they overlap
	 * extra hours already set on that date.
	 */
	@Transactional
	public ScheduleOutcome addExtraWindow(AccountId host, ExtraWindow window) {
		if (window.date().isBefore(today(host))) {
			return ScheduleOutcome.IN_THE_PAST;
		}
		if (tooFarAhead(host, window.date())) {
			return ScheduleOutcome.TOO_FAR_AHEAD;
		}
		if (this.schedules.extraWindowsOn(host, window.date())
			.stream()
			.anyMatch(existing -> existing.overlaps(window.window()))) {
			return ScheduleOutcome.OVERLAPPING;
		}
		try {
			this.schedules.addExtraWindow(host, window);
		}
		catch (DataIntegrityViolationException raced) {
			// the exclusion constraint saw an overlap added at the same moment
			TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
			return ScheduleOutcome.OVERLAPPING;
		}
		changed(host);
		return ScheduleOutcome.SAVED;
	}

	/**
	 * Takes extra hours away; {@code false} when there are none like these, or their date
	 * is past or beyond what a host can plan.
	 */
	@Transactional
	public boolean removeExtraWindow(AccountId host, ExtraWindow window) {
		if (!plannable(host, window.date()) || !this.schedules.removeExtraWindow(host, window)) {
			return false;
		}
		changed(host);
		return true;
	}

	/**
	 * Adds a one-off slot for one of the host's active offerings at a local time in the
	 * host's zone. Adding one that exists already changes nothing and counts as saved.
	 */
	@Transactional
	public ScheduleOutcome addOneOffSlot(AccountId host, OfferingId offering, LocalDateTime localStart) {
		ZoneId zone = requireHost(host).timezone();
		if (tooFarAhead(host, localStart.toLocalDate())) {
			return ScheduleOutcome.TOO_FAR_AHEAD;
		}
		if (this.offerings.find(offering).filter(found -> found.host().equals(host) && found.active()).isEmpty()) {
			return ScheduleOutcome.UNKNOWN_OFFERING;
		}
		ZonedDateTime start = ZonedDateTime.of(localStart, zone);
		if (!start.toLocalDateTime().equals(localStart)) {
			return ScheduleOutcome.TIME_DOES_NOT_EXIST;
		}
		if (!start.toInstant().isAfter(this.clock.instant())) {
			return ScheduleOutcome.IN_THE_PAST;
		}
		this.schedules.addOneOffSlot(host, new OneOffSlot(offering, start.toInstant()));
		changed(host);
		return ScheduleOutcome.SAVED;
	}

	/**
	 * Takes a one-off slot away; {@code false} when there is no such slot, or it has
	 * started or lies beyond what a host can plan.
	 */
	@Transactional
	public boolean removeOneOffSlot(AccountId host, OneOffSlot slot) {
		// instants rather than dates: one this far away may be no date in any zone
		Instant now = this.clock.instant();
		if (!slot.start().isAfter(now) || slot.start().isAfter(now.plus(Duration.ofDays(367)))
				|| !this.schedules.removeOneOffSlot(host, slot)) {
			return false;
		}
		changed(host);
		return true;
	}

	/**
	 * Recomputes when the host can next be booked, which discovery sorts and filters by.
	 * For the module providing {@link OpenTimes}, after each change that takes or frees
	 * the host's time; nothing happens for a member who does not host.
	 */
	@Transactional
	public void refreshOpenTimes(AccountId host) {
		this.nextCandidates.refresh(List.of(host));
	}

	private HostProfile requireHost(AccountId host) {
		return this.hosts.find(host).orElseThrow(() -> new NotHostingException(host));
	}

	/**
	 * Whether a date lies beyond what a host can plan: nothing there can be booked, and
	 * dates far enough away are not even dates PostgreSQL can store.
	 */
	private boolean tooFarAhead(AccountId host, LocalDate date) {
		return date.isAfter(today(host).plus(PLANNING_AHEAD));
	}

	/**
	 * Whether a date lies between today and the end of planning, in the host's zone: the
	 * only dates an override can still be changed on. Those outside are not asked of
	 * PostgreSQL, whose dates end long before {@link LocalDate#MIN} and
	 * {@link LocalDate#MAX}.
	 */
	private boolean plannable(AccountId host, LocalDate date) {
		return !date.isBefore(today(host)) && !tooFarAhead(host, date);
	}

	private LocalDate today(AccountId host) {
		return LocalDate.now(this.clock.withZone(requireHost(host).timezone()));
	}

	/**
	 * Refreshes the host's next open time and announces the change; a host nobody can
	 * book now (paused, hidden or suspended) is announced as paused, so that nobody is
	 * told of times they cannot take.
	 */
	private void changed(AccountId host) {
		this.nextCandidates.refresh(List.of(host));
		boolean paused = this.hosts.find(host).map(profile -> !profile.listed()).orElse(false);
		this.events.publishEvent(new AvailabilityChanged(host, paused));
	}

}
