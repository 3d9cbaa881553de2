package id.ngupi.booking;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import id.ngupi.booking.BookingOutcome.Booked;
import id.ngupi.booking.BookingOutcome.Refusal;
import id.ngupi.booking.BookingOutcome.Refused;
import id.ngupi.booking.HoldOutcome.Held;
import id.ngupi.booking.HoldOutcome.NotOpen;
import id.ngupi.booking.HoldOutcome.Overlapping;
import id.ngupi.hosting.OfferingId;
import id.ngupi.identity.AccountId;
import id.ngupi.identity.Accounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

import static id.ngupi.booking.Fixtures.monday;
import static id.ngupi.booking.Fixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Held times (a round's): all or nothing, never over a week's quota, never a time that is
 * taken; a held time is booked only through {@link Bookings#bookHeld}, confirmed at once
 * under every other rule; a hold and a direct booking racing for one time never both win.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ExtendWith(MondayMorning.class)
class HoldsTests {

	private final Holds holds;

	private final Bookings bookings;

	private final OpenSlots openSlots;

	private final Accounts accounts;

	private final Fixtures fixtures;

	private final JdbcTemplate jdbc;

	@Autowired
	HoldsTests(Holds holds, Bookings bookings, OpenSlots openSlots, Accounts accounts, Fixtures fixtures,
			JdbcTemplate jdbc) {
		this.holds = holds;
		this.bookings = bookings;
		this.openSlots = openSlots;
		this.accounts = accounts;
		this.fixtures = fixtures;
		this.jdbc = jdbc;
	}

	@Test
	void timesAreHeldAllOrNothing() {
		AccountId host = this.fixtures.host(3, false, 0);
		OfferingId offering = this.fixtures.offering(host);
		this.bookings.book(this.fixtures.member("Awal"), request(offering, monday(20, 0)));

		assertThat(this.holds.hold(UUID.randomUUID(), host, offering, List.of(monday(19, 0), monday(20, 0))))
			.isEqualTo(new NotOpen(monday(20, 0), Refusal.SLOT_TAKEN));
		assertThat(this.holds.hold(UUID.randomUUID(), host, offering, List.of(monday(19, 0), monday(19, 15))))
			.isInstanceOf(NotOpen.class);
		assertThat(this.holds.hold(UUID.randomUUID(), host, offering,
				List.of(monday(19, 0), monday(19, 30), monday(20, 30))))
			.as("three more in a week whose quota of three holds one booking")
			.isEqualTo(new NotOpen(monday(19, 0), Refusal.QUOTA_REACHED));
		assertThat(this.holds.hold(UUID.randomUUID(), this.fixtures.host(), offering, List.of(monday(19, 0))))
			.as("another host's offering")
			.isInstanceOf(NotOpen.class);
		assertThat(rows("select count(*) from booking.hold where host_id = ?", host.value())).isZero();
		assertThat(rows("select used from booking.quota_use where offering_id = ?", offering.value())).isOne();

		UUID owner = UUID.randomUUID();
		assertThat(this.holds.hold(owner, host, offering, List.of(monday(19, 30), monday(19, 0))))
			.isInstanceOfSatisfying(Held.class, held -> assertThat(held.slots()).extracting(OpenSlot::start)
				.containsExactly(monday(19, 0), monday(19, 30)));
		assertThat(this.holds.held(owner)).containsExactly(monday(19, 0), monday(19, 30));
		assertThat(this.openSlots.of(offering)).extracting(OpenSlot::start)
			.as("the week is full: two held, one booked")
			.noneMatch(start -> start.isBefore(monday(23, 59)));
		assertThat(this.bookings.book(this.fixtures.member("Cepat"), request(offering, monday(19, 0))))
			.isInstanceOfSatisfying(Refused.class, refused -> assertThat(refused.reason()).isEqualTo(Refusal.HELD));

		assertThat(this.holds.release(owner, host)).isEqualTo(2);
		assertThat(this.holds.held(owner)).isEmpty();
		assertThat(rows("select used from booking.quota_use where offering_id = ?", offering.value())).isOne();
		assertThat(this.openSlots.of(offering)).extracting(OpenSlot::start).contains(monday(19, 0), monday(19, 30));
	}

	@Test
	void twoTimesThatOverlapWithTheBufferAreNotHeldTogether() {
		AccountId host = this.fixtures.host(10, false, 10);
		OfferingId offering = this.fixtures.offering(host);
		assertThat(this.openSlots.of(offering)).extracting(OpenSlot::start)
			.as("each is open on its own")
			.contains(monday(19, 0), monday(19, 30));

		assertThat(this.holds.hold(UUID.randomUUID(), host, offering, List.of(monday(19, 0), monday(19, 30))))
			.isEqualTo(new Overlapping(monday(19, 30)));
		assertThat(rows("select count(*) from booking.hold where host_id = ?", host.value())).isZero();
	}

	@Test
	void aHeldTimeIsBookedOnceUnderEveryOtherRuleAndARefusalKeepsItHeld() {
		AccountId host = this.fixtures.host(3, true, 0);
		OfferingId offering = this.fixtures.offering(host);
		UUID owner = UUID.randomUUID();
		this.holds.hold(owner, host, offering, List.of(monday(19, 0)));
		AccountId suspended = this.fixtures.member("Nakal");
		this.accounts.suspend(suspended, "Spam");

		assertThat(this.bookings.bookHeld(owner, suspended, request(offering, monday(19, 0)))).isInstanceOfSatisfying(
				Refused.class, refused -> assertThat(refused.reason()).isEqualTo(Refusal.NOT_ALLOWED));
		assertThat(this.holds.held(owner)).as("the refusal undid the hold's release").containsExactly(monday(19, 0));
		assertThat(this.bookings.bookHeld(UUID.randomUUID(), this.fixtures.member("Lain"),
				request(offering, monday(19, 0))))
			.as("another owner's hold")
			.isInstanceOfSatisfying(Refused.class,
					refused -> assertThat(refused.reason()).isEqualTo(Refusal.NOT_OFFERED));

		AccountId chosen = this.fixtures.member("Terpilih");
		BookingOutcome outcome = this.bookings.bookHeld(owner, chosen, request(offering, monday(19, 0)));
		assertThat(outcome).isInstanceOfSatisfying(Booked.class,
				booked -> assertThat(booked.booking().status()).as("the host chose: no approval waited for")
					.isEqualTo(BookingStatus.CONFIRMED));
		assertThat(this.holds.held(owner)).isEmpty();
		assertThat(rows("select used from booking.quota_use where offering_id = ?", offering.value()))
			.as("the hold's count became the booking's")
			.isOne();
	}

	@Test
	void aHoldAndDirectBookingsRacingForOneTimeNeverBothWin() throws Exception {
		for (int round = 0; round < 10; round++) {
			AccountId host = this.fixtures.host(50, false, 0);
			OfferingId offering = this.fixtures.offering(host);
			Instant start = monday(19, 0).plus(java.time.Duration.ofDays(round % 5));
			UUID owner = UUID.randomUUID();
			List<Callable<Object>> racers = new ArrayList<>();
			racers.add(() -> this.holds.hold(owner, host, offering, List.of(start)));
			for (int i = 0; i < 8; i++) {
				AccountId attendee = this.fixtures.member("Balap");
				racers.add(() -> this.bookings.book(attendee, request(offering, start)));
			}

			List<Object> outcomes = race(racers);

			long held = outcomes.stream().filter(Held.class::isInstance).count();
			long booked = outcomes.stream().filter(Booked.class::isInstance).count();
			assertThat(held + booked).as("exactly one of the hold and the bookings wins").isOne();
			assertThat(rows("select count(*) from booking.hold where host_id = ?", host.value())
					+ rows("select count(*) from booking.booking where host_id = ?", host.value()))
				.isOne();
		}
	}

	private List<Object> race(List<Callable<Object>> racers) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(racers.size());
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<Object>> futures = new ArrayList<>();
			for (Callable<Object> racer : racers) {
				futures.add(pool.submit(() -> {
					start.await();
					return racer.call();
				}));
			}
			start.countDown();
			List<Object> outcomes = new ArrayList<>();
			for (Future<Object> future : futures) {
				outcomes.add(future.get(30, TimeUnit.SECONDS));
			}
			return outcomes;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private int rows(String sql, Object... args) {
		Integer count = this.jdbc.queryForObject(sql, Integer.class, args);
		return (count != null) ? count : 0;
	}

}
