package id.ngupi.booking;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import id.ngupi.booking.BookingOutcome.Booked;
import id.ngupi.db.test.TestClock;
import id.ngupi.hosting.ExtraWindow;
import id.ngupi.hosting.Hosting;
import id.ngupi.hosting.OfferingId;
import id.ngupi.hosting.ScheduleOutcome;
import id.ngupi.hosting.TimeWindow;
import id.ngupi.identity.AccountId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

import static id.ngupi.booking.Fixtures.at;
import static id.ngupi.booking.Fixtures.monday;
import static id.ngupi.booking.Fixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a host's date holds: the sessions still to come on it in the zone of the host's
 * schedule, which a day off on that date would leave standing.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ExtendWith(MondayMorning.class)
class HostsDayTests {

	private static final LocalDate MONDAY = LocalDate.of(2027, 1, 4);

	private final Bookings bookings;

	private final BookingQueries queries;

	private final Hosting hosting;

	private final Fixtures fixtures;

	private final TestClock clock;

	HostsDayTests(@Autowired Bookings bookings, @Autowired BookingQueries queries, @Autowired Hosting hosting,
			@Autowired Fixtures fixtures, @Autowired TestClock clock) {
		this.bookings = bookings;
		this.queries = queries;
		this.hosting = hosting;
		this.fixtures = fixtures;
		this.clock = clock;
	}

	@Test
	void listsTheHostsConfirmedSessionsAndOpenRequestsOfTheDateSoonestFirst() {
		AccountId host = this.fixtures.host(10, true, 0);
		OfferingId offering = this.fixtures.offering(host);
		Booking later = book(this.fixtures.member("Dua"), offering, monday(20, 0));
		Booking earlier = book(this.fixtures.member("Satu"), offering, monday(19, 0));
		this.bookings.approve(host, earlier.id(), null);
		Booking cancelled = book(this.fixtures.member("Batal"), offering, monday(19, 30));
		this.bookings.cancel(host, cancelled.id(), "Ada urusan");
		Booking declined = book(this.fixtures.member("Tolak"), offering, monday(20, 30));
		this.bookings.decline(host, declined.id(), null);
		book(this.fixtures.member("Selasa"), offering, at(MONDAY.plusDays(1), 19, 0));

		List<Booking> day = this.queries.hostsComingOn(host, MONDAY);

		assertThat(day).extracting(Booking::id).containsExactly(earlier.id(), later.id());
		assertThat(day).extracting(Booking::status).containsExactly(BookingStatus.CONFIRMED, BookingStatus.PENDING);
	}

	@Test
	void readsTheDateInTheZoneOfTheHostsScheduleNotInUtc() {
		AccountId host = this.fixtures.host();
		OfferingId offering = this.fixtures.offering(host);
		// 06:30 on Tuesday in Jakarta is still Monday in UTC
		assertThat(this.hosting.addExtraWindow(host,
				new ExtraWindow(MONDAY.plusDays(1), TimeWindow.of(LocalTime.of(6, 0), LocalTime.of(8, 0)))))
			.isEqualTo(ScheduleOutcome.SAVED);
		Booking early = book(this.fixtures.member("Pagi"), offering, at(MONDAY.plusDays(1), 6, 30));
		assertThat(early.start()).isEqualTo(Instant.parse("2027-01-04T23:30:00Z"));

		assertThat(this.queries.hostsComingOn(host, MONDAY)).isEmpty();
		assertThat(this.queries.hostsComingOn(host, MONDAY.plusDays(1))).extracting(Booking::id)
			.containsExactly(early.id());
	}

	@Test
	void leavesOutRequestsPastTheirDeadlineSessionsThatEndedAndTheHostsOwnBookingsAsAttendee() {
		AccountId host = this.fixtures.host(3, true, 0);
		AccountId otherHost = this.fixtures.host();
		Booking overdue = book(this.fixtures.member("Telat"), this.fixtures.offering(host), monday(20, 0));
		Booking ended = book(this.fixtures.member("Selesai"), this.fixtures.offering(host), monday(19, 0));
		this.bookings.approve(host, ended.id(), null);
		Booking asAttendee = book(host, this.fixtures.offering(otherHost), monday(20, 30));
		assertThat(this.queries.hostsComingOn(host, MONDAY)).extracting(Booking::id)
			.containsExactly(ended.id(), overdue.id());

		// 19:40: the 20:00 request's hour of notice has begun, the 19:00 session is over
		this.clock.set(monday(19, 40));

		assertThat(this.queries.hostsComingOn(host, MONDAY)).isEmpty();
		assertThat(this.queries.hostsComingOn(otherHost, MONDAY)).extracting(Booking::id)
			.containsExactly(asAttendee.id());
		assertThat(this.queries.hostsComingOn(this.fixtures.member("Bukan host"), MONDAY)).isEmpty();
	}

	@Test
	void aDateNoSessionCanBeOnHoldsNoneEvenAtTheEndsOfTime() {
		AccountId host = this.fixtures.host();
		book(this.fixtures.member("Ada"), this.fixtures.offering(host), monday(19, 0));

		for (LocalDate date : List.of(LocalDate.MIN, MONDAY.minusDays(2), MONDAY.plusYears(2), LocalDate.MAX)) {
			assertThat(this.queries.hostsComingOn(host, date)).as(date.toString()).isEmpty();
		}
		assertThat(this.queries.hostsComingOn(host, MONDAY)).hasSize(1);
	}

	private Booking book(AccountId attendee, OfferingId offering, Instant start) {
		return ((Booked) this.bookings.book(attendee, request(offering, start))).booking();
	}

}
