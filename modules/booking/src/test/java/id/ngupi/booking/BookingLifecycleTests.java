package id.ngupi.booking;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import id.ngupi.booking.BookingEvents.BookingCancelled;
import id.ngupi.booking.BookingEvents.BookingCompleted;
import id.ngupi.booking.BookingEvents.BookingConfirmed;
import id.ngupi.booking.BookingEvents.BookingDeclined;
import id.ngupi.booking.BookingEvents.BookingExpired;
import id.ngupi.booking.BookingEvents.BookingRescheduled;
import id.ngupi.booking.BookingOutcome.AlreadyBooked;
import id.ngupi.booking.BookingOutcome.Booked;
import id.ngupi.booking.BookingOutcome.Refusal;
import id.ngupi.booking.BookingOutcome.Refused;
import id.ngupi.booking.Bookings.AnswerOutcome;
import id.ngupi.booking.Bookings.CancelOutcome;
import id.ngupi.booking.internal.BookingStore;
import id.ngupi.booking.internal.BookingStore.NewBooking;
import id.ngupi.booking.internal.PassedBookings;
import id.ngupi.db.test.TestClock;
import id.ngupi.hosting.OfferingId;
import id.ngupi.identity.AccountId;
import id.ngupi.identity.Accounts;
import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.Scenario;
import org.springframework.transaction.support.TransactionTemplate;

import static id.ngupi.booking.Fixtures.at;
import static id.ngupi.booking.Fixtures.monday;
import static id.ngupi.booking.Fixtures.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

/**
 * After a booking: approval and declining, cancelling from either side, rescheduling as
 * one transaction, the meeting link only for the two participants, and time passing
 * (unanswered requests expire, ended sessions complete, each exactly once).
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ExtendWith(MondayMorning.class)
class BookingLifecycleTests {

	private static final java.time.LocalDate TUESDAY = java.time.LocalDate.of(2027, 1, 5);

	private final Bookings bookings;

	private final BookingQueries queries;

	private final PassedBookings passed;

	private final OpenSlots openSlots;

	private final Accounts accounts;

	private final TestClock clock;

	private final Fixtures fixtures;

	private final BookingStore store;

	private final TransactionTemplate transactions;

	BookingLifecycleTests(@Autowired Bookings bookings, @Autowired BookingQueries queries,
			@Autowired PassedBookings passed, @Autowired Fixtures fixtures, @Autowired TestClock clock,
			@Autowired OpenSlots openSlots, @Autowired Accounts accounts, @Autowired BookingStore store,
			@Autowired TransactionTemplate transactions) {
		this.store = store;
		this.transactions = transactions;
		this.bookings = bookings;
		this.queries = queries;
		this.openSlots = openSlots;
		this.accounts = accounts;
		this.passed = passed;
		this.clock = clock;
		this.fixtures = fixtures;
	}

	@Test
	void theHostApprovesOrDeclinesWithAMessage(AssertablePublishedEvents events) {
		AccountId host = this.fixtures.host(3, true, 0);
		OfferingId offering = this.fixtures.offering(host);
		Booking first = book(this.fixtures.member("Satu"), offering, monday(19, 0));
		Booking second = book(this.fixtures.member("Dua"), offering, monday(20, 0));

		assertThat(this.bookings.approve(this.fixtures.member("Bukan host"), first.id(), null))
			.isEqualTo(AnswerOutcome.NOT_PENDING);
		assertThat(this.bookings.approve(host, first.id(), "Sampai ketemu!")).isEqualTo(AnswerOutcome.ANSWERED);
		assertThat(this.bookings.decline(host, second.id(), "Maaf, minggu ini penuh."))
			.isEqualTo(AnswerOutcome.ANSWERED);
		assertThat(this.bookings.approve(host, second.id(), null)).as("no longer pending")
			.isEqualTo(AnswerOutcome.NOT_PENDING);

		assertThat(this.queries.find(host, first.id()).orElseThrow()).satisfies(booking -> {
			assertThat(booking.status()).isEqualTo(BookingStatus.CONFIRMED);
			assertThat(booking.hostMessage()).isEqualTo("Sampai ketemu!");
			assertThat(booking.sequence()).isEqualTo(1);
		});
		assertThat(this.queries.find(host, second.id()).orElseThrow().status()).isEqualTo(BookingStatus.DECLINED);
		assertThat(events.ofType(BookingDeclined.class).matching(BookingDeclined::booking, second.id())).singleElement()
			.extracting(BookingDeclined::message)
			.isEqualTo("Maaf, minggu ini penuh.");
	}

	@Test
	void eitherSideCancelsTheHostWithAReasonAndNobodyElse(AssertablePublishedEvents events) {
		AccountId host = this.fixtures.host();
		AccountId attendee = this.fixtures.member("Rina");
		Booking booking = book(attendee, this.fixtures.offering(host), monday(19, 0));
		AccountId stranger = this.fixtures.member("Orang lain");

		assertThatExceptionOfType(BookingNotFoundException.class)
			.isThrownBy(() -> this.bookings.cancel(stranger, booking.id(), "iseng"));
		assertThat(this.bookings.cancel(host, booking.id(), " ")).isEqualTo(CancelOutcome.REASON_REQUIRED);
		assertThat(this.queries.find(attendee, booking.id()).orElseThrow().status()).isEqualTo(BookingStatus.CONFIRMED);

		assertThat(this.bookings.cancel(host, booking.id(), "Ada urusan keluarga")).isEqualTo(CancelOutcome.CANCELLED);

		Booking cancelled = this.queries.find(attendee, booking.id()).orElseThrow();
		assertThat(cancelled.status()).isEqualTo(BookingStatus.CANCELLED);
		assertThat(cancelled.cancelledBy()).isEqualTo(host);
		assertThat(cancelled.cancelReason()).isEqualTo("Ada urusan keluarga");
		assertThat(cancelled.lateCancellation()).isFalse();
		assertThat(this.bookings.cancel(attendee, booking.id(), null)).isEqualTo(CancelOutcome.NOT_CANCELLABLE);
		assertThat(events.ofType(BookingCancelled.class).matching(BookingCancelled::booking, booking.id())).hasSize(1);
	}

	@Test
	void messagesWithControlCharactersOrTooLongAreRefusedAndChangeNothing() {
		AccountId host = this.fixtures.host(3, true, 0);
		OfferingId offering = this.fixtures.offering(host);
		AccountId attendee = this.fixtures.member("Kontrol");
		Booking pending = book(attendee, offering, monday(19, 0));
		String tooLong = "a".repeat(MemberMessage.MAX + 1);

		for (String message : List.of("Sampai\u0000ketemu", "Sampai\u0001ketemu", "\u001b[31mmerah", tooLong)) {
			assertThatExceptionOfType(ConstraintViolationException.class)
				.isThrownBy(() -> this.bookings.approve(host, pending.id(), message));
			assertThatExceptionOfType(ConstraintViolationException.class)
				.isThrownBy(() -> this.bookings.decline(host, pending.id(), message));
			assertThatExceptionOfType(ConstraintViolationException.class)
				.isThrownBy(() -> this.bookings.cancel(attendee, pending.id(), message));
		}
		assertThat(this.queries.find(attendee, pending.id()).orElseThrow()).satisfies(booking -> {
			assertThat(booking.status()).isEqualTo(BookingStatus.PENDING);
			assertThat(booking.hostMessage()).isNull();
			assertThat(booking.cancelReason()).isNull();
		});
		assertThat(this.bookings.approve(host, pending.id(), "Baris satu\nBaris dua\tdengan tab"))
			.as("line breaks and tabs are text")
			.isEqualTo(AnswerOutcome.ANSWERED);
		assertThat(this.bookings.cancel(attendee, pending.id(), "b".repeat(MemberMessage.MAX)))
			.as("exactly as long as allowed")
			.isEqualTo(CancelOutcome.CANCELLED);
	}

	@Test
	void aCancellationWithinTheMinimumNoticeIsLate() {
		AccountId host = this.fixtures.host();
		AccountId attendee = this.fixtures.member("Telat");
		Booking booking = book(attendee, this.fixtures.offering(host), monday(19, 0));
		this.clock.set(monday(18, 30));

		this.bookings.cancel(attendee, booking.id(), null);

		assertThat(this.queries.find(attendee, booking.id()).orElseThrow().lateCancellation()).isTrue();
	}

	@Test
	void theMeetingLinkIsForTheTwoParticipantsOfALiveBookingOnly() {
		AccountId host = this.fixtures.host();
		AccountId attendee = this.fixtures.member("Peserta");
		Booking booking = book(attendee, this.fixtures.offering(host), monday(19, 0));
		AccountId stranger = this.fixtures.member("Penyusup");

		assertThat(this.queries.meetingLink(attendee, booking.id())).contains("https://meet.google.com/abc-defg-hij");
		assertThat(this.queries.meetingLink(host, booking.id())).contains("https://meet.google.com/abc-defg-hij");
		assertThat(this.queries.meetingLink(stranger, booking.id())).isEmpty();
		assertThat(this.queries.find(stranger, booking.id())).isEmpty();

		assertThat(this.bookings.setMeetingLink(attendee, booking.id(), "https://zoom.us/j/1")).isFalse();
		assertThat(this.bookings.setMeetingLink(host, booking.id(), "https://meet.jit.si/ngupi-rina")).isTrue();
		assertThat(this.queries.meetingLink(attendee, booking.id())).contains("https://meet.jit.si/ngupi-rina");

		this.bookings.cancel(attendee, booking.id(), null);
		assertThat(this.queries.meetingLink(attendee, booking.id())).as("not for a cancelled booking").isEmpty();
	}

	@Test
	void aRequestWaitingForApprovalGivesNobodyTheMeetingLinkUntilTheHostApproves() {
		AccountId host = this.fixtures.host(3, true, 0);
		OfferingId offering = this.fixtures.offering(host);
		AccountId attendee = this.fixtures.member("Menunggu");
		Booking pending = book(attendee, offering, monday(19, 0));
		Booking declined = book(this.fixtures.member("Ditolak"), offering, monday(20, 0));
		List<BookingId> both = List.of(pending.id(), declined.id());

		assertThat(pending.status()).isEqualTo(BookingStatus.PENDING);
		assertThat(this.queries.meetingLink(attendee, pending.id())).isEmpty();
		assertThat(this.queries.meetingLink(host, pending.id())).isEmpty();
		assertThat(this.queries.meetingLinks(attendee, both)).isEmpty();
		assertThat(this.queries.meetingLinks(host, both)).isEmpty();
		this.bookings.setMeetingLink(host, pending.id(), "https://meet.jit.si/ngupi-menunggu");
		assertThat(this.queries.meetingLink(attendee, pending.id())).as("not even the booking's own link").isEmpty();

		this.bookings.approve(host, pending.id(), null);
		this.bookings.decline(host, declined.id(), "Maaf");

		assertThat(this.queries.meetingLink(attendee, pending.id())).contains("https://meet.jit.si/ngupi-menunggu");
		assertThat(this.queries.meetingLinks(host, both))
			.containsOnly(entry(pending.id(), "https://meet.jit.si/ngupi-menunggu"));
	}

	@Test
	void anApprovalAfterTheDeadlineIsRefusedAndExpiresTheRequestThere(AssertablePublishedEvents events) {
		AccountId host = this.fixtures.host(1, true, 0);
		OfferingId offering = this.fixtures.offering(host);
		AccountId attendee = this.fixtures.member("Terlambat");
		Booking pending = book(attendee, offering, monday(19, 0));
		assertThat(pending.respondBy()).isEqualTo(monday(18, 0));
		// the deadline has come, and the scheduled expiry has not run yet
		this.clock.set(monday(18, 0));

		assertThat(this.bookings.approve(host, pending.id(), "Maaf telat")).isEqualTo(AnswerOutcome.EXPIRED);

		Booking expired = this.queries.find(attendee, pending.id()).orElseThrow();
		assertThat(expired.status()).isEqualTo(BookingStatus.EXPIRED);
		assertThat(expired.hostMessage()).isNull();
		assertThat(expired.sequence()).isEqualTo(1);
		assertThat(this.queries.meetingLink(attendee, pending.id())).isEmpty();
		assertThat(events.ofType(BookingConfirmed.class).matching(BookingConfirmed::booking, pending.id())).isEmpty();
		assertThat(events.ofType(BookingExpired.class).matching(BookingExpired::booking, pending.id())).hasSize(1);
		assertThat(this.passed.expireUnanswered()).as("nothing left for the scheduled run").isZero();
		assertThat(events.ofType(BookingExpired.class).matching(BookingExpired::booking, pending.id()))
			.as("announced once")
			.hasSize(1);
		this.clock.set(Fixtures.MONDAY_MORNING);
		assertThat(this.bookings.book(this.fixtures.member("Berikutnya"), request(offering, monday(20, 0))))
			.as("the week's one session is free again")
			.isInstanceOf(Booked.class);
	}

	@Test
	void aDeclineAfterTheDeadlineFindsTheRequestExpiredLikeOneLeftUnanswered(AssertablePublishedEvents events) {
		AccountId host = this.fixtures.host(3, true, 0);
		Booking pending = book(this.fixtures.member("Terlambat"), this.fixtures.offering(host), monday(19, 0));
		this.clock.set(monday(18, 30));

		assertThat(this.bookings.decline(host, pending.id(), "Maaf")).isEqualTo(AnswerOutcome.EXPIRED);

		assertThat(this.queries.find(host, pending.id()).orElseThrow().status()).isEqualTo(BookingStatus.EXPIRED);
		assertThat(events.ofType(BookingDeclined.class).matching(BookingDeclined::booking, pending.id())).isEmpty();
		assertThat(events.ofType(BookingExpired.class).matching(BookingExpired::booking, pending.id())).hasSize(1);
	}

	@Test
	void everyActionFindsARequestPastItsDeadlineExpired() {
		AccountId host = this.fixtures.host(3, true, 0);
		OfferingId offering = this.fixtures.offering(host);
		AccountId attendee = this.fixtures.member("Lewat");
		Booking pending = book(attendee, offering, monday(19, 0));
		this.clock.set(monday(18, 0));

		assertThatExceptionOfType(BookingNotFoundException.class)
			.isThrownBy(() -> this.bookings.reschedule(attendee, pending.id(), request(offering, at(TUESDAY, 19, 0))));
		assertThat(this.bookings.setMeetingLink(host, pending.id(), "https://meet.jit.si/lewat")).isFalse();
		assertThat(this.bookings.cancel(attendee, pending.id(), null)).isEqualTo(CancelOutcome.NOT_CANCELLABLE);
		assertThat(this.queries.find(attendee, pending.id()).orElseThrow().status()).isEqualTo(BookingStatus.EXPIRED);
	}

	@Test
	void aSessionThatHasStartedCannotBeRescheduled() {
		AccountId host = this.fixtures.host();
		OfferingId offering = this.fixtures.offering(host);
		AccountId attendee = this.fixtures.member("Sudah mulai");
		Booking started = book(attendee, offering, monday(19, 0));
		this.clock.set(monday(19, 5));

		BookingOutcome outcome = this.bookings.reschedule(attendee, started.id(),
				request(offering, at(TUESDAY, 19, 0)));

		assertThat(outcome).isInstanceOf(Refused.class);
		assertThat(((Refused) outcome).reason()).isEqualTo(Refusal.STARTED);
		assertThat(this.queries.find(attendee, started.id()).orElseThrow().status()).isEqualTo(BookingStatus.CONFIRMED);
		assertThat(this.queries.asAttendee(attendee)).hasSize(1);
	}

	@Test
	void meetingLinksAtOnceFollowTheSameRulesAsOneByOne() {
		AccountId host = this.fixtures.host();
		AccountId attendee = this.fixtures.member("Peserta");
		AccountId other = this.fixtures.member("Lain");
		Booking own = book(attendee, this.fixtures.offering(host), monday(19, 0));
		Booking hosts = book(other, this.fixtures.offering(host), monday(20, 0));
		Booking cancelled = book(this.fixtures.member("Batal"), this.fixtures.offering(host), monday(19, 30));
		assertThat(this.bookings.setMeetingLink(host, own.id(), "https://meet.jit.si/ngupi-rina")).isTrue();
		this.bookings.cancel(host, cancelled.id(), "Sakit");
		List<BookingId> all = List.of(own.id(), hosts.id(), cancelled.id());

		assertThat(this.queries.meetingLinks(host, all)).containsOnly(entry(own.id(), "https://meet.jit.si/ngupi-rina"),
				entry(hosts.id(), "https://meet.google.com/abc-defg-hij"));
		assertThat(this.queries.meetingLinks(attendee, all))
			.containsOnly(entry(own.id(), "https://meet.jit.si/ngupi-rina"));
		assertThat(this.queries.meetingLinks(this.fixtures.member("Penyusup"), all)).isEmpty();
		for (BookingId id : all) {
			assertThat(Optional.ofNullable(this.queries.meetingLinks(host, all).get(id)))
				.isEqualTo(this.queries.meetingLink(host, id));
		}
	}

	@Test
	void reschedulingMovesTheBookingInOneStep(AssertablePublishedEvents events) {
		AccountId host = this.fixtures.host();
		OfferingId offering = this.fixtures.offering(host);
		AccountId attendee = this.fixtures.member("Pindah");
		Booking old = book(attendee, offering, monday(19, 0));

		Booking moved = ((Booked) this.bookings.reschedule(attendee, old.id(), request(offering, monday(20, 0))))
			.booking();

		assertThat(moved.start()).isEqualTo(monday(20, 0));
		assertThat(moved.rescheduledFrom()).isEqualTo(old.id());
		assertThat(this.queries.find(attendee, old.id()).orElseThrow().status()).isEqualTo(BookingStatus.CANCELLED);
		assertThat(events.ofType(BookingRescheduled.class).matching(BookingRescheduled::previous, old.id())).hasSize(1);
	}

	@Test
	void aMovedBookingNamesTheOneThatReplacedItBothWaysAndIsHistory() {
		AccountId host = this.fixtures.host();
		OfferingId offering = this.fixtures.offering(host);
		AccountId attendee = this.fixtures.member("Cerita");
		Booking old = book(attendee, offering, monday(19, 0));
		assertThat(old.moved()).isFalse();

		Booking moved = ((Booked) this.bookings.reschedule(attendee, old.id(), request(offering, monday(20, 0))))
			.booking();

		Instant now = this.clock.instant();
		for (AccountId side : List.of(attendee, host)) {
			Booking before = this.queries.find(side, old.id()).orElseThrow();
			assertThat(before.rescheduledTo()).isEqualTo(moved.id());
			assertThat(before.moved()).isTrue();
			assertThat(before.phase(now)).as("moved, though its time is still ahead").isEqualTo(BookingPhase.HISTORY);
			Booking after = this.queries.find(side, moved.id()).orElseThrow();
			assertThat(after.rescheduledFrom()).isEqualTo(old.id());
			assertThat(after.rescheduledTo()).isNull();
			assertThat(after.phase(now)).isEqualTo(BookingPhase.COMING);
		}
		assertThat(this.queries.asAttendee(attendee)).extracting(Booking::id, Booking::rescheduledTo)
			.containsExactly(tuple(old.id(), moved.id()), tuple(moved.id(), null));
		assertThat(this.queries.asHost(host)).filteredOn(Booking::moved)
			.singleElement()
			.extracting(Booking::rescheduledTo)
			.isEqualTo(moved.id());
	}

	@Test
	void theDatabaseLetsABookingBeReplacedOnlyOnce() {
		AccountId host = this.fixtures.host();
		OfferingId offering = this.fixtures.offering(host);
		AccountId attendee = this.fixtures.member("Sekali");
		Booking old = book(attendee, offering, monday(19, 0));
		Booking moved = ((Booked) this.bookings.reschedule(attendee, old.id(), request(offering, monday(20, 0))))
			.booking();
		Instant start = at(TUESDAY, 19, 0);

		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.transactions.executeWithoutResult(status -> this.store.insert(
					new NewBooking(offering, host, attendee, start, start.plus(Duration.ofMinutes(30)),
							start.plus(Duration.ofMinutes(30)), BookingStatus.CONFIRMED, moved.topics(),
							Fixtures.ANSWER, null, TUESDAY.minusDays(1), UUID.randomUUID(), old.id()),
					this.clock.instant())))
			.withMessageContaining("booking_rescheduled_once");
		assertThat(this.queries.asAttendee(attendee)).hasSize(2);
	}

	@Test
	void aDeletedMembersComingSessionsAreCalledOffAndTheirTimeOpensAgain(Scenario scenario) {
		AccountId host = this.fixtures.host();
		OfferingId offering = this.fixtures.offering(host);
		AccountId leaving = this.fixtures.member("Pergi");
		Booking booking = book(leaving, offering, monday(19, 0));
		assertThat(this.openSlots.of(offering)).extracting(OpenSlot::start).doesNotContain(monday(19, 0));

		scenario.stimulate(() -> this.accounts.delete(leaving))
			.andWaitForEventOfType(BookingCancelled.class)
			.matching(event -> event.booking().equals(booking.id()))
			.toArriveAndVerify(event -> assertThat(event.cancelledBy()).isEqualTo(leaving));

		assertThat(this.queries.find(host, booking.id()).orElseThrow().status()).isEqualTo(BookingStatus.CANCELLED);
		assertThat(this.openSlots.of(offering)).extracting(OpenSlot::start).contains(monday(19, 0));
	}

	@Test
	void theSameRescheduleSentTwiceMovesOnceAndPointsToTheNewBooking() {
		AccountId host = this.fixtures.host();
		OfferingId offering = this.fixtures.offering(host);
		AccountId attendee = this.fixtures.member("Dua kali");
		Booking old = book(attendee, offering, monday(19, 0));
		BookingRequest move = request(offering, monday(20, 0));

		Booking moved = ((Booked) this.bookings.reschedule(attendee, old.id(), move)).booking();
		BookingOutcome again = this.bookings.reschedule(attendee, old.id(), move);

		assertThat(again).isInstanceOf(AlreadyBooked.class);
		assertThat(((AlreadyBooked) again).booking().id()).isEqualTo(moved.id());
		assertThat(this.queries.find(attendee, moved.id()).orElseThrow().status()).isEqualTo(BookingStatus.CONFIRMED);
		assertThat(this.queries.asAttendee(attendee)).hasSize(2);

		// a key already spent on another booking cancels nothing either
		OfferingId elsewhere = this.fixtures.offering(this.fixtures.host());
		UUID spent = UUID.randomUUID();
		Booking other = ((Booked) this.bookings.book(attendee,
				new BookingRequest(elsewhere, monday(19, 0), List.of("frontend"), Fixtures.ANSWER, spent)))
			.booking();
		BookingOutcome reused = this.bookings.reschedule(attendee, moved.id(),
				new BookingRequest(offering, monday(19, 30), List.of("frontend"), Fixtures.ANSWER, spent));
		assertThat(((AlreadyBooked) reused).booking().id()).isEqualTo(other.id());
		assertThat(this.queries.find(attendee, moved.id()).orElseThrow().status()).isEqualTo(BookingStatus.CONFIRMED);
	}

	@Test
	void aRefusedRescheduleLeavesTheOldBookingIntact() {
		AccountId host = this.fixtures.host();
		OfferingId offering = this.fixtures.offering(host);
		AccountId attendee = this.fixtures.member("Gagal pindah");
		Booking old = book(attendee, offering, monday(19, 0));
		book(this.fixtures.member("Lebih cepat"), offering, monday(20, 0));

		BookingOutcome outcome = this.bookings.reschedule(attendee, old.id(), request(offering, monday(20, 0)));

		assertThat(outcome).isInstanceOf(Refused.class);
		assertThat(((Refused) outcome).reason()).isEqualTo(Refusal.SLOT_TAKEN);
		Booking unchanged = this.queries.find(attendee, old.id()).orElseThrow();
		assertThat(unchanged.status()).isEqualTo(BookingStatus.CONFIRMED);
		assertThat(unchanged.sequence()).isZero();
		assertThat(this.queries.asAttendee(attendee)).hasSize(1);
	}

	@Test
	void onlyTheAttendeeReschedulesTheirOwnLiveBooking() {
		AccountId host = this.fixtures.host();
		OfferingId offering = this.fixtures.offering(host);
		Booking booking = book(this.fixtures.member("Pemilik"), offering, monday(19, 0));

		assertThatExceptionOfType(BookingNotFoundException.class).isThrownBy(() -> this.bookings
			.reschedule(this.fixtures.member("Lain"), booking.id(), request(offering, monday(20, 0))));
		assertThatExceptionOfType(BookingNotFoundException.class)
			.isThrownBy(() -> this.bookings.reschedule(host, booking.id(), request(offering, monday(20, 0))));
	}

	@Test
	void anUnansweredRequestExpiresBeforeItsStartMinusTheNotice(AssertablePublishedEvents events) {
		AccountId host = this.fixtures.host(1, true, 0);
		OfferingId offering = this.fixtures.offering(host);
		Booking pending = book(this.fixtures.member("Menunggu"), offering, monday(19, 0));

		this.clock.set(monday(17, 59));
		this.passed.expireUnanswered();
		assertThat(this.queries.find(host, pending.id()).orElseThrow().status()).isEqualTo(BookingStatus.PENDING);

		this.clock.set(monday(18, 0));
		this.passed.expireUnanswered();

		assertThat(this.queries.find(host, pending.id()).orElseThrow().status()).isEqualTo(BookingStatus.EXPIRED);
		assertThat(events.ofType(BookingExpired.class).matching(BookingExpired::booking, pending.id())).hasSize(1);
		assertThat(this.bookings.approve(host, pending.id(), null)).as("too late to approve")
			.isEqualTo(AnswerOutcome.EXPIRED);
		this.clock.set(Fixtures.MONDAY_MORNING);
		assertThat(this.bookings.book(this.fixtures.member("Berikutnya"), request(offering, monday(20, 0))))
			.as("the expired request gave its week's quota back")
			.isInstanceOf(Booked.class);
	}

	@Test
	void endedSessionsCompleteExactlyOnceWhateverRunsAtOnce(AssertablePublishedEvents events) throws Exception {
		List<Booking> sessions = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			AccountId host = this.fixtures.host();
			sessions.add(book(this.fixtures.member("Selesai"), this.fixtures.offering(host), monday(19, 0)));
		}
		this.clock.set(monday(19, 0).plus(Duration.ofMinutes(30)));

		ExecutorService instances = Executors.newFixedThreadPool(4);
		List<CompletableFuture<Integer>> runs = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			runs.add(CompletableFuture.supplyAsync(this.passed::completeEnded, instances));
		}
		int completed = runs.stream().mapToInt(CompletableFuture::join).sum();
		instances.shutdown();
		instances.awaitTermination(10, TimeUnit.SECONDS);

		assertThat(completed).isGreaterThanOrEqualTo(sessions.size());
		for (Booking session : sessions) {
			assertThat(this.queries.find(session.host(), session.id()).orElseThrow().status())
				.isEqualTo(BookingStatus.COMPLETED);
			assertThat(events.ofType(BookingCompleted.class).matching(BookingCompleted::booking, session.id()))
				.as("announced once")
				.hasSize(1);
		}
	}

	private Booking book(AccountId attendee, OfferingId offering, java.time.Instant start) {
		return ((Booked) this.bookings.book(attendee,
				new BookingRequest(offering, start, List.of("frontend"), Fixtures.ANSWER, UUID.randomUUID())))
			.booking();
	}

}
