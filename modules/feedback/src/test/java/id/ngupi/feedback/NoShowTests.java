package id.ngupi.feedback;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import id.ngupi.booking.ApprovalRequirement;
import id.ngupi.booking.Booking;
import id.ngupi.booking.BookingId;
import id.ngupi.booking.BookingStatus;
import id.ngupi.db.test.TestClock;
import id.ngupi.feedback.EndedSessions.Session;
import id.ngupi.feedback.FeedbackEvents.NoShowReported;
import id.ngupi.feedback.SessionFeedback.State;
import id.ngupi.hosting.OfferingId;
import id.ngupi.hosting.TopicSlug;
import id.ngupi.identity.AccountId;
import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.Scenario;

import static id.ngupi.feedback.EndedSessions.ended;
import static id.ngupi.feedback.EndedSessions.stranger;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Instead of feedback, either side reports that the other did not come; the other answers
 * once; confirmed no-shows are shown to the host asked to approve, and two close together
 * make the attendee's bookings wait for approval for thirty days.
 */
@ApplicationModuleTest
class NoShowTests {

	private static final Instant ENDED = Instant.parse("2026-10-01T13:00:00Z");

	private static final FeedbackForm GOOD = new FeedbackForm(5, "Jelas.", "Banyak.", "", false, false);

	private final Feedbacks feedbacks;

	private final NoShows noShows;

	private final ApprovalRequirement approvals;

	private final NoShowPolicy policy;

	private final TestClock clock;

	@Autowired
	NoShowTests(Feedbacks feedbacks, NoShows noShows, ApprovalRequirement approvals, NoShowPolicy policy,
			TestClock clock) {
		this.feedbacks = feedbacks;
		this.noShows = noShows;
		this.approvals = approvals;
		this.policy = policy;
		this.clock = clock;
	}

	@AfterEach
	void clockRunsAgain() {
		this.clock.reset();
	}

	@Test
	void eitherSideReportsOnceInsteadOfFeedbackAndTheOtherIsTold(Scenario scenario, AssertablePublishedEvents events) {
		this.clock.set(ENDED.plus(Duration.ofHours(1)));
		Session session = ended(scenario, this.feedbacks, ENDED);

		assertThat(this.noShows.report(session.host(), session.booking())).isEqualTo(NoShowOutcome.RECORDED);

		assertThat(events.ofType(NoShowReported.class)
			.matching(reported -> reported.booking().equals(session.booking())
					&& reported.absent().equals(session.attendee()) && reported.absentRole() == FeedbackRole.ATTENDEE))
			.hasSize(1);
		assertThat(this.noShows.report(session.attendee(), session.booking()))
			.as("the other answers rather than reporting back")
			.isEqualTo(NoShowOutcome.ALREADY_REPORTED);
		assertThat(this.noShows.report(session.host(), session.booking())).isEqualTo(NoShowOutcome.ALREADY_REPORTED);
		assertThat(this.feedbacks.write(session.attendee(), session.booking(), GOOD)).isEqualTo(WriteOutcome.NO_SHOW);
		assertThat(this.feedbacks.write(session.host(), session.booking(), GOOD)).isEqualTo(WriteOutcome.NO_SHOW);
		SessionFeedback attendees = this.feedbacks.of(session.attendee(), session.booking()).orElseThrow();
		assertThat(attendees.state()).isEqualTo(State.NO_SHOW);
		assertThat(attendees.noShow().byViewer()).isFalse();
		assertThat(attendees.noShow().answerableAt(this.clock.instant())).isTrue();
		assertThat(this.feedbacks.of(session.host(), session.booking()).orElseThrow().noShow().byViewer()).isTrue();
		assertThat(this.feedbacks.awaiting(session.attendee())).as("nothing left to write").isEmpty();
	}

	@Test
	void onlyAnAskedSideReportsBeforeWritingAndWhileTheWindowIsOpen(Scenario scenario) {
		this.clock.set(ENDED.plus(Duration.ofHours(1)));
		Session wrote = ended(scenario, this.feedbacks, ENDED);
		Session late = ended(scenario, this.feedbacks, ENDED);
		this.feedbacks.write(wrote.attendee(), wrote.booking(), GOOD);

		assertThat(this.noShows.report(wrote.attendee(), wrote.booking())).isEqualTo(NoShowOutcome.FEEDBACK_WRITTEN);
		assertThat(this.noShows.report(stranger(), wrote.booking())).isEqualTo(NoShowOutcome.NOT_ASKED);
		assertThat(this.noShows.report(wrote.host(), new BookingId(UUID.randomUUID())))
			.isEqualTo(NoShowOutcome.NOT_ASKED);
		this.clock.set(ENDED.plus(Feedbacks.WINDOW));
		assertThat(this.noShows.report(late.host(), late.booking())).isEqualTo(NoShowOutcome.FROZEN);
		assertThat(this.feedbacks.of(late.host(), late.booking()).orElseThrow().noShow()).isNull();
	}

	@Test
	void theMemberReportedAbsentAnswersOnceWithinTheirTime(Scenario scenario) {
		this.clock.set(ENDED.plus(Duration.ofHours(1)));
		Session session = ended(scenario, this.feedbacks, ENDED);
		Session unanswered = ended(scenario, this.feedbacks, ENDED);
		this.noShows.report(session.attendee(), session.booking());
		this.noShows.report(unanswered.attendee(), unanswered.booking());

		assertThat(this.noShows.answer(session.attendee(), session.booking(), NoShowAnswer.DISPUTED, "Saya hadir"))
			.as("the reporter does not answer their own report")
			.isEqualTo(NoShowOutcome.NOT_REPORTED);
		assertThatExceptionOfType(ConstraintViolationException.class).isThrownBy(
				() -> this.noShows.answer(session.host(), session.booking(), NoShowAnswer.DISPUTED, "a".repeat(1001)));
		assertThat(this.feedbacks.of(session.host(), session.booking()).orElseThrow().noShow().answer())
			.as("a refused answer changes nothing")
			.isNull();
		assertThat(this.noShows.answer(session.host(), session.booking(), NoShowAnswer.DISPUTED,
				"  Saya menunggu di Meet 20 menit.  "))
			.isEqualTo(NoShowOutcome.RECORDED);
		assertThat(this.noShows.answer(session.host(), session.booking(), NoShowAnswer.ADMITTED, ""))
			.isEqualTo(NoShowOutcome.ALREADY_ANSWERED);
		NoShowReport seen = this.feedbacks.of(session.attendee(), session.booking()).orElseThrow().noShow();
		assertThat(seen.answer()).isEqualTo(NoShowAnswer.DISPUTED);
		assertThat(seen.note()).isEqualTo("Saya menunggu di Meet 20 menit.");

		this.clock.set(this.clock.instant().plus(this.policy.answerWithin()));
		assertThat(this.noShows.answer(unanswered.host(), unanswered.booking(), NoShowAnswer.DISPUTED, ""))
			.isEqualTo(NoShowOutcome.TOO_LATE);
	}

	@Test
	void twoConfirmedNoShowsWithinNinetyDaysMakeBookingsWaitForApprovalForThirtyDays(Scenario scenario) {
		AccountId attendee = stranger();
		Instant first = ENDED;
		Instant second = ENDED.plus(Duration.ofDays(60));
		this.clock.set(first.plus(Duration.ofHours(1)));
		Session one = ended(scenario, this.feedbacks, first, stranger(), attendee);
		this.noShows.report(one.host(), one.booking());
		this.noShows.answer(attendee, one.booking(), NoShowAnswer.ADMITTED, "");
		assertThat(this.noShows.standing(attendee)).as("one is not enough").isEmpty();

		this.clock.set(second.plus(Duration.ofHours(1)));
		Session two = ended(scenario, this.feedbacks, second, stranger(), attendee);
		Instant reported = this.clock.instant();
		this.noShows.report(two.host(), two.booking());
		assertThat(this.noShows.standing(attendee)).as("not before the second is confirmed").isEmpty();

		Instant confirmed = reported.plus(this.policy.answerWithin());
		this.clock.set(confirmed);
		assertThat(this.noShows.standing(attendee)).hasValueSatisfying(standing -> {
			assertThat(standing.until()).isEqualTo(confirmed.plus(Duration.ofDays(30)));
			assertThat(standing.noShows()).isEqualTo(2);
		});
		assertThat(this.approvals.requiredUntil(attendee, confirmed)).as("what booking asks")
			.contains(confirmed.plus(Duration.ofDays(30)));
		assertThat(this.approvals.requiredUntil(attendee, confirmed.plus(Duration.ofDays(30)))).isEmpty();
		assertThat(this.approvals.requiredUntil(stranger(), confirmed)).isEmpty();
	}

	@Test
	void aDisputedReportOrOneTooFarApartDoesNotCount(Scenario scenario) {
		AccountId disputing = stranger();
		AccountId apart = stranger();
		this.clock.set(ENDED.plus(Duration.ofHours(1)));
		for (AccountId attendee : List.of(disputing, apart)) {
			Session session = ended(scenario, this.feedbacks, ENDED, stranger(), attendee);
			this.noShows.report(session.host(), session.booking());
			this.noShows.answer(attendee, session.booking(), NoShowAnswer.ADMITTED, "");
		}
		Instant later = ENDED.plus(Duration.ofDays(40));
		this.clock.set(later.plus(Duration.ofHours(1)));
		Session disputed = ended(scenario, this.feedbacks, later, stranger(), disputing);
		this.noShows.report(disputed.host(), disputed.booking());
		this.noShows.answer(disputing, disputed.booking(), NoShowAnswer.DISPUTED, "Saya hadir.");
		Instant tooLate = ENDED.plus(Duration.ofDays(91));
		this.clock.set(tooLate.plus(Duration.ofHours(1)));
		Session farApart = ended(scenario, this.feedbacks, tooLate, stranger(), apart);
		this.noShows.report(farApart.host(), farApart.booking());
		this.noShows.answer(apart, farApart.booking(), NoShowAnswer.ADMITTED, "");

		assertThat(this.noShows.standing(disputing)).isEmpty();
		assertThat(this.noShows.standing(apart)).isEmpty();
	}

	@Test
	void onlyTheHostAskedToApproveSeesTheAttendeesConfirmedNoShows(Scenario scenario) {
		AccountId attendee = stranger();
		this.clock.set(ENDED.plus(Duration.ofHours(1)));
		Session admitted = ended(scenario, this.feedbacks, ENDED, stranger(), attendee);
		Session disputed = ended(scenario, this.feedbacks, ENDED.minus(Duration.ofDays(3)), stranger(), attendee);
		this.noShows.report(admitted.host(), admitted.booking());
		this.noShows.answer(attendee, admitted.booking(), NoShowAnswer.ADMITTED, "");
		this.noShows.report(disputed.host(), disputed.booking());
		this.noShows.answer(attendee, disputed.booking(), NoShowAnswer.DISPUTED, "");
		AccountId host = stranger();

		assertThat(this.noShows.forApproval(host, request(host, attendee, BookingStatus.PENDING)).sessions())
			.containsExactly(ENDED);
		assertThat(this.noShows.forApproval(host, request(host, attendee, BookingStatus.CONFIRMED)).none())
			.as("only while the request waits for an answer")
			.isTrue();
		assertThat(this.noShows.forApproval(stranger(), request(host, attendee, BookingStatus.PENDING)).none())
			.as("nobody but its host")
			.isTrue();
		assertThat(this.noShows.forApproval(attendee, request(host, attendee, BookingStatus.PENDING)).none()).isTrue();
	}

	private Booking request(AccountId host, AccountId attendee, BookingStatus status) {
		Instant start = this.clock.instant().plus(Duration.ofDays(3));
		return new Booking(new BookingId(UUID.randomUUID()), new OfferingId(UUID.randomUUID()), host, attendee, start,
				start.plus(Duration.ofMinutes(30)), status, List.of(new TopicSlug("karier")), "a".repeat(60),
				start.minus(Duration.ofHours(2)), null, null, null, null, false, null, null, 0, this.clock.instant(),
				this.clock.instant());
	}

}
