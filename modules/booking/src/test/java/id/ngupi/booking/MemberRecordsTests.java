package id.ngupi.booking;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import id.ngupi.booking.BookingOutcome.Booked;
import id.ngupi.booking.internal.PassedBookings;
import id.ngupi.db.test.TestClock;
import id.ngupi.hosting.OfferingId;
import id.ngupi.identity.AccountId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member's record counts only what took place: completed sessions held and the
 * different people met in them, sessions attended, and the median time the host took to
 * approve a request, shown only from three approvals.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ExtendWith(MondayMorning.class)
class MemberRecordsTests {

	private final Bookings bookings;

	private final MemberRecords records;

	private final PassedBookings passed;

	private final OpenSlots openSlots;

	private final Fixtures fixtures;

	private final TestClock clock;

	MemberRecordsTests(@Autowired Bookings bookings, @Autowired MemberRecords records, @Autowired PassedBookings passed,
			@Autowired OpenSlots openSlots, @Autowired Fixtures fixtures, @Autowired TestClock clock) {
		this.bookings = bookings;
		this.records = records;
		this.passed = passed;
		this.openSlots = openSlots;
		this.fixtures = fixtures;
		this.clock = clock;
	}

	@Test
	void onlyCompletedSessionsCountAndTheAnsweringTimeShowsFromThreeApprovals() {
		AccountId host = this.fixtures.host(4, true, 0);
		OfferingId offering = this.fixtures.offering(host);
		List<Instant> open = this.openSlots.of(offering).stream().map(OpenSlot::start).limit(4).toList();
		AccountId regular = this.fixtures.member("Langganan");
		List<Booking> requests = List.of(book(regular, offering, open.get(0)),
				book(this.fixtures.member("Dua"), offering, open.get(1)),
				book(this.fixtures.member("Tiga"), offering, open.get(2)));
		Booking declined = book(this.fixtures.member("Ditolak"), offering, open.get(3));
		assertThat(this.records.of(host)).isEqualTo(new MemberRecord(0, 0, 0, Optional.empty()));

		Instant requested = this.clock.instant();
		this.clock.set(requested.plus(Duration.ofHours(1)));
		this.bookings.approve(host, requests.get(0).id(), null);
		this.clock.set(requested.plus(Duration.ofHours(5)));
		this.bookings.approve(host, requests.get(1).id(), null);
		this.bookings.decline(host, declined.id(), "Maaf, minggu ini penuh.");
		assertThat(this.records.of(host).usualAnswer()).as("two approvals are too few").isEmpty();
		this.clock.set(requested.plus(Duration.ofHours(2)));
		this.bookings.approve(host, requests.get(2).id(), null);
		assertThat(this.records.of(host).usualAnswer()).as("the median of 1, 5 and 2 hours")
			.contains(Duration.ofHours(2));
		assertThat(this.records.of(host).sessionsHeld()).as("nothing took place yet").isZero();

		this.clock.set(open.get(3).plus(Duration.ofHours(2)));
		this.passed.moveOn();

		MemberRecord hosted = this.records.of(host);
		assertThat(hosted.sessionsHeld()).isEqualTo(3);
		assertThat(hosted.peopleMet()).isEqualTo(3);
		assertThat(hosted.sessionsAttended()).isZero();
		assertThat(this.records.of(regular).sessionsAttended()).isEqualTo(1);
		assertThat(this.records.of(regular).sessionsHeld()).isZero();
	}

	private Booking book(AccountId attendee, OfferingId offering, Instant start) {
		return ((Booked) this.bookings.book(attendee,
				new BookingRequest(offering, start, List.of("frontend"), Fixtures.ANSWER, UUID.randomUUID())))
			.booking();
	}

}
