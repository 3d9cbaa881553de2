package id.ngupi.booking;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

import id.ngupi.booking.BookingOutcome.Booked;
import id.ngupi.hosting.HostDirectory;
import id.ngupi.hosting.HostProfile;
import id.ngupi.hosting.Hosting;
import id.ngupi.hosting.ScheduleOutcome;
import id.ngupi.identity.AccountId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

import static id.ngupi.booking.Fixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The time discovery sorts and filters hosts by is the host's real next open time, the
 * one their card shows: a booked slot and a used-up weekly quota take it away, a
 * cancellation gives it back.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ExtendWith(MondayMorning.class)
class ListedOpenTimesTests {

	private static final Instant TUESDAY_EVENING = Fixtures.at(LocalDate.of(2027, 1, 5), 19, 0);

	private final Bookings bookings;

	private final OpenSlots openSlots;

	private final Hosting hosting;

	private final HostDirectory directory;

	private final Fixtures fixtures;

	ListedOpenTimesTests(@Autowired Bookings bookings, @Autowired OpenSlots openSlots, @Autowired Hosting hosting,
			@Autowired HostDirectory directory, @Autowired Fixtures fixtures) {
		this.bookings = bookings;
		this.openSlots = openSlots;
		this.hosting = hosting;
		this.directory = directory;
		this.fixtures = fixtures;
	}

	@Test
	void aBookedOnlySlotLeavesTheHostWithoutTimeUntilItIsCancelled(Scenario scenario) {
		AccountId host = this.fixtures.hostWithoutTimes();
		assertThat(this.hosting.addOneOffSlot(host, this.fixtures.offering(host), LocalDateTime.of(2027, 1, 5, 19, 0)))
			.isEqualTo(ScheduleOutcome.SAVED);
		assertThat(listed(host)).isEqualTo(TUESDAY_EVENING);
		AccountId attendee = this.fixtures.member("Rina");

		AtomicReference<Booking> booking = new AtomicReference<>();

		scenario
			.stimulate(() -> booking
				.set(((Booked) this.bookings.book(attendee, request(this.fixtures.offering(host), TUESDAY_EVENING)))
					.booking()))
			.andWaitForStateChange(() -> listed(host) == null, Boolean::booleanValue)
			.andVerify(unlisted -> assertThat(this.openSlots.nextOpen(List.of(host))).isEmpty());

		scenario.stimulate(() -> this.bookings.cancel(attendee, booking.get().id(), "Ada urusan mendadak"))
			.andWaitForStateChange(() -> Objects.equals(listed(host), TUESDAY_EVENING), Boolean::booleanValue)
			.andVerify(listedAgain -> assertThat(listedAgain).isTrue());
	}

	@Test
	void aUsedUpWeeklyQuotaMovesTheHostToNextWeek(Scenario scenario) {
		AccountId host = this.fixtures.host(1, false, 0);
		Instant mondayEvening = Fixtures.monday(19, 0);
		assertThat(listed(host)).isEqualTo(mondayEvening);

		scenario
			.stimulate(() -> this.bookings.book(this.fixtures.member("Rina"),
					request(this.fixtures.offering(host), mondayEvening)))
			.andWaitForStateChange(() -> listed(host), next -> !Objects.equals(next, mondayEvening))
			.andVerify(next -> {
				assertThat(next).isEqualTo(Fixtures.at(LocalDate.of(2027, 1, 11), 19, 0));
				assertThat(next).isEqualTo(this.openSlots.nextOpen(List.of(host)).get(host).start());
			});
	}

	private Instant listed(AccountId host) {
		return this.directory.find(host).map(HostProfile::nextCandidateAt).orElse(null);
	}

}
