package id.ngupi.feedback;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

import id.ngupi.db.test.TestClock;
import id.ngupi.feedback.EndedSessions.Session;
import id.ngupi.hosting.TopicSlug;
import id.ngupi.identity.AccountId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

import static id.ngupi.feedback.EndedSessions.ended;
import static id.ngupi.feedback.EndedSessions.stranger;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * What the public sees of feedback: a host's average only from three ratings, the
 * testimonials attendees allowed with their topics, and the insights a member chose to
 * show; never anything still blind, nor a session one side did not come to.
 */
@ApplicationModuleTest
class PublicFeedbackTests {

	private static final Instant ENDED = Instant.parse("2026-11-02T13:00:00Z");

	private final Feedbacks feedbacks;

	private final PublicFeedback published;

	private final NoShows noShows;

	private final TestClock clock;

	@Autowired
	PublicFeedbackTests(Feedbacks feedbacks, PublicFeedback published, NoShows noShows, TestClock clock) {
		this.feedbacks = feedbacks;
		this.published = published;
		this.noShows = noShows;
		this.clock = clock;
	}

	@AfterEach
	void clockRunsAgain() {
		this.clock.reset();
	}

	@Test
	void theAverageShowsFromThreeRevealedRatingsAndTestimonialsOnlyWithConsent(Scenario scenario) {
		this.clock.set(ENDED.plus(Duration.ofHours(1)));
		AccountId host = stranger();
		Session first = ended(scenario, this.feedbacks, ENDED.minus(Duration.ofDays(2)), host, stranger());
		Session second = ended(scenario, this.feedbacks, ENDED.minus(Duration.ofDays(1)), host, stranger());
		Session third = ended(scenario, this.feedbacks, ENDED, host, stranger());
		bothWrite(first, 5, true, "Sangat jelas soal portofolio.");
		bothWrite(second, 4, false, "Tidak untuk umum.");
		this.feedbacks.write(third.attendee(), third.booking(),
				new FeedbackForm(3, "Masih blind.", "", "", true, false));

		HostTrust blind = this.published.hostTrust(host);
		assertThat(blind.ratings()).as("the third is not revealed yet").isEqualTo(2);
		assertThat(blind.average()).as("below three ratings").isEmpty();
		assertThat(blind.testimonials()).extracting(Testimonial::wentWell)
			.containsExactly("Sangat jelas soal portofolio.");

		this.feedbacks.write(third.host(), third.booking(), new FeedbackForm(4, "", "", "", false, false));
		HostTrust revealed = this.published.hostTrust(host);
		assertThat(revealed.ratings()).isEqualTo(3);
		assertThat(revealed.average()).contains(new BigDecimal("4.0"));
		assertThat(revealed.testimonials()).as("newest first, with the session's topics")
			.extracting(Testimonial::wentWell)
			.containsExactly("Masih blind.", "Sangat jelas soal portofolio.");
		assertThat(revealed.testimonials().get(0).topics()).containsExactly(new TopicSlug("karier"));
		assertThat(revealed.testimonials().get(0).author()).isEqualTo(third.attendee());
		assertThat(this.published.hostTrust(first.attendee()).empty()).as("what the host wrote is private").isTrue();
	}

	@Test
	void aMembersPageShowsOnlyTheInsightsTheyMadePublicOnceRevealed(Scenario scenario) {
		this.clock.set(ENDED.plus(Duration.ofHours(1)));
		AccountId member = stranger();
		Session asHost = ended(scenario, this.feedbacks, ENDED, member, stranger());
		Session asAttendee = ended(scenario, this.feedbacks, ENDED.minus(Duration.ofDays(1)), stranger(), member);
		Session blind = ended(scenario, this.feedbacks, ENDED.minus(Duration.ofDays(2)), stranger(), member);
		this.feedbacks.write(asHost.host(), asHost.booking(),
				new FeedbackForm(5, "", "Pertanyaan mahasiswa mengajari saya hal baru.", "", false, true));
		this.feedbacks.write(asHost.attendee(), asHost.booking(), new FeedbackForm(5, "", "", "", false, false));
		this.feedbacks.write(asAttendee.attendee(), asAttendee.booking(),
				new FeedbackForm(4, "", "Tidak untuk umum.", "", false, false));
		this.feedbacks.write(asAttendee.host(), asAttendee.booking(), new FeedbackForm(4, "", "", "", false, false));
		this.feedbacks.write(blind.attendee(), blind.booking(),
				new FeedbackForm(4, "", "Belum terungkap.", "", false, true));

		assertThat(this.published.insights(member)).extracting(Insight::learned, Insight::role)
			.containsExactly(tuple("Pertanyaan mahasiswa mengajari saya hal baru.", FeedbackRole.HOST));

		this.clock.set(ENDED.plus(Feedbacks.WINDOW));
		assertThat(this.published.insights(member)).as("the window closed: revealed")
			.extracting(Insight::learned)
			.containsExactly("Pertanyaan mahasiswa mengajari saya hal baru.", "Belum terungkap.");
	}

	@Test
	void aSessionReportedAsANoShowShowsNothing(Scenario scenario) {
		this.clock.set(ENDED.plus(Duration.ofHours(1)));
		AccountId host = stranger();
		Session session = ended(scenario, this.feedbacks, ENDED, host, stranger());
		this.feedbacks.write(session.attendee(), session.booking(),
				new FeedbackForm(1, "Host tidak datang.", "", "", true, true));
		assertThat(this.noShows.report(session.host(), session.booking())).isEqualTo(NoShowOutcome.RECORDED);

		this.clock.set(ENDED.plus(Feedbacks.WINDOW));
		assertThat(this.published.hostTrust(host).empty()).isTrue();
		assertThat(this.published.insights(session.attendee())).isEmpty();
	}

	private void bothWrite(Session session, int rating, boolean consent, String wentWell) {
		this.feedbacks.write(session.attendee(), session.booking(),
				new FeedbackForm(rating, wentWell, "Belajar banyak.", "", consent, false));
		this.feedbacks.write(session.host(), session.booking(), new FeedbackForm(5, "", "", "", false, false));
	}

}
