package id.ngupi.booking;

import java.time.Duration;
import java.time.LocalDate;

import id.ngupi.booking.BookingEvents.BookingCancelled;
import id.ngupi.booking.BookingOutcome.Booked;
import id.ngupi.booking.Waitlist.JoinOutcome;
import id.ngupi.db.test.TestClock;
import id.ngupi.hosting.OfferingId;
import id.ngupi.identity.AccountEvents.AccountSuspended;
import id.ngupi.identity.AccountId;
import id.ngupi.identity.Accounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.util.AopTestUtils;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.ReflectionUtils;

import static id.ngupi.booking.Fixtures.at;
import static id.ngupi.booking.Fixtures.monday;
import static id.ngupi.booking.Fixtures.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A suspended member's sessions not started yet are called off by Ngupi on either side:
 * no participant is named as cancelling, the host's time and quota open again, the
 * member's waitlist places go. Sessions under way stay, restoring the account brings
 * nothing back, and the suspension handled twice calls off once.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ExtendWith(MondayMorning.class)
class SuspendedMembersTests {

	private static final LocalDate TUESDAY = LocalDate.of(2027, 1, 5);

	private final Bookings bookings;

	private final BookingQueries queries;

	private final OpenSlots openSlots;

	private final Waitlist waitlist;

	private final Accounts accounts;

	private final TestClock clock;

	private final Fixtures fixtures;

	private final ApplicationContext context;

	private final TransactionTemplate transactions;

	@Autowired
	SuspendedMembersTests(Bookings bookings, BookingQueries queries, OpenSlots openSlots, Waitlist waitlist,
			Accounts accounts, TestClock clock, Fixtures fixtures, ApplicationContext context,
			TransactionTemplate transactions) {
		this.bookings = bookings;
		this.queries = queries;
		this.openSlots = openSlots;
		this.waitlist = waitlist;
		this.accounts = accounts;
		this.clock = clock;
		this.fixtures = fixtures;
		this.context = context;
		this.transactions = transactions;
	}

	@Test
	void aSuspendedHostsComingSessionsOnBothSidesAreCalledOffButNotOneUnderWay(Scenario scenario) {
		AccountId host = this.fixtures.host();
		OfferingId offering = this.fixtures.offering(host);
		Booking underWay = book(this.fixtures.member("Sedang"), offering, monday(19, 0));
		Booking coming = book(this.fixtures.member("Nanti"), offering, at(TUESDAY, 19, 0));
		OfferingId elsewhere = this.fixtures.offering(this.fixtures.host());
		Booking attending = book(host, elsewhere, at(TUESDAY, 20, 0));
		this.clock.set(monday(19, 10));

		scenario.stimulate(() -> this.accounts.suspend(host, "Spam berulang"))
			.andWaitForEventOfType(BookingCancelled.class)
			.matching(event -> event.booking().equals(coming.id()))
			.toArriveAndVerify(event -> {
				assertThat(event.cancelledBy()).as("no participant called it off").isNull();
				assertThat(event.calledOffFor()).isEqualTo(host);
				assertThat(event.byNgupi()).isTrue();
				assertThat(event.reason()).as("the suspension's reason is nobody else's business").isNull();
			});

		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.queries.find(host, attending.id()).orElseThrow().status())
				.isEqualTo(BookingStatus.CANCELLED));
		assertThat(this.queries.find(host, coming.id()).orElseThrow()).satisfies(cancelled -> {
			assertThat(cancelled.status()).isEqualTo(BookingStatus.CANCELLED);
			assertThat(cancelled.cancelledBy()).isNull();
			assertThat(cancelled.cancelReason()).isNull();
			assertThat(cancelled.lateCancellation()).isFalse();
			assertThat(cancelled.sequence()).as("the calendar entry changes").isEqualTo(1);
		});
		assertThat(this.queries.find(host, underWay.id()).orElseThrow().status()).as("already under way")
			.isEqualTo(BookingStatus.CONFIRMED);
		assertThat(this.openSlots.of(elsewhere)).as("the other host's time opens again")
			.extracting(OpenSlot::start)
			.contains(at(TUESDAY, 20, 0));
	}

	@Test
	void aSuspendedAttendeesSessionFreesTheHostsTimeAndQuotaAndRestoringBringsNothingBack(Scenario scenario) {
		AccountId host = this.fixtures.host(1, false, 0);
		OfferingId offering = this.fixtures.offering(host);
		AccountId attendee = this.fixtures.member("Nakal");
		Booking booking = book(attendee, offering, at(TUESDAY, 19, 0));
		assertThat(this.openSlots.of(offering)).as("the week's one session is taken")
			.extracting(OpenSlot::start)
			.doesNotContain(at(TUESDAY, 19, 0), at(TUESDAY, 20, 0));
		AccountId full = this.fixtures.hostWithoutTimes();
		assertThat(this.waitlist.join(attendee, full)).isEqualTo(JoinOutcome.JOINED);

		scenario.stimulate(() -> this.accounts.suspend(attendee, "Spam"))
			.andWaitForEventOfType(BookingCancelled.class)
			.matching(event -> event.booking().equals(booking.id()))
			.toArriveAndVerify(event -> assertThat(event.calledOffFor()).isEqualTo(attendee));

		assertThat(this.openSlots.of(offering)).as("time and quota free again")
			.extracting(OpenSlot::start)
			.contains(at(TUESDAY, 19, 0), at(TUESDAY, 20, 0));
		assertThat(this.waitlist.isWaiting(attendee, full)).isFalse();

		this.accounts.restore(attendee, "Laporan keliru");

		assertThat(this.queries.find(host, booking.id()).orElseThrow().status()).isEqualTo(BookingStatus.CANCELLED);
		assertThat(this.waitlist.isWaiting(attendee, full)).isFalse();
	}

	@Test
	void theSuspensionHandledTwiceCallsOffOnce(AssertablePublishedEvents events) {
		AccountId host = this.fixtures.host();
		AccountId attendee = this.fixtures.member("Dua kali");
		Booking booking = book(attendee, this.fixtures.offering(host), at(TUESDAY, 19, 0));
		AccountSuspended suspended = new AccountSuspended(attendee, "Spam");

		handle(suspended);
		handle(suspended);

		assertThat(events.ofType(BookingCancelled.class).matching(BookingCancelled::booking, booking.id())).hasSize(1);
		assertThat(this.queries.find(host, booking.id()).orElseThrow().sequence()).isEqualTo(1);
	}

	/**
	 * Runs booking's listener on this thread, in a transaction, as the registry would.
	 */
	private void handle(AccountSuspended event) {
		Object listener = AopTestUtils.getUltimateTargetObject(this.context.getBean("suspendedAccounts"));
		var on = ReflectionUtils.findMethod(listener.getClass(), "on", AccountSuspended.class);
		ReflectionUtils.makeAccessible(on);
		this.transactions.executeWithoutResult(status -> ReflectionUtils.invokeMethod(on, listener, event));
	}

	private Booking book(AccountId attendee, OfferingId offering, java.time.Instant start) {
		return ((Booked) this.bookings.book(attendee, request(offering, start))).booking();
	}

}
