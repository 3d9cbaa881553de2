package id.ngupi.feedback;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import id.ngupi.booking.Booking;
import id.ngupi.booking.BookingId;
import id.ngupi.booking.BookingStatus;
import id.ngupi.booking.MemberMessage;
import id.ngupi.feedback.FeedbackEvents.NoShowReported;
import id.ngupi.feedback.internal.FeedbackStore;
import id.ngupi.feedback.internal.FeedbackStore.Request;
import id.ngupi.feedback.internal.NoShowRule;
import id.ngupi.feedback.internal.NoShowStore;
import id.ngupi.feedback.internal.NoShowStore.Report;
import id.ngupi.identity.AccountId;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Sessions one side did not come to. Instead of feedback, either side reports that the
 * other did not come, once per session; the member reported absent answers once, and a
 * report they admit or leave unanswered counts. Confirmed no-shows of an attendee are
 * shown to a host asked to approve their request, and to nobody else; enough of them
 * close together make the attendee's bookings wait for approval for a while
 * ({@link NoShowPolicy}), which booking asks through its {@code ApprovalRequirement}.
 */
@Service
@Validated
public class NoShows {

	/** How far back a host asked to approve sees an attendee's no-shows. */
	static final Duration SHOWN_TO_HOSTS = Duration.ofDays(365);

	private final FeedbackStore feedback;

	private final NoShowStore reports;

	private final NoShowPolicy policy;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	NoShows(FeedbackStore feedback, NoShowStore reports, NoShowPolicy policy, ApplicationEventPublisher events,
			Clock clock) {
		this.feedback = feedback;
		this.reports = reports;
		this.policy = policy;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The reporter says the other side of the session did not come. Only a side asked for
	 * feedback reports, while the window is open, instead of writing feedback, and only
	 * the first report of a session counts; both requests are locked first, so a report
	 * and feedback written at once cannot both pass.
	 */
	@Transactional
	public NoShowOutcome report(AccountId reporter, BookingId booking) {
		List<Request> both = this.feedback.lockBoth(booking);
		Optional<Request> own = both.stream().filter(request -> request.author().equals(reporter)).findFirst();
		if (own.isEmpty()) {
			return NoShowOutcome.NOT_ASKED;
		}
		Instant now = this.clock.instant();
		if (this.reports.find(booking).isPresent()) {
			return NoShowOutcome.ALREADY_REPORTED;
		}
		if (this.feedback.revealed(booking) || !own.get().closesAt().isAfter(now)) {
			return NoShowOutcome.FROZEN;
		}
		if (this.feedback.entry(booking, reporter, own.get().role()).isPresent()) {
			return NoShowOutcome.FEEDBACK_WRITTEN;
		}
		FeedbackRole absentRole = own.get().role().other();
		Instant answerBy = now.plus(this.policy.answerWithin());
		this.reports.report(new Report(booking, reporter, own.get().subject(), absentRole, own.get().endedAt(), now,
				answerBy, null, null, null));
		this.events.publishEvent(new NoShowReported(booking, reporter, own.get().subject(), absentRole, answerBy));
		return NoShowOutcome.RECORDED;
	}

	/**
	 * The member reported absent answers the report, once, before its time runs out.
	 */
	@Transactional
	public NoShowOutcome answer(AccountId member, BookingId booking, NoShowAnswer answer, @MemberMessage String note) {
		Optional<Report> report = this.reports.find(booking).filter(found -> found.absent().equals(member));
		if (report.isEmpty()) {
			return NoShowOutcome.NOT_REPORTED;
		}
		if (report.get().answer() != null) {
			return NoShowOutcome.ALREADY_ANSWERED;
		}
		Instant now = this.clock.instant();
		if (!now.isBefore(report.get().answerBy())) {
			return NoShowOutcome.TOO_LATE;
		}
		String kept = (note == null) ? "" : note.strip();
		return this.reports.answer(booking, answer, kept, now) ? NoShowOutcome.RECORDED
				: NoShowOutcome.ALREADY_ANSWERED;
	}

	/**
	 * The confirmed no-shows of the attendee of a request, for its host while the request
	 * waits for their answer; nothing for anyone else or any other booking.
	 * @param viewer who asks
	 * @param request the booking as booking gave it to the viewer
	 */
	@Transactional(readOnly = true)
	public ConfirmedNoShows forApproval(AccountId viewer, Booking request) {
		return forApprovals(viewer, List.of(request)).getOrDefault(request.id(), new ConfirmedNoShows(List.of()));
	}

	/**
	 * {@link #forApproval} for several requests at once, in one statement: only the
	 * viewer's requests waiting for their answer are in the map.
	 */
	@Transactional(readOnly = true)
	public Map<BookingId, ConfirmedNoShows> forApprovals(AccountId viewer, Collection<Booking> requests) {
		List<Booking> asked = requests.stream()
			.filter(request -> request.host().equals(viewer) && request.status() == BookingStatus.PENDING)
			.toList();
		if (asked.isEmpty()) {
			return Map.of();
		}
		Instant now = this.clock.instant();
		Map<AccountId, List<Instant>> byAttendee = new HashMap<>();
		this.reports
			.againstAttendees(asked.stream().map(Booking::attendee).collect(Collectors.toSet()),
					now.minus(SHOWN_TO_HOSTS))
			.stream()
			.filter(report -> confirmed(report, now))
			.forEach(report -> byAttendee.computeIfAbsent(report.absent(), absent -> new ArrayList<>())
				.add(report.sessionEndedAt()));
		Map<BookingId, ConfirmedNoShows> shown = new HashMap<>();
		asked.forEach(request -> shown.put(request.id(),
				new ConfirmedNoShows(byAttendee.getOrDefault(request.attendee(), List.of()))));
		return shown;
	}

	/**
	 * The confirmed no-shows of each member, as a host choosing among them sees them (the
	 * same sessions {@link #forApproval} shows): one statement. The caller decides who
	 * may see them; members without any are missing from the map.
	 */
	@Transactional(readOnly = true)
	public Map<AccountId, ConfirmedNoShows> confirmedOf(Collection<AccountId> members) {
		if (members.isEmpty()) {
			return Map.of();
		}
		Instant now = this.clock.instant();
		Map<AccountId, List<Instant>> byAttendee = new HashMap<>();
		this.reports.againstAttendees(Set.copyOf(members), now.minus(SHOWN_TO_HOSTS))
			.stream()
			.filter(report -> confirmed(report, now))
			.forEach(report -> byAttendee.computeIfAbsent(report.absent(), absent -> new ArrayList<>())
				.add(report.sessionEndedAt()));
		Map<AccountId, ConfirmedNoShows> shown = new HashMap<>();
		byAttendee.forEach((member, sessions) -> shown.put(member, new ConfirmedNoShows(sessions)));
		return shown;
	}

	/**
	 * Whether, why and until when the attendee's bookings need the host's approval
	 * because of sessions they did not come to.
	 */
	@Transactional(readOnly = true)
	public Optional<ApprovalStanding> standing(AccountId attendee) {
		return standingAt(attendee, this.clock.instant());
	}

	/**
	 * The standing at a given moment, as booking asks inside the transaction that makes a
	 * booking.
	 */
	@Transactional(readOnly = true)
	public Optional<ApprovalStanding> standingAt(AccountId attendee, Instant now) {
		// nothing older can still start or extend the requirement
		Instant since = now.minus(this.policy.within())
			.minus(this.policy.approvalFor())
			.minus(this.policy.answerWithin())
			.minus(Feedbacks.WINDOW);
		List<NoShowRule.Confirmed> confirmed = this.reports.againstAttendee(attendee, since)
			.stream()
			.filter(report -> confirmed(report, now))
			.map(report -> new NoShowRule.Confirmed(report.sessionEndedAt(),
					(report.answer() == NoShowAnswer.ADMITTED) ? report.answeredAt() : report.answerBy()))
			.toList();
		return NoShowRule.approvalUntil(confirmed, this.policy, now)
			.map(until -> new ApprovalStanding(until, this.policy.count(), this.policy.within()));
	}

	private static boolean confirmed(Report report, Instant now) {
		return NoShowReport.confirmed(report.answer(), report.answerBy(), now);
	}

}
