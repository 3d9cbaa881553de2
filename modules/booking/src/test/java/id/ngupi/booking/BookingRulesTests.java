package id.ngupi.booking;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import id.ngupi.booking.BookingEvents.BookingConfirmed;
import id.ngupi.booking.BookingEvents.BookingRequested;
import id.ngupi.booking.BookingOutcome.Booked;
import id.ngupi.booking.BookingOutcome.Refusal;
import id.ngupi.booking.BookingOutcome.Refused;
import id.ngupi.db.test.TestClock;
import id.ngupi.hosting.Hosting;
import id.ngupi.hosting.OfferingId;
import id.ngupi.identity.AccountId;
import id.ngupi.identity.Accounts;
import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.AssertablePublishedEvents;

import static id.ngupi.booking.Fixtures.monday;
import static id.ngupi.booking.Fixtures.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What a booking request must get past: the host's schedule (nothing from the form is
 * trusted), notice, horizon, quota, the fair-use limits and the topics. Every refusal
 * leaves nothing behind.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ExtendWith(MondayMorning.class)
class BookingRulesTests {

	private final Bookings bookings;

	private final BookingQueries queries;

	private final OpenSlots openSlots;

	private final Accounts accounts;

	private final TestClock clock;

	private final Fixtures fixtures;

	private final Hosting hosting;

	BookingRulesTests(@Autowired Bookings bookings, @Autowired BookingQueries queries, @Autowired OpenSlots openSlots,
			@Autowired Accounts accounts, @Autowired Fixtures fixtures, @Autowired TestClock clock,
			@Autowired Hosting hosting) {
		this.hosting = hosting;
		this.bookings = bookings;
		this.queries = queries;
		this.openSlots = openSlots;
		this.accounts = accounts;
		this.clock = clock;
		this.fixtures = fixtures;
	}

	@Test
	void booksAnOfferedTimeAndConfirmsIt(AssertablePublishedEvents events) {
		AccountId host = this.fixtures.host();
		AccountId attendee = this.fixtures.member("Rina");

		BookingOutcome outcome = this.bookings.book(attendee, request(this.fixtures.offering(host), monday(19, 30)));

		Booking booking = ((Booked) outcome).booking();
		assertThat(booking.status()).isEqualTo(BookingStatus.CONFIRMED);
		assertThat(booking.start()).isEqualTo(monday(19, 30));
		assertThat(booking.end()).isEqualTo(monday(20, 0));
		assertThat(booking.topics()).extracting(Object::toString).containsExactly("frontend");
		assertThat(events.ofType(BookingConfirmed.class).matching(BookingConfirmed::booking, booking.id())).hasSize(1);
		assertThat(this.openSlots.of(this.fixtures.offering(host))).extracting(OpenSlot::start)
			.doesNotContain(monday(19, 30))
			.contains(monday(19, 0), monday(20, 0));
	}

	@Test
	void anOfferingNeedingApprovalMakesAPendingRequestThatExpiresBeforeTheNotice(AssertablePublishedEvents events) {
		AccountId host = this.fixtures.host(3, true, 0);

		Booking booking = ((Booked) this.bookings.book(this.fixtures.member("Eko"),
				request(this.fixtures.offering(host), monday(20, 0))))
			.booking();

		assertThat(booking.status()).isEqualTo(BookingStatus.PENDING);
		assertThat(booking.respondBy()).isEqualTo(monday(19, 0));
		assertThat(events.ofType(BookingRequested.class).matching(BookingRequested::booking, booking.id())).hasSize(1);
	}

	@Test
	void refusesATimeTheHostNeverOffered() {
		AccountId host = this.fixtures.host();
		OfferingId offering = this.fixtures.offering(host);
		AccountId attendee = this.fixtures.member("Mallory");

		assertRefused(attendee, request(offering, monday(19, 10)), Refusal.NOT_OFFERED);
		assertRefused(attendee, request(offering, monday(21, 0)), Refusal.NOT_OFFERED);
		assertRefused(attendee, request(offering, monday(3, 0)), Refusal.TOO_SOON);
		assertRefused(attendee, request(new OfferingId(UUID.randomUUID()), monday(19, 0)), Refusal.NOT_OFFERED);

		assertThat(this.queries.asAttendee(attendee)).isEmpty();
	}

	@Test
	void refusesTimesWithinTheNoticeOrBeyondTheHorizon() {
		AccountId host = this.fixtures.host();
		OfferingId offering = this.fixtures.offering(host);
		AccountId attendee = this.fixtures.member("Budi");
		this.clock.set(monday(18, 30));

		assertRefused(attendee, request(offering, monday(19, 0)), Refusal.TOO_SOON);
		assertRefused(attendee, request(offering, monday(19, 0).plus(Duration.ofDays(21))), Refusal.BEYOND_HORIZON);
		assertThat(this.bookings.book(attendee, request(offering, monday(19, 30)))).isInstanceOf(Booked.class);
	}

	@Test
	void refusesOnceTheWeeksQuotaIsUsedAndOpensTheNextWeek() {
		AccountId host = this.fixtures.host(1, false, 0);
		OfferingId offering = this.fixtures.offering(host);
		this.bookings.book(this.fixtures.member("Sari"), request(offering, monday(19, 0)));

		Refused refused = assertRefused(this.fixtures.member("Putu"),
				request(offering, Fixtures.at(LocalDate.of(2027, 1, 10), 20, 0)), Refusal.QUOTA_REACHED);

		assertThat(refused.alternatives()).isNotEmpty()
			.allSatisfy(
					slot -> assertThat(slot.start()).isAfterOrEqualTo(Fixtures.at(LocalDate.of(2027, 1, 11), 0, 0)));
		assertThat(this.bookings.book(this.fixtures.member("Putu"),
				request(offering, Fixtures.at(LocalDate.of(2027, 1, 11), 19, 0))))
			.isInstanceOf(Booked.class);
	}

	@Test
	void aCancelledBookingGivesItsQuotaBack() {
		AccountId host = this.fixtures.host(1, false, 0);
		OfferingId offering = this.fixtures.offering(host);
		AccountId first = this.fixtures.member("Sari");
		Booking booking = ((Booked) this.bookings.book(first, request(offering, monday(19, 0)))).booking();

		this.bookings.cancel(first, booking.id(), null);

		assertThat(this.bookings.book(this.fixtures.member("Putu"), request(offering, monday(20, 0))))
			.isInstanceOf(Booked.class);
	}

	@Test
	void hostsDoNotBookThemselves() {
		AccountId host = this.fixtures.host();

		assertRefused(host, request(this.fixtures.offering(host), monday(19, 0)), Refusal.OWN_OFFERING);
	}

	@Test
	void anAttendeeHoldsOneUpcomingSessionPerHostAndThreeInAll() {
		AccountId attendee = this.fixtures.member("Rajin");
		AccountId first = this.fixtures.host();
		this.bookings.book(attendee, request(this.fixtures.offering(first), monday(19, 0)));

		Refused atHostLimit = assertRefused(attendee, request(this.fixtures.offering(first), monday(20, 0)),
				Refusal.HOST_LIMIT);
		assertThat(atHostLimit.alternatives()).as("no other time of this host's would do either").isEmpty();

		this.bookings.book(attendee, request(this.fixtures.offering(this.fixtures.host()), monday(19, 30)));
		this.bookings.book(attendee, request(this.fixtures.offering(this.fixtures.host()), monday(20, 0)));
		Refused atTotalLimit = assertRefused(attendee,
				request(this.fixtures.offering(this.fixtures.host()), monday(20, 30)), Refusal.TOTAL_LIMIT);
		assertThat(atTotalLimit.alternatives()).isEmpty();
		assertThat(this.queries.asAttendee(attendee)).hasSize(3);
	}

	@Test
	void theHostLimitListsTheAttendeesUpcomingSessionsWithThatHostOnly() {
		AccountId attendee = this.fixtures.member("Tekun");
		AccountId host = this.fixtures.host();
		AccountId other = this.fixtures.host();
		assertThat(this.queries.hostLimit(attendee, host).reached()).isFalse();

		Booking booked = ((Booked) this.bookings.book(attendee, request(this.fixtures.offering(host), monday(19, 0))))
			.booking();

		HostLimit limit = this.queries.hostLimit(attendee, host);
		assertThat(limit.reached()).isTrue();
		assertThat(limit.upcoming()).extracting(Booking::id).containsExactly(booked.id());
		assertThat(this.queries.hostLimit(attendee, other).upcoming()).isEmpty();
		assertThat(this.queries.hostLimit(this.fixtures.member("Lain"), host).reached()).isFalse();
		assertThat(this.queries.hostLimit(host, attendee).upcoming()).as("the host's side is no attendee's").isEmpty();

		this.bookings.cancel(attendee, booked.id(), null);
		assertThat(this.queries.hostLimit(attendee, host).reached()).isFalse();
	}

	@Test
	void aRequestWaitingForTheHostHoldsTheLimitUntilItsDeadlineToAnswer() {
		AccountId attendee = this.fixtures.member("Sabar");
		AccountId host = this.fixtures.host(3, true, 0);
		OfferingId offering = this.fixtures.offering(host);
		Booking waiting = ((Booked) this.bookings.book(attendee, request(offering, monday(20, 0)))).booking();

		assertThat(this.queries.hostLimit(attendee, host).upcoming()).extracting(Booking::id)
			.containsExactly(waiting.id());
		assertRefused(attendee, request(offering, monday(20, 30)), Refusal.HOST_LIMIT);

		// the host let the deadline (the start minus an hour's notice) pass: the request
		// has expired, whether or not the scheduled run has marked it yet
		this.clock.set(waiting.respondBy());
		assertThat(this.queries.hostLimit(attendee, host).reached()).isFalse();
		assertThat(this.bookings.book(attendee, request(offering, monday(20, 30)))).isInstanceOf(Booked.class);
	}

	@Test
	void topicsMustBeTheHostsAndTheAnswerAFewSentences() {
		AccountId host = this.fixtures.host();
		OfferingId offering = this.fixtures.offering(host);
		AccountId attendee = this.fixtures.member("Andi");

		assertRefused(attendee,
				new BookingRequest(offering, monday(19, 0), List.of("devops"), Fixtures.ANSWER, UUID.randomUUID()),
				Refusal.UNKNOWN_TOPICS);
		assertThatExceptionOfType(ConstraintViolationException.class).isThrownBy(() -> this.bookings.book(attendee,
				new BookingRequest(offering, monday(19, 0), List.of(), Fixtures.ANSWER, UUID.randomUUID())));
		assertThatExceptionOfType(ConstraintViolationException.class)
			.isThrownBy(() -> this.bookings.book(attendee, new BookingRequest(offering, monday(19, 0),
					List.of("frontend", "karier", "backend", "data"), Fixtures.ANSWER, UUID.randomUUID())));
		assertThatExceptionOfType(ConstraintViolationException.class).isThrownBy(() -> this.bookings.book(attendee,
				new BookingRequest(offering, monday(19, 0), List.of("frontend"), "Mau tanya.", UUID.randomUUID())));
		assertThatExceptionOfType(ConstraintViolationException.class).isThrownBy(() -> this.bookings.book(attendee,
				new BookingRequest(offering, monday(19, 0), List.of("frontend"), "x".repeat(2001), UUID.randomUUID())));
		// blanks around the answer do not count, here as in the database
		assertThatExceptionOfType(ConstraintViolationException.class)
			.isThrownBy(() -> this.bookings.book(attendee, new BookingRequest(offering, monday(19, 0),
					List.of("frontend"), "x".repeat(49) + "   \n", UUID.randomUUID())));

		assertThat(this.queries.asAttendee(attendee)).isEmpty();
	}

	@Test
	void suspendedMembersCannotBook() {
		AccountId host = this.fixtures.host();
		AccountId attendee = this.fixtures.member("Spammer");
		this.accounts.suspend(attendee, "Spam");

		assertRefused(attendee, request(this.fixtures.offering(host), monday(19, 0)), Refusal.NOT_ALLOWED);
	}

	@Test
	void aHostAModeratorHidIsBookedByNobodyUntilShownAgain() {
		AccountId host = this.fixtures.host();
		AccountId attendee = this.fixtures.member("Rina");
		this.hosting.hide(host);

		assertRefused(attendee, request(this.fixtures.offering(host), monday(19, 0)), Refusal.NOT_ALLOWED);

		this.hosting.unhide(host);
		assertThat(this.bookings.book(attendee, request(this.fixtures.offering(host), monday(19, 0))))
			.isInstanceOf(Booked.class);
	}

	@Test
	void theBufferKeepsTheHostsNextSessionAway() {
		AccountId host = this.fixtures.host(3, false, 10);
		OfferingId offering = this.fixtures.offering(host);
		this.bookings.book(this.fixtures.member("Satu"), request(offering, monday(19, 0)));

		assertRefused(this.fixtures.member("Dua"), request(offering, monday(19, 30)), Refusal.SLOT_TAKEN);
		assertThat(this.openSlots.of(offering)).extracting(OpenSlot::start)
			.doesNotContain(monday(19, 0), monday(19, 30))
			.contains(monday(20, 0));
	}

	private Refused assertRefused(AccountId attendee, BookingRequest request, Refusal reason) {
		BookingOutcome outcome = this.bookings.book(attendee, request);
		assertThat(outcome).isInstanceOf(Refused.class);
		assertThat(((Refused) outcome).reason()).isEqualTo(reason);
		return (Refused) outcome;
	}

}
