package id.ngupi.booking;

import java.time.Instant;

import id.ngupi.booking.BookingOutcome.Booked;
import id.ngupi.db.test.TestClock;
import id.ngupi.hosting.OfferingId;
import id.ngupi.identity.AccountId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

import static id.ngupi.booking.Fixtures.monday;
import static id.ngupi.booking.Fixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member's list of sessions as booking groups it: the groups read in SQL agree with
 * {@link Booking#phase}, and the history comes a page at a time.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ExtendWith(MondayMorning.class)
class SessionListTests {

	private final Bookings bookings;

	private final BookingQueries queries;

	private final Fixtures fixtures;

	private final TestClock clock;

	SessionListTests(@Autowired Bookings bookings, @Autowired BookingQueries queries, @Autowired Fixtures fixtures,
			@Autowired TestClock clock) {
		this.bookings = bookings;
		this.queries = queries;
		this.fixtures = fixtures;
		this.clock = clock;
	}

	@Test
	void groupsSessionsByTheirPhaseAndMovesThemAsTimePasses() {
		AccountId host = this.fixtures.host(10, true, 0);
		OfferingId offering = this.fixtures.offering(host);
		AccountId waitingAttendee = this.fixtures.member("Menunggu");
		Booking early = book(this.fixtures.member("Awal"), offering, monday(19, 0));
		this.bookings.approve(host, early.id(), null);
		Booking waiting = book(waitingAttendee, offering, monday(20, 0));
		Booking cancelled = book(this.fixtures.member("Batal"), offering, monday(19, 30));
		this.bookings.cancel(cancelled.attendee(), cancelled.id(), null);
		Booking late = book(this.fixtures.member("Malam"), offering, monday(20, 30));
		this.bookings.approve(host, late.id(), null);

		SessionList morning = this.queries.sessions(host, true, 0);

		assertThat(morning.waiting()).extracting(Booking::id).containsExactly(waiting.id());
		assertThat(morning.coming()).extracting(Booking::id).containsExactly(early.id(), late.id());
		assertThat(morning.history()).extracting(Booking::id).containsExactly(cancelled.id());
		assertThat(morning.moreHistory()).isFalse();
		assertAgreesWithPhase(morning);
		assertThat(this.queries.sessions(waitingAttendee, false, 0).waiting()).extracting(Booking::id)
			.containsExactly(waiting.id());
		assertThat(this.queries.sessions(waitingAttendee, true, 0).all()).isEmpty();

		// 19:40: the 19:00 session is over, the 20:00 request's deadline has come
		// although
		// no scheduled run has marked it expired yet
		this.clock.set(monday(19, 40));
		SessionList evening = this.queries.sessions(host, true, 0);

		assertThat(evening.waiting()).isEmpty();
		assertThat(evening.coming()).extracting(Booking::id).containsExactly(late.id());
		assertThat(evening.history()).extracting(Booking::id).containsExactly(waiting.id(), cancelled.id(), early.id());
		assertThat(evening.history()).extracting(Booking::status)
			.containsExactly(BookingStatus.PENDING, BookingStatus.CANCELLED, BookingStatus.CONFIRMED);
		assertAgreesWithPhase(evening);
	}

	@Test
	void showsTheHistoryAPageAtATimeMostRecentFirst() {
		AccountId host = this.fixtures.host();
		OfferingId offering = this.fixtures.offering(host);
		AccountId attendee = this.fixtures.member("Sering");
		int sessions = BookingQueries.HISTORY_PAGE + 2;
		for (int i = 0; i < sessions; i++) {
			Booking booked = book(attendee, offering, monday(19, 0));
			this.bookings.cancel(attendee, booked.id(), null);
		}

		SessionList first = this.queries.sessions(attendee, false, 0);
		SessionList more = this.queries.sessions(attendee, false, BookingQueries.HISTORY_PAGE + 1);
		SessionList all = this.queries.sessions(attendee, false, 2 * BookingQueries.HISTORY_PAGE);

		assertThat(first.history()).hasSize(BookingQueries.HISTORY_PAGE);
		assertThat(first.moreHistory()).isTrue();
		assertThat(more.history()).hasSize(BookingQueries.HISTORY_PAGE + 1).startsWith(first.history().get(0));
		assertThat(more.moreHistory()).isTrue();
		assertThat(all.history()).hasSize(sessions).doesNotHaveDuplicates();
		assertThat(all.moreHistory()).isFalse();
		assertThat(this.queries.asAttendee(attendee)).hasSize(sessions);
		// a page smaller than the first, or one beyond any list, is read as the nearest
		assertThat(this.queries.sessions(attendee, false, -5).history()).hasSize(BookingQueries.HISTORY_PAGE);
		assertThat(this.queries.sessions(attendee, false, Integer.MAX_VALUE).history()).hasSize(sessions);
	}

	private void assertAgreesWithPhase(SessionList list) {
		assertThat(list.waiting()).allMatch(booking -> booking.phase(list.at()) == BookingPhase.WAITING);
		assertThat(list.coming()).allMatch(booking -> booking.phase(list.at()) == BookingPhase.COMING);
		assertThat(list.history()).allMatch(booking -> booking.phase(list.at()) == BookingPhase.HISTORY);
	}

	private Booking book(AccountId attendee, OfferingId offering, Instant start) {
		return ((Booked) this.bookings.book(attendee, request(offering, start))).booking();
	}

}
