package id.ngupi.booking;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
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
import id.ngupi.booking.internal.BookingRules;
import id.ngupi.booking.internal.HoldStore;
import id.ngupi.booking.internal.HoldStore.Hold;
import id.ngupi.booking.internal.QuotaStore;
import id.ngupi.booking.internal.UnansweredRequests;
import id.ngupi.hosting.HostDirectory;
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
import org.springframework.transaction.TransactionDefinition;
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

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	/**
	 * Savepoints inside a caller's transaction (or a transaction of its own without one).
	 */
	private final TransactionTemplate nested;

	private final HoldStore holds;

	private final Clock clock;

	Bookings(BookingStore bookings, QuotaStore quotas, UnansweredRequests requests, OpenSlots openSlots,
			HostDirectory hosts, BookingRules rules, HoldStore holds, ApplicationEventPublisher events,
			TransactionTemplate transactions, Clock clock) {
		this.holds = holds;
		this.nested = new TransactionTemplate(transactions.getTransactionManager());
		this.nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
		this.rules = rules;
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
	 * Books a member the owner chose into one of the times it holds ({@link Holds}): the
	 * hold is let go and the booking made in one step, confirmed at once (the choice was
	 * the host's), under every other rule of {@link #book}: a member who may not book, or
	 * has another session then, is refused and the time stays held. Inside a caller's
	 * transaction the step is a savepoint, so a refusal undoes only itself; a refusal
	 * carries no alternatives.
	 */
	public BookingOutcome bookHeld(UUID owner, AccountId attendee, @Valid BookingRequest request) {
		return attempt(this.nested, () -> {
			// the host's lock before the attendee's and the hold's quota row, in the
			// order every booking takes them
			this.hosts.offering(request.offering()).ifPresent(found -> this.bookings.lockHost(found.host()));
			// the same request again (a settling run repeated): the booking it made
			// stands
			this.bookings.lockAttendee(attendee);
			Optional<Booking> earlier = this.bookings.findByRequest(attendee, request.requestKey());
			if (earlier.isPresent()) {
				return new AlreadyBooked(earlier.get());
			}
			Optional<Hold> hold = this.holds.lock(owner, request.start());
			if (hold.isEmpty() || !hold.get().offering().equals(request.offering())) {
				return new Refused(Refusal.NOT_OFFERED, List.of());
			}
			this.holds.release(hold.get());
			return this.rules.book(attendee, request, null, true);
		}, 1);
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
		BookingOutcome outcome = attempt(this.transactions, step, 1);
		if (outcome instanceof Refused refused && refused.alternatives().isEmpty()
				&& refused.reason().otherTimesMayDo()) {
			List<OpenSlot> next = this.openSlots.of(request.offering());
			return new Refused(refused.reason(), next.subList(0, Math.min(OpenSlots.ALTERNATIVES, next.size())));
		}
		return outcome;
	}

	/**
	 * One transaction of the step. Two inserts racing for one range can deadlock on the
	 * exclusion constraint (each waits for the other's row) and two reschedules can lock
	 * two weeks' quota rows in opposite order; PostgreSQL then aborts one of them, which
	 * is tried again and, seeing the winner's booking, is answered like any taken time.
	 */
	private BookingOutcome attempt(TransactionTemplate transaction, Supplier<BookingOutcome> step, int attempt) {
		try {
			return transaction.execute(status -> {
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
			return attempt(transaction, step, attempt + 1);
		}
	}

	private BookingOutcome bookInTransaction(AccountId attendee, BookingRequest request, BookingId replacing) {
		return this.rules.book(attendee, request, replacing);
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
