package id.ngupi.feedback;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import id.ngupi.booking.BookingEvents.BookingCompleted;
import id.ngupi.booking.BookingId;
import id.ngupi.db.test.TestClock;
import id.ngupi.feedback.EndedSessions.Session;
import id.ngupi.feedback.FeedbackEvents.FeedbackRequested;
import id.ngupi.feedback.FeedbackEvents.FeedbackRevealed;
import id.ngupi.feedback.SessionFeedback.State;
import id.ngupi.feedback.internal.ClosingWindowsAccess;
import id.ngupi.hosting.TopicSlug;
import id.ngupi.identity.AccountId;
import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.Scenario;

import static id.ngupi.feedback.EndedSessions.stranger;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Both sides of every session that ended are asked, write blind, and see each other's
 * feedback once both wrote or the window closed; afterwards nothing changes. Nobody else
 * sees or writes anything, texts over the limit are refused and nothing is stored, and
 * two writes at once reveal exactly once.
 */
@ApplicationModuleTest
class FeedbackTests {

	private static final Instant ENDED = Instant.parse("2026-12-01T13:00:00Z");

	private static final FeedbackForm GOOD = new FeedbackForm(5, "Jelas dan santai.",
			"Cara menyiapkan wawancara system design.", "Terima kasih banyak!", true, true);

	private final Feedbacks feedbacks;

	private final ClosingWindowsAccess closing;

	private final TestClock clock;

	private final AskedMembers asked;

	@Autowired
	FeedbackTests(Feedbacks feedbacks, ClosingWindowsAccess closing, TestClock clock, AskedMembers asked) {
		this.feedbacks = feedbacks;
		this.closing = closing;
		this.clock = clock;
		this.asked = asked;
	}

	@BeforeEach
	void anHourAfterTheSession() {
		this.clock.set(ENDED.plus(Duration.ofHours(1)));
	}

	@AfterEach
	void clockRunsAgain() {
		this.clock.reset();
	}

	@Test
	void bothSidesOfASessionThatEndedAreAskedOnceAndNobodyElse(Scenario scenario, AssertablePublishedEvents events) {
		Session session = ended(scenario);

		assertThat(this.feedbacks.of(session.host(), session.booking())).hasValueSatisfying(view -> {
			assertThat(view.role()).isEqualTo(FeedbackRole.HOST);
			assertThat(view.state()).isEqualTo(State.OPEN);
			assertThat(view.closesAt()).isEqualTo(ENDED.plus(Feedbacks.WINDOW));
		});
		assertThat(this.feedbacks.of(session.attendee(), session.booking()).orElseThrow().role())
			.isEqualTo(FeedbackRole.ATTENDEE);
		assertThat(this.feedbacks.of(stranger(), session.booking())).isEmpty();
		assertThat(this.feedbacks.awaiting(session.attendee())).extracting(SessionFeedback::booking)
			.containsExactly(session.booking());
	}

	@Test
	void eachSideIsAskedByAnEventTheNotificationsCanTell(Scenario scenario) {
		Session session = ended(scenario);

		List<FeedbackRequested> asked = this.asked.asked()
			.stream()
			.filter(requested -> requested.booking().equals(session.booking()))
			.toList();
		assertThat(asked).extracting(FeedbackRequested::author, FeedbackRequested::subject, FeedbackRequested::role)
			.containsExactlyInAnyOrder(tuple(session.host(), session.attendee(), FeedbackRole.HOST),
					tuple(session.attendee(), session.host(), FeedbackRole.ATTENDEE));
		assertThat(asked)
			.allSatisfy(requested -> assertThat(requested.closesAt()).isEqualTo(ENDED.plus(Feedbacks.WINDOW)));
	}

	@Test
	void eachSideWritesBlindAndBothSeeEachOthersOnceBothWrote(Scenario scenario, AssertablePublishedEvents events) {
		Session session = ended(scenario);

		assertThat(this.feedbacks.write(session.host(), session.booking(), GOOD)).isEqualTo(WriteOutcome.SAVED);
		SessionFeedback attendeesView = this.feedbacks.of(session.attendee(), session.booking()).orElseThrow();
		assertThat(attendeesView.other()).as("blind until both wrote").isNull();
		assertThat(attendeesView.writable()).isTrue();

		FeedbackForm attendees = new FeedbackForm(4, "Banyak contoh nyata.", "Belajar bertanya balik.",
				"Sampai ketemu lagi", true, false);
		assertThat(this.feedbacks.write(session.attendee(), session.booking(), attendees))
			.isEqualTo(WriteOutcome.REVEALED);

		SessionFeedback hostsView = this.feedbacks.of(session.host(), session.booking()).orElseThrow();
		assertThat(hostsView.state()).isEqualTo(State.REVEALED);
		assertThat(hostsView.other().form()).isEqualTo(attendees);
		assertThat(hostsView.own().form().publicConsent()).as("a host's feedback is always private").isFalse();
		assertThat(this.feedbacks.of(session.attendee(), session.booking()).orElseThrow().other().form().learned())
			.isEqualTo(GOOD.learned());
		assertThat(this.feedbacks.write(session.host(), session.booking(), GOOD)).as("frozen once revealed")
			.isEqualTo(WriteOutcome.FROZEN);
		assertThat(events.ofType(FeedbackRevealed.class)).hasSize(1);
		assertThat(this.feedbacks.awaiting(session.host())).isEmpty();
	}

	@Test
	void ownFeedbackChangesUntilTheReveal(Scenario scenario) {
		Session session = ended(scenario);
		this.feedbacks.write(session.attendee(), session.booking(), GOOD);
		FeedbackForm better = new FeedbackForm(4, "Ternyata lebih dari cukup.", "Belajar soal CV.", "", false, false);

		assertThat(this.feedbacks.write(session.attendee(), session.booking(), better)).isEqualTo(WriteOutcome.SAVED);

		assertThat(this.feedbacks.of(session.attendee(), session.booking()).orElseThrow().own().form())
			.isEqualTo(better);
	}

	@Test
	void onceTheWindowClosesNothingIsWrittenAndWhatWasWrittenIsRevealedOnce(Scenario scenario,
			AssertablePublishedEvents events) {
		Session session = ended(scenario);
		Session untouched = ended(scenario);
		this.feedbacks.write(session.host(), session.booking(), GOOD);
		this.clock.set(ENDED.plus(Feedbacks.WINDOW));

		assertThat(this.feedbacks.write(session.attendee(), session.booking(), GOOD)).isEqualTo(WriteOutcome.FROZEN);
		SessionFeedback attendeesView = this.feedbacks.of(session.attendee(), session.booking()).orElseThrow();
		assertThat(attendeesView.state()).isEqualTo(State.REVEALED);
		assertThat(attendeesView.other().form().wentWell()).isEqualTo(GOOD.wentWell());
		assertThat(attendeesView.own()).isNull();
		assertThat(this.feedbacks.of(untouched.host(), untouched.booking()).orElseThrow().state()).as("nobody wrote")
			.isEqualTo(State.CLOSED);

		this.closing.revealClosed();
		this.closing.revealClosed();
		assertThat(events.ofType(FeedbackRevealed.class)
			.matching(revealed -> revealed.booking().equals(session.booking()))).hasSize(1);
		assertThat(events.ofType(FeedbackRevealed.class)
			.matching(revealed -> revealed.booking().equals(untouched.booking()))).isEmpty();
	}

	@Test
	void nobodyElseWritesAndBeforeTheSessionEndedNobodyIsAsked(Scenario scenario) {
		Session session = ended(scenario);

		assertThat(this.feedbacks.write(stranger(), session.booking(), GOOD)).isEqualTo(WriteOutcome.NOT_ASKED);
		assertThat(this.feedbacks.write(session.host(), new BookingId(UUID.randomUUID()), GOOD))
			.isEqualTo(WriteOutcome.NOT_ASKED);
		assertThat(this.feedbacks.of(session.host(), session.booking()).orElseThrow().own()).isNull();
	}

	@Test
	void aTextOverTheLimitAControlCharacterOrARatingOutOfRangeIsRefusedAndNothingIsStored(Scenario scenario) {
		Session session = ended(scenario);
		List<FeedbackForm> refused = List.of(new FeedbackForm(5, "a".repeat(1001), "", "", false, false),
				new FeedbackForm(5, "", "Belajar\u0000banyak", "", false, false),
				new FeedbackForm(0, "", "", "", false, false), new FeedbackForm(6, "", "", "", false, false));

		for (FeedbackForm form : refused) {
			assertThatExceptionOfType(ConstraintViolationException.class)
				.isThrownBy(() -> this.feedbacks.write(session.attendee(), session.booking(), form));
		}
		assertThat(this.feedbacks.of(session.attendee(), session.booking()).orElseThrow().own()).isNull();
		assertThat(this.feedbacks.write(session.attendee(), session.booking(),
				new FeedbackForm(5, "a".repeat(1000), "", "", false, false)))
			.as("the limit itself is fine")
			.isEqualTo(WriteOutcome.SAVED);
	}

	@Test
	void bothSidesWritingAtOnceRevealExactlyOnce(Scenario scenario, AssertablePublishedEvents events) throws Exception {
		for (int round = 0; round < 5; round++) {
			Session session = ended(scenario);
			CountDownLatch start = new CountDownLatch(1);
			ExecutorService pool = Executors.newFixedThreadPool(2);
			try {
				List<Future<WriteOutcome>> outcomes = pool.invokeAll(List.<Callable<WriteOutcome>>of(() -> {
					start.await();
					return this.feedbacks.write(session.host(), session.booking(), GOOD);
				}, () -> {
					start.await();
					return this.feedbacks.write(session.attendee(), session.booking(), GOOD);
				}).stream().map(task -> (Callable<WriteOutcome>) () -> {
					start.countDown();
					return task.call();
				}).toList());
				assertThat(List.of(outcomes.get(0).get(), outcomes.get(1).get()))
					.containsExactlyInAnyOrder(WriteOutcome.SAVED, WriteOutcome.REVEALED);
			}
			finally {
				pool.shutdown();
			}
			assertThat(events.ofType(FeedbackRevealed.class)
				.matching(revealed -> revealed.booking().equals(session.booking()))).hasSize(1);
		}
	}

	private Session ended(Scenario scenario) {
		return EndedSessions.ended(scenario, this.feedbacks, ENDED);
	}

}
