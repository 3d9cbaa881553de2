package id.ngupi.feedback;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import id.ngupi.booking.BookingId;
import id.ngupi.db.test.TestClock;
import id.ngupi.feedback.EndedSessions.Session;
import id.ngupi.identity.AccountId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

import static id.ngupi.feedback.EndedSessions.ended;
import static id.ngupi.feedback.EndedSessions.stranger;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A moderator hides one side's feedback: it leaves the host's ratings, the testimonials
 * and insights, and what its subject reads and exports, while its author keeps it; shown
 * again, it is back everywhere. Whether a member could read an entry (and so report it)
 * follows where it is shown.
 */
@ApplicationModuleTest
class FeedbackModerationTests {

	private static final Instant ENDED = Instant.parse("2026-11-09T13:00:00Z");

	private final Feedbacks feedbacks;

	private final PublicFeedback published;

	private final FeedbackModeration moderation;

	private final FeedbackExports exports;

	private final TestClock clock;

	@Autowired
	FeedbackModerationTests(Feedbacks feedbacks, PublicFeedback published, FeedbackModeration moderation,
			FeedbackExports exports, TestClock clock) {
		this.feedbacks = feedbacks;
		this.published = published;
		this.moderation = moderation;
		this.exports = exports;
		this.clock = clock;
	}

	@AfterEach
	void clockRunsAgain() {
		this.clock.reset();
	}

	@Test
	void aHiddenTestimonialLeavesTheRatingsAndTheHostsPageUntilShownAgain(Scenario scenario) {
		this.clock.set(ENDED.plus(Duration.ofHours(1)));
		AccountId host = stranger();
		Session kept = ended(scenario, this.feedbacks, ENDED.minus(Duration.ofDays(1)), host, stranger());
		Session reported = ended(scenario, this.feedbacks, ENDED, host, stranger());
		bothWrite(kept, 5, "Sangat membantu.", "");
		bothWrite(reported, 1, "Kata-kata kasar.", "");
		assertThat(this.published.hostTrust(host).ratings()).isEqualTo(2);

		assertThat(this.moderation.hide(reported.booking(), reported.attendee())).isTrue();

		HostTrust hidden = this.published.hostTrust(host);
		assertThat(hidden.ratings()).isEqualTo(1);
		assertThat(hidden.testimonials()).extracting(Testimonial::booking).containsExactly(kept.booking());

		assertThat(this.moderation.show(reported.booking(), reported.attendee())).isTrue();
		HostTrust shown = this.published.hostTrust(host);
		assertThat(shown.ratings()).isEqualTo(2);
		assertThat(shown.testimonials()).extracting(Testimonial::booking)
			.containsExactly(reported.booking(), kept.booking());
	}

	@Test
	void aHiddenInsightLeavesTheMembersPage(Scenario scenario) {
		this.clock.set(ENDED.plus(Duration.ofHours(1)));
		Session session = ended(scenario, this.feedbacks, ENDED, stranger(), stranger());
		bothWrite(session, 5, "", "Belajar hal yang tidak pantas.");
		assertThat(this.published.insights(session.attendee())).extracting(Insight::booking)
			.containsExactly(session.booking());

		this.moderation.hide(session.booking(), session.attendee());

		assertThat(this.published.insights(session.attendee())).isEmpty();
		this.moderation.show(session.booking(), session.attendee());
		assertThat(this.published.insights(session.attendee())).hasSize(1);
	}

	@Test
	void itsSubjectIsToldItWasHiddenAndItsAuthorKeepsIt(Scenario scenario) {
		this.clock.set(ENDED.plus(Duration.ofHours(1)));
		Session session = ended(scenario, this.feedbacks, ENDED, stranger(), stranger());
		bothWrite(session, 1, "Kata-kata kasar.", "");

		this.moderation.hide(session.booking(), session.attendee());

		SessionFeedback subject = this.feedbacks.of(session.host(), session.booking()).orElseThrow();
		assertThat(subject.state()).isEqualTo(SessionFeedback.State.REVEALED);
		assertThat(subject.other()).isNull();
		assertThat(subject.otherHidden()).isTrue();
		FeedbackExport.Asked subjectExport = asked(this.exports.export(session.host()), session.booking());
		assertThat(subjectExport.received()).isNull();
		assertThat(subjectExport.receivedHidden()).isTrue();
		assertThat(subjectExport.written()).isNotNull();

		SessionFeedback author = this.feedbacks.of(session.attendee(), session.booking()).orElseThrow();
		assertThat(author.own().form().wentWell()).isEqualTo("Kata-kata kasar.");
		assertThat(author.own().hidden()).isTrue();
		FeedbackExport.Asked authorExport = asked(this.exports.export(session.attendee()), session.booking());
		assertThat(authorExport.written().form().wentWell()).isEqualTo("Kata-kata kasar.");
		assertThat(authorExport.written().hiddenAt()).isEqualTo(this.clock.instant());
		assertThat(authorExport.received()).as("the host's own words to them are not hidden").isNotNull();

		this.moderation.show(session.booking(), session.attendee());
		SessionFeedback shown = this.feedbacks.of(session.host(), session.booking()).orElseThrow();
		assertThat(shown.other().form().wentWell()).isEqualTo("Kata-kata kasar.");
		assertThat(shown.otherHidden()).isFalse();
		assertThat(asked(this.exports.export(session.host()), session.booking()).received()).isNotNull();
	}

	@Test
	void aModeratorReadsTheWholeEntry(Scenario scenario) {
		this.clock.set(ENDED.plus(Duration.ofHours(1)));
		Session session = ended(scenario, this.feedbacks, ENDED, stranger(), stranger());
		this.feedbacks.write(session.attendee(), session.booking(),
				new FeedbackForm(2, "Baik.", "Sedikit.", "Pesan pribadi.", true, false));

		ReportedFeedback blind = this.moderation.find(session.booking(), session.attendee()).orElseThrow();
		assertThat(blind.subject()).isEqualTo(session.host());
		assertThat(blind.role()).isEqualTo(FeedbackRole.ATTENDEE);
		assertThat(blind.privateMessage()).isEqualTo("Pesan pribadi.");
		assertThat(blind.revealed()).isFalse();
		assertThat(blind.hidden()).isFalse();
		assertThat(this.moderation.find(session.booking(), session.host())).as("the host wrote nothing").isEmpty();

		this.feedbacks.write(session.host(), session.booking(), new FeedbackForm(4, "", "", "", false, false));
		this.moderation.hide(session.booking(), session.attendee());
		ReportedFeedback hidden = this.moderation.find(session.booking(), session.attendee()).orElseThrow();
		assertThat(hidden.revealed()).isTrue();
		assertThat(hidden.hidden()).isTrue();
	}

	@Test
	void aPublicTestimonialIsVisibleToAnyoneButItsAuthor(Scenario scenario) {
		this.clock.set(ENDED.plus(Duration.ofHours(1)));
		Session session = ended(scenario, this.feedbacks, ENDED, stranger(), stranger());
		bothWrite(session, 5, "Sangat membantu.", "");

		assertThat(this.moderation.visibleTo(stranger(), session.booking(), session.attendee())).isTrue();
		assertThat(this.moderation.visibleTo(session.host(), session.booking(), session.attendee())).isTrue();
		assertThat(this.moderation.visibleTo(session.attendee(), session.booking(), session.attendee())).isFalse();
	}

	@Test
	void privateFeedbackIsVisibleToItsSubjectOnceRevealed(Scenario scenario) {
		this.clock.set(ENDED.plus(Duration.ofHours(1)));
		Session session = ended(scenario, this.feedbacks, ENDED, stranger(), stranger());
		this.feedbacks.write(session.attendee(), session.booking(),
				new FeedbackForm(2, "Kurang.", "", "Pesan pribadi.", false, false));

		assertThat(this.moderation.visibleTo(session.host(), session.booking(), session.attendee())).as("still blind")
			.isFalse();

		this.feedbacks.write(session.host(), session.booking(), new FeedbackForm(4, "", "", "", false, false));
		assertThat(this.moderation.visibleTo(session.host(), session.booking(), session.attendee())).isTrue();
		assertThat(this.moderation.visibleTo(stranger(), session.booking(), session.attendee())).isFalse();
		assertThat(this.moderation.visibleTo(session.attendee(), session.booking(), session.attendee())).isFalse();
		// what the host wrote is private to the attendee, whatever the host chose
		assertThat(this.moderation.visibleTo(session.attendee(), session.booking(), session.host())).isTrue();
		assertThat(this.moderation.visibleTo(stranger(), session.booking(), session.host())).isFalse();
	}

	@Test
	void aHiddenOrUnknownEntryIsVisibleToNobody(Scenario scenario) {
		this.clock.set(ENDED.plus(Duration.ofHours(1)));
		Session session = ended(scenario, this.feedbacks, ENDED, stranger(), stranger());
		bothWrite(session, 5, "Sangat membantu.", "");
		this.moderation.hide(session.booking(), session.attendee());

		assertThat(this.moderation.visibleTo(stranger(), session.booking(), session.attendee())).isFalse();
		assertThat(this.moderation.visibleTo(session.host(), session.booking(), session.attendee())).isFalse();
		assertThat(this.moderation.visibleTo(stranger(), new BookingId(UUID.randomUUID()), stranger())).isFalse();
	}

	@Test
	void hidingAndShowingAnswerFalseWhenNothingChanges(Scenario scenario) {
		this.clock.set(ENDED.plus(Duration.ofHours(1)));
		Session session = ended(scenario, this.feedbacks, ENDED, stranger(), stranger());
		bothWrite(session, 5, "Sangat membantu.", "");

		assertThat(this.moderation.show(session.booking(), session.attendee())).isFalse();
		assertThat(this.moderation.hide(session.booking(), session.attendee())).isTrue();
		assertThat(this.moderation.hide(session.booking(), session.attendee())).isFalse();
		assertThat(this.moderation.show(session.booking(), session.attendee())).isTrue();
		assertThat(this.moderation.show(session.booking(), session.attendee())).isFalse();
		assertThat(this.moderation.hide(session.booking(), stranger())).isFalse();
	}

	private static FeedbackExport.Asked asked(FeedbackExport export, BookingId booking) {
		return export.sessions().stream().filter(asked -> asked.booking().equals(booking)).findFirst().orElseThrow();
	}

	/** The attendee writes with consent and an insight made public; the host writes. */
	private void bothWrite(Session session, int rating, String wentWell, String learned) {
		this.feedbacks.write(session.attendee(), session.booking(),
				new FeedbackForm(rating, wentWell, learned, "", true, !learned.isEmpty()));
		this.feedbacks.write(session.host(), session.booking(),
				new FeedbackForm(5, "", "", "Terima kasih.", false, false));
	}

}
