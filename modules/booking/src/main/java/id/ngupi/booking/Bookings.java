package id.ngupi.booking;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import id.ngupi.booking.BookingEvents.BookingApproved;
import id.ngupi.booking.BookingEvents.BookingCancelled;
import id.ngupi.booking.BookingEvents.BookingConfirmed;
import id.ngupi.booking.BookingEvents.BookingDeclined;
import id.ngupi.booking.BookingEvents.BookingRescheduled;
import id.ngupi.booking.BookingOutcome.AlreadyBooked;
import id.ngupi.booking.BookingOutcome.Booked;
import id.ngupi.booking.BookingOutcome.Refusal;
import id.ngupi.booking.BookingOutcome.Refused;
import id.ngupi.booking.internal.BookingStore;
import id.ngupi.booking.internal.BookingStore.Meeting;
import id.ngupi.booking.internal.BookingRules;
import id.ngupi.booking.internal.MeetingRooms;
import id.ngupi.booking.internal.QuotaStore;
import id.ngupi.booking.internal.UnansweredRequests;
import id.ngupi.hosting.HostDirectory;
import id.ngupi.hosting.HostProfile;
import id.ngupi.hosting.Hosting;
import id.ngupi.hosting.Offering;
import id.ngupi.hosting.OfferingId;
import id.ngupi.hosting.TopicSlug;
import id.ngupi.identity.AccountId;
import id.ngupi.identity.TextRules;
import id.ngupi.identity.HttpsUrl;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.annotation.Validated;

/**
 * Booking a host's time, and everything after: approval, declining, cancelling and
 * rescheduling. Nothing from a request is trusted: the time is checked against the host's
 * schedule, bookings and quota again, and the database's exclusion constraints make a
 * double booking impossible even for requests racing each other. Every change is one
 * transaction and announces itself with a {@link BookingEvents event}.
 */
@Service
@Validated
public class Bookings {

	/** How often a booking step is tried when PostgreSQL broke a deadlock against it. */
	private static final int ATTEMPTS = 3;

	private final BookingStore bookings;

	private final QuotaStore quotas;

	private final UnansweredRequests requests;

	private final OpenSlots openSlots;

	private final HostDirectory hosts;

	private final BookingRules rules;

	private final MeetingRooms rooms;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	Bookings(BookingStore bookings, QuotaStore quotas, UnansweredRequests requests, OpenSlots openSlots,
			HostDirectory hosts, BookingRules rules, MeetingRooms rooms, ApplicationEventPublisher events,
			TransactionTemplate transactions, Clock clock) {
		this.rules = rules;
		this.rooms = rooms;
		this.bookings = bookings;
		this.quotas = quotas;
		this.requests = requests;
		this.openSlots = openSlots;
		this.hosts = hosts;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Books the offering at the requested time for the attendee: confirmed, or pending
	 * when the host approves bookings or an {@link ApprovalRequirement} holds for the
	 * attendee. A refusal carries the offering's next open slots.
	 */
	public BookingOutcome book(AccountId attendee, @Valid BookingRequest request) {
		return decided(request, () -> bookInTransaction(attendee, request, null));
	}

	/**
	 * Moves the attendee's live booking to another open time of the same offering: the
	 * old booking is cancelled and the new one made in one transaction, so a refused new
	 * time leaves the old booking as it was. A session that has started stays where it
	 * is; a request past its deadline has expired and is not found.
	 */
	public BookingOutcome reschedule(AccountId attendee, BookingId booking, @Valid BookingRequest request) {
		return decided(request, () -> {
			// the same form sent again: the move is done, nothing more is cancelled
			this.bookings.lockAttendee(attendee);
			Optional<Booking> earlier = this.bookings.findByRequest(attendee, request.requestKey());
			if (earlier.isPresent()) {
				return new AlreadyBooked(earlier.get());
			}
			Instant now = this.clock.instant();
			// an overdue request expires here and is then not found: the exception rolls
			// the expiry back with everything else, and the scheduled run does it
			Booking old = lockCurrent(booking)
				.filter(found -> found.attendee().equals(attendee) && found.status().live())
				.orElseThrow(() -> new BookingNotFoundException(booking));
			if (!old.movable(now)) {
				return new Refused(Refusal.STARTED, List.of());
			}
			if (!old.offering().equals(request.offering())) {
				return new Refused(Refusal.NOT_OFFERED, List.of());
			}
			this.bookings.cancel(old.id(), attendee, null, isLate(old, now), now);
			this.quotas.release(old.id());
			BookingOutcome outcome = bookInTransaction(attendee, request, old.id());
			if (outcome instanceof Booked booked) {
				this.events.publishEvent(new BookingRescheduled(old.id(), booked.booking().id(), old.host(), attendee,
						booked.booking().start()));
			}
			return outcome;
		});
	}

	/**
	 * Moves the attendee's live booking to another open time of its offering, keeping the
	 * topics and answer they gave: the move a session's page offers.
	 * @throws BookingNotFoundException when the booking is not the attendee's
	 */
	public BookingOutcome reschedule(AccountId attendee, BookingId booking, Instant start, UUID requestKey) {
		Booking old = this.bookings.find(booking)
			.filter(found -> found.attendee().equals(attendee))
			.orElseThrow(() -> new BookingNotFoundException(booking));
		return reschedule(attendee, booking, new BookingRequest(old.offering(), start,
				old.topics().stream().map(TopicSlug::value).toList(), old.answer(), requestKey));
	}

	/**
	 * Runs a booking step in its own transaction; a refusal rolls everything back and is
	 * answered with the next open slots, read afterwards, unless no other time would do
	 * for this attendee either.
	 */
	private BookingOutcome decided(BookingRequest request, Supplier<BookingOutcome> step) {
		BookingOutcome outcome = attempt(step, 1);
		if (outcome instanceof Refused refused && refused.alternatives().isEmpty()
				&& refused.reason().otherTimesMayDo()) {
			List<OpenSlot> next = this.openSlots.of(request.offering());
			return new Refused(refused.reason(), next.subList(0, Math.min(5, next.size())));
		}
		return outcome;
	}

	/**
	 * One transaction of the step. Two inserts racing for one range can deadlock on the
	 * exclusion constraint (each waits for the other's row) and two reschedules can lock
	 * two weeks' quota rows in opposite order; PostgreSQL then aborts one of them, which
	 * is tried again and, seeing the winner's booking, is answered like any taken time.
	 */
	private BookingOutcome attempt(Supplier<BookingOutcome> step, int attempt) {
		try {
			return this.transactions.execute(status -> {
				BookingOutcome result = step.get();
				if (result instanceof Refused) {
					status.setRollbackOnly();
				}
				return result;
			});
		}
		catch (DataIntegrityViolationException conflict) {
			// only the two exclusion constraints mean "taken"; any other is a bug to see
			return new Refused(refusalOf(conflict).orElseThrow(() -> conflict), List.of());
		}
		catch (PessimisticLockingFailureException deadlock) {
			if (attempt >= ATTEMPTS) {
				throw deadlock;
			}
			return attempt(step, attempt + 1);
		}
	}

	private BookingOutcome bookInTransaction(AccountId attendee, BookingRequest request, BookingId replacing) {
		return this.rules.book(attendee, request, replacing);
	}

	/**
	 * Where the attendee stands with the host under the per-host limit: the rule
	 * {@link #book} refuses by, asked before the attendee fills in a form.
	 */
	@Transactional(readOnly = true)
	public HostLimit hostLimit(AccountId attendee, AccountId host) {
		return this.rules.hostLimit(attendee, host, this.clock.instant());
	}

	/**
	 * The host approves a pending request, until its deadline: an answer after it finds
	 * the request expired (and expires it, if the scheduled run has not yet).
	 */
	@Transactional
	public AnswerOutcome approve(AccountId host, BookingId booking, @MemberMessage String message) {
		Optional<Booking> current = lockCurrent(booking).filter(found -> found.host().equals(host));
		AnswerOutcome outcome = answerable(current);
		if (outcome == AnswerOutcome.ANSWERED) {
			Booking found = current.get();
			this.bookings.setStatus(booking, BookingStatus.CONFIRMED, TextRules.blankToNull(message),
					this.clock.instant());
			this.events.publishEvent(
					new BookingConfirmed(booking, found.host(), found.attendee(), found.start(), found.end()));
			this.events.publishEvent(
					new BookingApproved(booking, found.host(), found.attendee(), TextRules.blankToNull(message)));
		}
		return outcome;
	}

	/**
	 * The host declines a pending request, with a message for the attendee. Past the
	 * deadline the request has expired like one left unanswered: the attendee is told the
	 * same whichever came first, the host's late no or the scheduled expiry run.
	 */
	@Transactional
	public AnswerOutcome decline(AccountId host, BookingId booking, @MemberMessage String message) {
		Optional<Booking> current = lockCurrent(booking).filter(found -> found.host().equals(host));
		AnswerOutcome outcome = answerable(current);
		if (outcome == AnswerOutcome.ANSWERED) {
			this.bookings.setStatus(booking, BookingStatus.DECLINED, TextRules.blankToNull(message),
					this.clock.instant());
			this.quotas.release(booking);
			this.events.publishEvent(
					new BookingDeclined(booking, host, current.get().attendee(), TextRules.blankToNull(message)));
		}
		return outcome;
	}

	private static AnswerOutcome answerable(Optional<Booking> booking) {
		return booking.map(Booking::status).map(status -> switch (status) {
			case PENDING -> AnswerOutcome.ANSWERED;
			case EXPIRED -> AnswerOutcome.EXPIRED;
			default -> AnswerOutcome.NOT_PENDING;
		}).orElse(AnswerOutcome.NOT_PENDING);
	}

	/**
	 * The booking, locked until the transaction ends, as it stands now: a request whose
	 * deadline has come is expired here first, so no action sees it as still waiting.
	 */
	private Optional<Booking> lockCurrent(BookingId booking) {
		Instant now = this.clock.instant();
		return this.bookings.lock(booking)
			.map(found -> found.answerOverdue(now) ? this.requests.expire(found, now) : found);
	}

	/**
	 * Calls off a live booking that has not ended, by either participant; a host must
	 * give a reason. Within the offering's minimum notice it is marked late.
	 * @throws BookingNotFoundException when the member takes no part in the booking
	 */
	@Transactional
	public CancelOutcome cancel(AccountId member, BookingId booking, @MemberMessage String reason) {
		Booking found = lockCurrent(booking).filter(candidate -> candidate.involves(member))
			.orElseThrow(() -> new BookingNotFoundException(booking));
		Instant now = this.clock.instant();
		if (!found.phase(now).current()) {
			return CancelOutcome.NOT_CANCELLABLE;
		}
		String why = TextRules.blankToNull(reason);
		if (found.host().equals(member) && why == null) {
			return CancelOutcome.REASON_REQUIRED;
		}
		boolean late = isLate(found, now);
		this.bookings.cancel(booking, member, why, late, now);
		this.quotas.release(booking);
		this.events.publishEvent(
				new BookingCancelled(booking, found.host(), found.attendee(), member, why, late, found.start()));
		return CancelOutcome.CANCELLED;
	}

	/** The host sets a meeting link for this booking only (or clears it with null). */
	@Transactional
	public boolean setMeetingLink(AccountId host, BookingId booking,
			@Size(max = 300, message = "{validation.host.meetingUrl.size}") @HttpsUrl(
					message = "{validation.host.meetingUrl}") String url) {
		Optional<Booking> found = lockCurrent(booking)
			.filter(candidate -> candidate.host().equals(host) && candidate.status().live());
		if (found.isEmpty()) {
			return false;
		}
		this.bookings.setMeetingUrl(booking, TextRules.blankToNull(url), this.clock.instant());
		return true;
	}

	/**
	 * The meeting link of a confirmed booking, for its two participants only: the
	 * booking's own link, else the offering's, else the host's. A request still waiting
	 * for the host's approval gives nobody the link, and neither does a booking that is
	 * off (declined, expired, cancelled) or over. Anyone else gets nothing.
	 */
	@Transactional(readOnly = true)
	public Optional<String> meetingLink(AccountId viewer, BookingId booking) {
		return Optional.ofNullable(meetingLinks(viewer, List.of(booking)).get(booking));
	}

	/**
	 * The meeting links of several bookings at once, by the rule of {@link #meetingLink}:
	 * only for confirmed bookings the viewer takes part in; the others are absent from
	 * the map. This is the one place the rule is applied: the session page, its calendar
	 * file and links and the calendar feed all ask here. The link is the booking's own,
	 * else its offering's, else the booking's own room when the host meets in rooms, else
	 * the host's. Reads the bookings, their offerings and their hosts once for all.
	 */
	@Transactional(readOnly = true)
	public Map<BookingId, String> meetingLinks(AccountId viewer, Collection<BookingId> bookings) {
		if (bookings.isEmpty()) {
			return Map.of();
		}
		Map<Booking, Meeting> confirmed = new LinkedHashMap<>();
		this.bookings.findWithMeetingUrls(bookings).forEach((booking, meeting) -> {
			if (booking.involves(viewer) && booking.status() == BookingStatus.CONFIRMED) {
				confirmed.put(booking, meeting);
			}
		});
		Map<OfferingId, Offering> offerings = this.hosts
			.offerings(confirmed.keySet().stream().map(Booking::offering).distinct().toList());
		Map<AccountId, HostProfile> hosts = this.hosts
			.findAll(confirmed.keySet().stream().map(Booking::host).distinct().toList());
		Map<BookingId, String> links = new HashMap<>();
		confirmed.forEach((booking, meeting) -> Optional.ofNullable(meeting.url())
			.or(() -> Optional.ofNullable(offerings.get(booking.offering())).map(Offering::meetingUrl))
			.or(() -> Optional.ofNullable(hosts.get(booking.host()))
				.filter(host -> host.meetingRooms() && meeting.room() != null)
				.map(host -> this.rooms.url(meeting.room())))
			.or(() -> Optional.ofNullable(hosts.get(booking.host())).map(HostProfile::meetingUrl))
			.ifPresent(link -> links.put(booking.id(), link)));
		return links;
	}

	/** The booking, for one of its two participants only. */
	@Transactional(readOnly = true)
	public Optional<Booking> find(AccountId viewer, BookingId booking) {
		return this.bookings.find(booking).filter(found -> found.involves(viewer));
	}

	/** The member's bookings as attendee, soonest first. */
	@Transactional(readOnly = true)
	public List<Booking> asAttendee(AccountId member) {
		return this.bookings.of(member, false);
	}

	/** The member's bookings as host, soonest first. */
	@Transactional(readOnly = true)
	public List<Booking> asHost(AccountId member) {
		return this.bookings.of(member, true);
	}

	/** Every booking the member takes part in, on either side, soonest first. */
	@Transactional(readOnly = true)
	public List<Booking> involving(AccountId member) {
		return this.bookings.involving(member);
	}

	/**
	 * The host's sessions still to come on a date of their schedule's zone (any part of
	 * them within that day): confirmed ones and requests the host can still answer,
	 * soonest first. A day off on that date leaves these standing; they are the host's to
	 * move or cancel. Empty for a member who does not host, and for a date no session
	 * still to come can be on (before yesterday, or beyond what a host can plan).
	 */
	@Transactional(readOnly = true)
	public List<Booking> hostsComingOn(AccountId host, LocalDate date) {
		Optional<ZoneId> zone = this.hosts.find(host).map(HostProfile::timezone);
		if (zone.isEmpty()) {
			return List.of();
		}
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.ofInstant(now, zone.get());
		// checked before the day's bounds are computed: LocalDate.MAX has no next day
		if (date.isBefore(today.minusDays(1)) || date.isAfter(today.plus(Hosting.PLANNING_AHEAD))) {
			return List.of();
		}
		return this.bookings
			.liveOfHostOverlapping(host, date.atStartOfDay(zone.get()).toInstant(),
					date.plusDays(1).atStartOfDay(zone.get()).toInstant())
			.stream()
			.filter(booking -> booking.phase(now).current())
			.toList();
	}

	private boolean isLate(Booking booking, Instant now) {
		return this.hosts.offering(booking.offering())
			.map(offering -> now.isAfter(booking.start().minus(offering.minNotice())))
			.orElse(false);
	}

	private static Optional<Refusal> refusalOf(DataIntegrityViolationException conflict) {
		String message = String.valueOf(conflict.getMostSpecificCause().getMessage());
		if (message.contains("booking_attendee_no_overlap")) {
			return Optional.of(Refusal.ATTENDEE_BUSY);
		}
		if (message.contains("booking_host_no_overlap")) {
			return Optional.of(Refusal.SLOT_TAKEN);
		}
		return Optional.empty();
	}

	/** How the host's answer to a request ended. */
	public enum AnswerOutcome {

		/** The request is approved or declined, as asked. */
		ANSWERED,

		/**
		 * The deadline to answer had passed: the request has expired, nothing else
		 * changed.
		 */
		EXPIRED,

		/**
		 * Not the host's request, or no longer waiting for an answer; nothing changed.
		 */
		NOT_PENDING

	}

	/** How a cancellation ended. */
	public enum CancelOutcome {

		/** The booking is cancelled. */
		CANCELLED,

		/** A host must say why they cancel; nothing changed. */
		REASON_REQUIRED,

		/** The booking is no longer live or has ended; nothing changed. */
		NOT_CANCELLABLE

	}

}
