package id.ngupi.booking;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import id.ngupi.booking.BookingEvents.WaitlistTimesOpened;
import id.ngupi.booking.BookingOutcome.Booked;
import id.ngupi.booking.Waitlist.JoinOutcome;
import id.ngupi.db.test.TestClock;
import id.ngupi.hosting.Hosting;
import id.ngupi.hosting.ScheduleOutcome;
import id.ngupi.identity.AccountId;
import id.ngupi.identity.Accounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

import static id.ngupi.booking.Fixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Waiting for a host with no open time: joining only makes sense while nothing is open,
 * and when time opens (new hours, a cancelled or declined booking) the opening is
 * announced with how many slots opened; those waiting are told first come first served,
 * no more of them than there are open slots, and only by whoever records the telling.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ExtendWith(MondayMorning.class)
class WaitlistTests {

	private final Waitlist waitlist;

	private final Bookings bookings;

	private final Hosting hosting;

	private final TestClock clock;

	private final Accounts accounts;

	private final Fixtures fixtures;

	WaitlistTests(@Autowired Waitlist waitlist, @Autowired Bookings bookings, @Autowired Accounts accounts,
			@Autowired Hosting hosting, @Autowired Fixtures fixtures, @Autowired TestClock clock) {
		this.waitlist = waitlist;
		this.bookings = bookings;
		this.hosting = hosting;
		this.clock = clock;
		this.accounts = accounts;
		this.fixtures = fixtures;
	}

	@Test
	void nobodyJoinsTheWaitlistOfAHostAModeratorHid() {
		AccountId full = this.fixtures.hostWithoutTimes();
		AccountId member = this.fixtures.member("Sari");
		this.hosting.hide(full);

		assertThat(this.waitlist.join(member, full)).isEqualTo(JoinOutcome.NOT_HOSTING);
		assertThat(this.waitlist.isWaiting(member, full)).isFalse();
	}

	@Test
	void joinsOnlyAHostWithNoOpenTimeAndOnlyOnce() {
		AccountId busy = this.fixtures.host();
		AccountId full = this.fixtures.hostWithoutTimes();
		AccountId member = this.fixtures.member("Sari");

		assertThat(this.waitlist.join(member, busy)).isEqualTo(JoinOutcome.TIMES_OPEN);
		assertThat(this.waitlist.isWaiting(member, busy)).isFalse();
		assertThat(this.waitlist.join(full, full)).isEqualTo(JoinOutcome.OWN_HOST);
		assertThat(this.waitlist.join(member, member)).isEqualTo(JoinOutcome.OWN_HOST);
		assertThat(this.waitlist.join(member, this.fixtures.member("Bukan host"))).isEqualTo(JoinOutcome.NOT_HOSTING);

		assertThat(this.waitlist.join(member, full)).isEqualTo(JoinOutcome.JOINED);
		assertThat(this.waitlist.join(member, full)).isEqualTo(JoinOutcome.JOINED);
		assertThat(this.waitlist.isWaiting(member, full)).isTrue();

		this.waitlist.leave(member, full);
		this.waitlist.leave(member, full);
		assertThat(this.waitlist.isWaiting(member, full)).isFalse();
	}

	@Test
	void aDeletedMemberLeavesEveryWaitlist(Scenario scenario) {
		AccountId host = this.fixtures.hostWithoutTimes();
		AccountId member = this.fixtures.member("Hilang");
		this.waitlist.join(member, host);

		scenario.stimulate(() -> this.accounts.delete(member))
			.andWaitForStateChange(() -> !this.waitlist.isWaiting(member, host), Boolean::booleanValue)
			.andVerify(left -> assertThat(left).isTrue());
	}

	@Test
	void newHoursTellEveryoneWaitingInTheOrderTheyJoined(Scenario scenario) {
		AccountId host = this.fixtures.hostWithoutTimes();
		AccountId first = this.fixtures.member("Pertama");
		AccountId second = this.fixtures.member("Kedua");
		this.waitlist.join(first, host);
		this.clock.advance(Duration.ofMinutes(1));
		this.waitlist.join(second, host);
		this.waitlist.join(first, host);

		WaitlistTimesOpened opened = opening(scenario, host, () -> this.fixtures.openEveryEvening(host));

		assertThat(opened.openSlots()).isGreaterThan(2);
		assertThat(this.waitlist.tellFirst(host, opened.openSlots())).containsExactly(first, second);
		assertThat(this.waitlist.isWaiting(first, host)).isFalse();
		assertThat(this.waitlist.isWaiting(second, host)).isFalse();
		assertThat(this.waitlist.tellFirst(host, opened.openSlots())).isEmpty();
	}

	@Test
	void nobodyLosesTheirPlaceUntilTheyAreTold(Scenario scenario) {
		AccountId host = this.fixtures.hostWithoutTimes();
		AccountId member = this.fixtures.member("Sabar");
		this.waitlist.join(member, host);

		opening(scenario, host, () -> this.fixtures.openEveryEvening(host));

		assertThat(this.waitlist.isWaiting(member, host)).isTrue();
	}

	@Test
	void aCancelledBookingOpensOneSlotForTheFirstInLine(Scenario scenario) {
		AccountId host = this.fixtures.hostWithoutTimes();
		assertThat(this.hosting.addOneOffSlot(host, this.fixtures.offering(host), LocalDateTime.of(2027, 1, 5, 19, 0)))
			.isEqualTo(ScheduleOutcome.SAVED);
		AccountId attendee = this.fixtures.member("Rina");
		Booking booking = ((Booked) this.bookings.book(attendee,
				request(this.fixtures.offering(host), Fixtures.at(java.time.LocalDate.of(2027, 1, 5), 19, 0))))
			.booking();
		List<AccountId> line = List.of(this.fixtures.member("Satu"), this.fixtures.member("Dua"),
				this.fixtures.member("Tiga"));
		for (AccountId member : line) {
			assertThat(this.waitlist.join(member, host)).isEqualTo(JoinOutcome.JOINED);
			this.clock.advance(Duration.ofMinutes(1));
		}

		WaitlistTimesOpened opened = opening(scenario, host,
				() -> this.bookings.cancel(attendee, booking.id(), "Ada urusan mendadak"));

		assertThat(opened.openSlots()).isEqualTo(1);
		assertThat(this.waitlist.tellFirst(host, opened.openSlots())).containsExactly(line.get(0));
		assertThat(this.waitlist.isWaiting(line.get(0), host)).isFalse();
		assertThat(this.waitlist.isWaiting(line.get(1), host)).isTrue();
		assertThat(this.waitlist.isWaiting(line.get(2), host)).isTrue();
	}

	@Test
	void aDeclinedRequestOpensItsSlot(Scenario scenario) {
		AccountId host = this.fixtures.host(3, true, 0);
		this.hosting.replaceWeeklySchedule(host, List.of());
		assertThat(this.hosting.addOneOffSlot(host, this.fixtures.offering(host), LocalDateTime.of(2027, 1, 5, 19, 0)))
			.isEqualTo(ScheduleOutcome.SAVED);
		Booking pending = ((Booked) this.bookings.book(this.fixtures.member("Eko"),
				request(this.fixtures.offering(host), Fixtures.at(java.time.LocalDate.of(2027, 1, 5), 19, 0))))
			.booking();
		AccountId waiting = this.fixtures.member("Menunggu");
		assertThat(this.waitlist.join(waiting, host)).isEqualTo(JoinOutcome.JOINED);

		WaitlistTimesOpened opened = opening(scenario, host,
				() -> this.bookings.decline(host, pending.id(), "Maaf, minggu ini penuh"));

		assertThat(opened.openSlots()).isEqualTo(1);
		assertThat(this.waitlist.tellFirst(host, opened.openSlots())).containsExactly(waiting);
	}

	@Test
	void aMemberWhoWasToldAndJoinsAgainGoesToTheBackOfTheLine(Scenario scenario) {
		AccountId host = this.fixtures.hostWithoutTimes();
		AccountId early = this.fixtures.member("Awal");
		this.waitlist.join(early, host);
		assertThat(this.waitlist.tellFirst(host, 5)).containsExactly(early);
		AccountId other = this.fixtures.member("Lain");
		this.clock.advance(Duration.ofMinutes(1));
		this.waitlist.join(other, host);
		this.clock.advance(Duration.ofMinutes(1));
		assertThat(this.waitlist.join(early, host)).isEqualTo(JoinOutcome.JOINED);

		WaitlistTimesOpened opened = opening(scenario, host, () -> this.fixtures.openEveryEvening(host));

		assertThat(this.waitlist.tellFirst(host, opened.openSlots())).containsExactly(other, early);
	}

	@Test
	void everyoneOnTheListToldOrNotIsListedInTheOrderTheyJoinedAndKeepsTheirPlace() {
		AccountId host = this.fixtures.hostWithoutTimes();
		AccountId told = this.fixtures.member("Sudah dikabari");
		this.waitlist.join(told, host);
		assertThat(this.waitlist.tellFirst(host, 1)).containsExactly(told);
		this.clock.advance(Duration.ofMinutes(1));
		AccountId second = this.fixtures.member("Kedua");
		this.waitlist.join(second, host);
		this.clock.advance(Duration.ofMinutes(1));
		AccountId third = this.fixtures.member("Ketiga");
		this.waitlist.join(third, host);
		AccountId otherHost = this.fixtures.hostWithoutTimes();
		AccountId elsewhere = this.fixtures.member("Di tempat lain");
		this.waitlist.join(elsewhere, otherHost);

		assertThat(this.waitlist.everyone(host)).containsExactly(told, second, third);
		assertThat(this.waitlist.everyone(host)).as("listing them marks nobody told")
			.containsExactly(told, second, third);
		assertThat(this.waitlist.isWaiting(second, host)).isTrue();
		assertThat(this.waitlist.tellFirst(host, 5)).containsExactly(second, third);
		assertThat(this.waitlist.everyone(otherHost)).containsExactly(elsewhere);
		assertThat(this.waitlist.everyone(elsewhere)).as("nobody waits for a member who does not host").isEmpty();
	}

	/** What the change announces about the host's waitlist, once it has arrived. */
	private static WaitlistTimesOpened opening(Scenario scenario, AccountId host, Runnable change) {
		AtomicReference<WaitlistTimesOpened> opened = new AtomicReference<>();
		scenario.stimulate(change)
			.andWaitForEventOfType(WaitlistTimesOpened.class)
			.matching(event -> event.host().equals(host))
			.toArriveAndVerify(opened::set);
		return opened.get();
	}

}
