package id.ngupi.booking.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import id.ngupi.booking.ApprovalRequirement;
import id.ngupi.booking.Booking;
import id.ngupi.booking.BookingEvents.BookingConfirmed;
import id.ngupi.booking.BookingEvents.BookingRequested;
import id.ngupi.booking.BookingId;
import id.ngupi.booking.BookingLimits;
import id.ngupi.booking.BookingOutcome;
import id.ngupi.booking.BookingOutcome.AlreadyBooked;
import id.ngupi.booking.BookingOutcome.Booked;
import id.ngupi.booking.BookingOutcome.Refusal;
import id.ngupi.booking.BookingOutcome.Refused;
import id.ngupi.booking.BookingRequest;
import id.ngupi.booking.BookingStatus;
import id.ngupi.booking.HostLimit;
import id.ngupi.booking.internal.BookingStore.NewBooking;
import id.ngupi.hosting.HostDirectory;
import id.ngupi.hosting.HostProfile;
import id.ngupi.hosting.Offering;
import id.ngupi.hosting.Topic;
import id.ngupi.hosting.TopicSlug;
import id.ngupi.identity.Account;
import id.ngupi.identity.AccountId;
import id.ngupi.identity.Accounts;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The rules a booking passes, in the order they are checked: the same request twice, the
 * member, the offering and its host, a way to meet, the topics, the notice and horizon,
 * the per-host and total limits, the time offered, the week's quota (which locks the week
 * first), the host's other sessions and the times a round holds, the attendee's other
 * sessions; then whether it waits for approval (the offering's choice, or an
 * {@link ApprovalRequirement} for this attendee). The facade runs it in a transaction and
 * answers refusals; nothing here is trusted from the request.
 */
@Component
public class BookingRules {

	private final BookingStore bookings;

	private final QuotaStore quotas;

	private final HoldStore holds;

	private final HostDirectory hosts;

	private final Accounts accounts;

	private final BookingLimits limits;

	private final List<ApprovalRequirement> approvalRequirements;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	BookingRules(BookingStore bookings, QuotaStore quotas, HoldStore holds, HostDirectory hosts, Accounts accounts,
			BookingLimits limits, List<ApprovalRequirement> approvalRequirements, ApplicationEventPublisher events,
			Clock clock) {
		this.bookings = bookings;
		this.quotas = quotas;
		this.holds = holds;
		this.hosts = hosts;
		this.accounts = accounts;
		this.limits = limits;
		this.approvalRequirements = List.copyOf(approvalRequirements);
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Books the request inside the caller's transaction, or says why not; each rule in
	 * turn, cheapest first, and the database's constraints behind the last ones.
	 * @param replacing the booking a reschedule replaces, or {@code null}
	 */
	public BookingOutcome book(AccountId attendee, BookingRequest request, BookingId replacing) {
		return book(attendee, request, replacing, false);
	}

	/**
	 * Books the request like {@link #book(AccountId, BookingRequest, BookingId)}; a
	 * member the host already chose (in a round) is confirmed without waiting for
	 * approval.
	 */
	public BookingOutcome book(AccountId attendee, BookingRequest request, BookingId replacing, boolean chosen) {
		// the host's lock first, then the attendee's: the order a round's settling takes
		// them in too (it books several attendees into one host's times)
		this.hosts.offering(request.offering()).ifPresent(found -> this.bookings.lockHost(found.host()));
		this.bookings.lockAttendee(attendee);
		Optional<Booking> earlier = this.bookings.findByRequest(attendee, request.requestKey());
		if (earlier.isPresent()) {
			return new AlreadyBooked(earlier.get());
		}
		Optional<Account> member = this.accounts.find(attendee);
		Optional<Offering> offering = this.hosts.offering(request.offering()).filter(Offering::active);
		if (member.isEmpty() || member.get().suspended() || offering.isEmpty()) {
			return refused(member.isEmpty() || member.get().suspended() ? Refusal.NOT_ALLOWED : Refusal.NOT_OFFERED);
		}
		Offering booked = offering.get();
		HostProfile host = this.hosts.find(booked.host()).orElseThrow();
		if (host.account().equals(attendee)) {
			return refused(Refusal.OWN_OFFERING);
		}
		if (!host.listed()) {
			return refused(Refusal.NOT_ALLOWED);
		}
		if (!booked.bookable(host)) {
			return refused(Refusal.NO_MEETING_LINK);
		}
		List<TopicSlug> topics = topicsOf(request, host);
		if (topics.isEmpty()) {
			return refused(Refusal.UNKNOWN_TOPICS);
		}
		Instant now = this.clock.instant();
		Instant start = request.start();
		if (start.isBefore(booked.earliestStart(now))) {
			return refused(Refusal.TOO_SOON);
		}
		if (!start.isBefore(booked.horizonEnd(now))) {
			return refused(Refusal.BEYOND_HORIZON);
		}
		if (hostLimit(attendee, host.account(), now).reached()) {
			return refused(Refusal.HOST_LIMIT);
		}
		if (this.bookings.countUpcoming(attendee, now) >= this.limits.total()) {
			return refused(Refusal.TOTAL_LIMIT);
		}
		if (this.hosts.candidateTimes(booked.id(), start, start.plusSeconds(1))
			.stream()
			.noneMatch(time -> time.start().equals(start))) {
			return refused(Refusal.NOT_OFFERED);
		}
		Instant end = start.plus(booked.duration());
		Instant hostFreeAt = OpenSlotRules.freeAt(end, booked.buffer());
		var week = OpenSlotRules.weekOf(start, host.timezone());
		// counting in first locks the offering's week: a racing request for the same week
		// waits here until this one ends, then sees its booking
		boolean counted = this.quotas.claim(booked.id(), week, booked.weeklyQuota());
		if (this.bookings.hostBusy(host.account(), start, hostFreeAt)) {
			return refused(Refusal.SLOT_TAKEN);
		}
		if (this.holds.overlaps(host.account(), start, hostFreeAt)) {
			return refused(Refusal.HELD);
		}
		if (!counted) {
			return refused(Refusal.QUOTA_REACHED);
		}
		if (this.bookings.attendeeBusy(attendee, start, end)) {
			return refused(Refusal.ATTENDEE_BUSY);
		}
		boolean approval = !chosen && (booked.needsApproval() || this.approvalRequirements.stream()
			.anyMatch(requirement -> requirement.requiredUntil(attendee, now).isPresent()));
		BookingStatus status = approval ? BookingStatus.PENDING : BookingStatus.CONFIRMED;
		Instant respondBy = approval ? start.minus(booked.minNotice()) : null;
		Booking booking = this.bookings.insert(new NewBooking(booked.id(), host.account(), attendee, start, end,
				hostFreeAt, status, topics, request.answer(), respondBy, week, request.requestKey(), replacing), now);
		if (status == BookingStatus.PENDING) {
			this.events.publishEvent(new BookingRequested(booking.id(), booking.host(), attendee, start, respondBy));
		}
		else {
			this.events.publishEvent(new BookingConfirmed(booking.id(), booking.host(), attendee, start, end));
		}
		return new Booked(booking);
	}

	/** The request's topics if every one is the host's; otherwise none. */
	private static List<TopicSlug> topicsOf(BookingRequest request, HostProfile host) {
		Set<String> hosts = new HashSet<>(host.topics().stream().map(Topic::slug).map(TopicSlug::value).toList());
		List<String> wanted = request.topics().stream().map(String::strip).distinct().toList();
		if (wanted.isEmpty() || !hosts.containsAll(wanted)) {
			return List.of();
		}
		return wanted.stream().map(TopicSlug::new).toList();
	}

	/** Where the attendee stands with the host under the per-host limit. */
	public HostLimit hostLimit(AccountId attendee, AccountId host, Instant now) {
		return new HostLimit(this.bookings.upcoming(attendee, host, now), this.limits.perHost());
	}

	private static Refused refused(Refusal reason) {
		return new Refused(reason, List.of());
	}

}
