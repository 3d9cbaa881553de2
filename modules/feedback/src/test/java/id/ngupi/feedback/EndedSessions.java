package id.ngupi.feedback;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import id.ngupi.booking.BookingEvents.BookingCompleted;
import id.ngupi.booking.BookingId;
import id.ngupi.hosting.TopicSlug;
import id.ngupi.identity.AccountId;

import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;

/** Sessions between new members that ended, told the way booking tells them. */
final class EndedSessions {

	private EndedSessions() {
	}

	/** A session that ended at {@code end}, once both sides are asked. */
	static Session ended(Scenario scenario, Feedbacks feedbacks, Instant end, String... topics) {
		Session session = new Session(new BookingId(UUID.randomUUID()), stranger(), stranger());
		List<TopicSlug> slugs = (topics.length == 0) ? List.of(new TopicSlug("karier"))
				: List.of(topics).stream().map(TopicSlug::new).toList();
		scenario.publish(new BookingCompleted(session.booking(), session.host(), session.attendee(), end, slugs))
			.andWaitForStateChange(() -> feedbacks.of(session.attendee(), session.booking())
				.flatMap(found -> feedbacks.of(session.host(), session.booking())))
			.andVerify(found -> assertThat(found).isPresent());
		return session;
	}

	/** A session with a given host and attendee, once both sides are asked. */
	static Session ended(Scenario scenario, Feedbacks feedbacks, Instant end, AccountId host, AccountId attendee) {
		Session session = new Session(new BookingId(UUID.randomUUID()), host, attendee);
		scenario.publish(new BookingCompleted(session.booking(), host, attendee, end, List.of(new TopicSlug("karier"))))
			.andWaitForStateChange(() -> feedbacks.of(attendee, session.booking())
				.flatMap(found -> feedbacks.of(host, session.booking())))
			.andVerify(found -> assertThat(found).isPresent());
		return session;
	}

	static AccountId stranger() {
		return new AccountId(UUID.randomUUID());
	}

	record Session(BookingId booking, AccountId host, AccountId attendee) {
	}

}
