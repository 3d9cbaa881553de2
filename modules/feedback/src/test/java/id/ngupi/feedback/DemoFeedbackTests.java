package id.ngupi.feedback;

import java.util.List;

import id.ngupi.booking.Booking;
import id.ngupi.booking.BookingStatus;
import id.ngupi.booking.BookingQueries;
import id.ngupi.identity.Account;
import id.ngupi.identity.AccountId;
import id.ngupi.identity.Accounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A demo run shows ratings, testimonials and insights on several host pages at once:
 * every demo session whose window closed carries both sides' feedback, revealed; a
 * session of the last days only the host's, so its attendee is asked; made only once.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ActiveProfiles("demo")
class DemoFeedbackTests {

	private final Accounts accounts;

	private final BookingQueries queries;

	private final Feedbacks feedbacks;

	private final PublicFeedback published;

	private final List<ApplicationRunner> runners;

	DemoFeedbackTests(@Autowired Accounts accounts, @Autowired BookingQueries queries, @Autowired Feedbacks feedbacks,
			@Autowired PublicFeedback published, @Autowired List<ApplicationRunner> runners) {
		this.accounts = accounts;
		this.queries = queries;
		this.feedbacks = feedbacks;
		this.published = published;
		this.runners = runners;
	}

	@Test
	void severalHostPagesShowRatingsTestimonialsAndInsightsAndARecentSessionAsksItsAttendee() throws Exception {
		List<AccountId> demo = this.accounts.demoAccounts().stream().map(Account::id).toList();
		List<Booking> past = demo.stream()
			.flatMap(host -> this.queries.asHost(host).stream())
			.filter(booking -> booking.status() == BookingStatus.COMPLETED)
			.toList();
		assertThat(past).isNotEmpty();
		for (Booking session : past) {
			SessionFeedback attendees = this.feedbacks.of(session.attendee(), session.id()).orElseThrow();
			if (attendees.state() == SessionFeedback.State.REVEALED) {
				assertThat(attendees.own()).isNotNull();
				assertThat(attendees.other()).as("the host wrote too").isNotNull();
			}
			else {
				assertThat(attendees.writable()).as("a recent session waits for its attendee").isTrue();
				assertThat(attendees.own()).isNull();
			}
		}
		assertThat(past)
			.filteredOn(session -> this.feedbacks.of(session.attendee(), session.id()).orElseThrow().writable())
			.as("sessions of the last days")
			.isNotEmpty();
		List<HostTrust> trusted = demo.stream()
			.map(this.published::hostTrust)
			.filter(trust -> trust.average().isPresent() && !trust.testimonials().isEmpty())
			.toList();
		assertThat(trusted).as("host pages with an average and testimonials").hasSizeGreaterThanOrEqualTo(3);
		assertThat(demo.stream().filter(member -> !this.published.insights(member).isEmpty()))
			.as("members sharing what they learned")
			.hasSizeGreaterThanOrEqualTo(3);

		int written = written(past);
		for (ApplicationRunner runner : this.runners) {
			runner.run(new DefaultApplicationArguments());
		}
		assertThat(written(past)).as("made once").isEqualTo(written);
	}

	private int written(List<Booking> past) {
		return (int) past.stream()
			.map(session -> this.feedbacks.of(session.host(), session.id()).orElseThrow())
			.filter(view -> view.own() != null)
			.count();
	}

}
