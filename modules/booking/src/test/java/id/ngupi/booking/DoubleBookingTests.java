package id.ngupi.booking;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import id.ngupi.booking.BookingOutcome.AlreadyBooked;
import id.ngupi.booking.BookingOutcome.Booked;
import id.ngupi.booking.BookingOutcome.Refusal;
import id.ngupi.booking.BookingOutcome.Refused;
import id.ngupi.hosting.Hosting;
import id.ngupi.hosting.OfferingChange;
import id.ngupi.hosting.OfferingId;
import id.ngupi.identity.AccountId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

import static id.ngupi.booking.Fixtures.monday;
import static id.ngupi.booking.Fixtures.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Double booking is impossible, not just unlikely: requests racing for one slot, one
 * attendee racing into two hosts' overlapping slots, and one form sent twice at once each
 * end with exactly one booking, every loser told why at once, nothing else changed.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ExtendWith(MondayMorning.class)
class DoubleBookingTests {

	private static final int RACERS = 50;

	private final Bookings bookings;

	private final BookingQueries queries;

	private final JdbcTemplate jdbc;

	private final Hosting hosting;

	private final Fixtures fixtures;

	DoubleBookingTests(@Autowired Bookings bookings, @Autowired BookingQueries queries, @Autowired Hosting hosting,
			@Autowired Fixtures fixtures, @Autowired JdbcTemplate jdbc) {
		this.bookings = bookings;
		this.queries = queries;
		this.jdbc = jdbc;
		this.hosting = hosting;
		this.fixtures = fixtures;
	}

	@Test
	void fiftyAttendeesRacingForOneSlotLeaveExactlyOneBooking() throws Exception {
		AccountId host = this.fixtures.host(50, false, 0);
		OfferingId offering = this.fixtures.offering(host);
		List<AccountId> attendees = new ArrayList<>();
		for (int i = 0; i < RACERS; i++) {
			attendees.add(this.fixtures.member("Racer"));
		}

		List<BookingOutcome> outcomes = race(attendees.stream()
			.map(attendee -> (Callable<BookingOutcome>) () -> this.bookings.book(attendee,
					request(offering, monday(19, 0))))
			.toList());

		assertThat(outcomes).filteredOn(Booked.class::isInstance).hasSize(1);
		assertThat(outcomes).filteredOn(Refused.class::isInstance).hasSize(RACERS - 1).allSatisfy(outcome -> {
			Refused refused = (Refused) outcome;
			assertThat(refused.reason()).isEqualTo(Refusal.SLOT_TAKEN);
			assertThat(refused.alternatives()).isNotEmpty().noneMatch(slot -> slot.start().equals(monday(19, 0)));
		});
		assertThat(rows("select count(*) from booking.booking where host_id = ?", host)).isOne();
		assertThat(rows("select coalesce(sum(used), 0) from booking.quota_use where offering_id = ?", offering.value()))
			.as("the losers' quota claims were rolled back")
			.isOne();
	}

	@Test
	void oneAttendeeRacingIntoTwoHostsOverlappingSlotsGetsOne() throws Exception {
		AccountId attendee = this.fixtures.member("Serakah");
		OfferingId first = this.fixtures.offering(this.fixtures.host());
		OfferingId second = this.fixtures.offering(this.fixtures.host());

		List<BookingOutcome> outcomes = race(List.of(() -> this.bookings.book(attendee, request(first, monday(19, 0))),
				() -> this.bookings.book(attendee, request(second, monday(19, 0)))));

		assertThat(outcomes).filteredOn(Booked.class::isInstance).hasSize(1);
		assertThat(outcomes).filteredOn(Refused.class::isInstance)
			.singleElement()
			.extracting(outcome -> ((Refused) outcome).reason())
			.isEqualTo(Refusal.ATTENDEE_BUSY);
		assertThat(this.queries.asAttendee(attendee)).hasSize(1);
	}

	@Test
	void twoAttendeesRacingForOneHostsTimeThroughTwoOfferingsGetOneBooking() throws Exception {
		AccountId host = this.fixtures.host(50, false, 0);
		OfferingId first = this.fixtures.offering(host);
		OfferingId second = this.hosting
			.addOffering(host, new OfferingChange("Ngupi 60 menit", 60, "", "Topik apa?", false, 50, 1, 21, 0, null))
			.orElseThrow();
		AccountId one = this.fixtures.member("Satu");
		AccountId two = this.fixtures.member("Dua");

		for (int round = 0; round < 5; round++) {
			java.time.Instant start = monday(19, 0).plus(java.time.Duration.ofDays(round));
			List<BookingOutcome> outcomes = race(List.of(() -> this.bookings.book(one, request(first, start)),
					() -> this.bookings.book(two, request(second, start))));

			assertThat(outcomes).filteredOn(Booked.class::isInstance).hasSize(1);
			assertThat(outcomes).filteredOn(Refused.class::isInstance)
				.singleElement()
				.extracting(outcome -> ((Refused) outcome).reason())
				.isEqualTo(Refusal.SLOT_TAKEN);
			Booking won = outcomes.stream()
				.filter(Booked.class::isInstance)
				.map(outcome -> ((Booked) outcome).booking())
				.findFirst()
				.orElseThrow();
			// free both attendees for the next round; the host's time stays taken
			this.jdbc.update("update booking.booking set attendee_id = ? where id = ?",
					this.fixtures.member("Pengganti").value(), won.id().value());
		}
		assertThat(rows("select count(*) from booking.booking where host_id = ?", host)).isEqualTo(5);
	}

	@Test
	void theSameFormSentTwiceAtOnceBooksOnceAndTheSecondAnswerPointsToIt() throws Exception {
		AccountId attendee = this.fixtures.member("Dobel");
		OfferingId offering = this.fixtures.offering(this.fixtures.host());
		BookingRequest form = new BookingRequest(offering, monday(19, 0), List.of("frontend"), Fixtures.ANSWER,
				UUID.randomUUID());

		List<BookingOutcome> outcomes = race(
				List.of(() -> this.bookings.book(attendee, form), () -> this.bookings.book(attendee, form)));

		Booking booked = outcomes.stream()
			.filter(Booked.class::isInstance)
			.map(outcome -> ((Booked) outcome).booking())
			.findFirst()
			.orElseThrow();
		assertThat(outcomes).filteredOn(AlreadyBooked.class::isInstance)
			.singleElement()
			.extracting(outcome -> ((AlreadyBooked) outcome).booking().id())
			.isEqualTo(booked.id());
		assertThat(this.queries.asAttendee(attendee)).hasSize(1);
	}

	@Test
	void theDatabaseItselfRefusesOverlappingLiveBookings() {
		AccountId host = this.fixtures.host();
		AccountId attendee = this.fixtures.member("Satu");
		Booking booking = ((Booked) this.bookings.book(attendee, request(this.fixtures.offering(host), monday(19, 0))))
			.booking();
		String copy = """
				insert into booking.booking (offering_id, host_id, attendee_id, starts_at, ends_at, host_free_at,
				  status, topics, answer, quota_week, request_key)
				select offering_id, host_id, ?, starts_at + interval '15 minutes', ends_at + interval '15 minutes',
				  host_free_at + interval '15 minutes', 'confirmed', topics, answer, quota_week, gen_random_uuid()
				from booking.booking where id = ?""";

		assertThatExceptionOfType(DataIntegrityViolationException.class).as("the host's time")
			.isThrownBy(() -> this.jdbc.update(copy, this.fixtures.member("Dua").value(), booking.id().value()))
			.withMessageContaining("booking_host_no_overlap");
		this.jdbc.update("update booking.booking set status = 'cancelled', cancelled_by = host_id where id = ?",
				booking.id().value());
		assertThat(this.jdbc.update(copy, this.fixtures.member("Dua").value(), booking.id().value()))
			.as("a cancelled booking holds no time")
			.isOne();
	}

	private List<BookingOutcome> race(List<Callable<BookingOutcome>> requests) throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(requests.size());
		CountDownLatch start = new CountDownLatch(1);
		List<Future<BookingOutcome>> futures = new ArrayList<>();
		for (Callable<BookingOutcome> request : requests) {
			futures.add(threads.submit(() -> {
				start.await();
				return request.call();
			}));
		}
		start.countDown();
		List<BookingOutcome> outcomes = new ArrayList<>();
		for (Future<BookingOutcome> future : futures) {
			outcomes.add(future.get(60, TimeUnit.SECONDS));
		}
		threads.shutdown();
		return outcomes;
	}

	private int rows(String sql, Object id) {
		Object value = (id instanceof AccountId account) ? account.value() : id;
		return this.jdbc.queryForObject(sql, Integer.class, value);
	}

}
