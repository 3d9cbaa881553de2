package id.ngupi.booking;

import java.util.List;

import id.ngupi.booking.BookingOutcome.Booked;
import id.ngupi.booking.BookingOutcome.Refusal;
import id.ngupi.booking.BookingOutcome.Refused;
import id.ngupi.booking.Bookings.CancelOutcome;
import id.ngupi.hosting.HostDirectory;
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
 * A session needs somewhere to meet: an offering without a meeting link of its own or the
 * host's takes no booking and has no open time, whatever the request says. A session
 * booked while there was a link stays booked when the link is removed; it then has no
 * link until the host adds one.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ExtendWith(MondayMorning.class)
class MeetingLinkBookingTests {

	private static final String OFFERING_LINK = "https://meet.google.com/pen-awar-ann";

	private final Bookings bookings;

	private final BookingQueries queries;

	private final OpenSlots openSlots;

	private final HostDirectory directory;

	private final Fixtures fixtures;

	MeetingLinkBookingTests(@Autowired Bookings bookings, @Autowired BookingQueries queries,
			@Autowired OpenSlots openSlots, @Autowired HostDirectory directory, @Autowired Fixtures fixtures) {
		this.bookings = bookings;
		this.queries = queries;
		this.openSlots = openSlots;
		this.directory = directory;
		this.fixtures = fixtures;
	}

	@Test
	void refusesAnOfferingWithoutAnyMeetingLinkAndOffersNoTimeForIt() {
		AccountId host = this.fixtures.host();
		OfferingId offering = this.fixtures.offering(host);
		this.fixtures.removeMeetingLink(host);
		AccountId attendee = this.fixtures.member("Rina");

		BookingOutcome outcome = this.bookings.book(attendee, request(offering, monday(19, 0)));

		assertThat(outcome).isInstanceOfSatisfying(Refused.class, refused -> {
			assertThat(refused.reason()).isEqualTo(Refusal.NO_MEETING_LINK);
			assertThat(refused.alternatives()).as("no time to choose instead").isEmpty();
		});
		assertThat(this.queries.asAttendee(attendee)).isEmpty();
		assertThat(this.queries.asHost(host)).isEmpty();
		assertThat(this.openSlots.of(offering)).isEmpty();
		assertThat(this.openSlots.byOffering(host, 5)).isEmpty();
		assertThat(this.openSlots.nextOpen(List.of(host))).isEmpty();
		assertThat(this.directory.find(host).orElseThrow().nextCandidateAt()).isNull();
	}

	@Test
	void theOfferingsOwnLinkIsEnoughWithoutTheHostsDefault() {
		AccountId host = this.fixtures.host();
		OfferingId offering = this.fixtures.offering(host);
		this.fixtures.removeMeetingLink(host);
		this.fixtures.setOfferingLink(host, OFFERING_LINK);
		AccountId attendee = this.fixtures.member("Eko");

		Booking booking = ((Booked) this.bookings.book(attendee, request(offering, monday(19, 0)))).booking();

		assertThat(booking.status()).isEqualTo(BookingStatus.CONFIRMED);
		assertThat(this.queries.meetingLink(attendee, booking.id())).contains(OFFERING_LINK);
		assertThat(this.openSlots.of(offering)).extracting(OpenSlot::start).contains(monday(20, 0));
		assertThat(this.directory.find(host).orElseThrow().nextCandidateAt()).isNotNull();
	}

	@Test
	void aConfirmedSessionStaysBookedWhenTheLinkIsRemovedAndHasNoneUntilTheHostAddsOne() {
		AccountId host = this.fixtures.host();
		OfferingId offering = this.fixtures.offering(host);
		AccountId attendee = this.fixtures.member("Sari");
		Booking booking = ((Booked) this.bookings.book(attendee, request(offering, monday(19, 0)))).booking();

		this.fixtures.removeMeetingLink(host);

		Booking kept = this.queries.find(attendee, booking.id()).orElseThrow();
		assertThat(kept.status()).isEqualTo(BookingStatus.CONFIRMED);
		assertThat(kept.phase(monday(8, 0))).isEqualTo(BookingPhase.COMING);
		assertThat(this.queries.meetingLink(attendee, booking.id())).as("the link follows the host's").isEmpty();
		assertThat(this.queries.meetingLink(host, booking.id())).isEmpty();

		assertThat(this.bookings.setMeetingLink(host, booking.id(), "https://meet.jit.si/ngupi-sari")).isTrue();
		assertThat(this.queries.meetingLink(attendee, booking.id())).contains("https://meet.jit.si/ngupi-sari");
	}

	@Test
	void aSessionWhoseLinkWasRemovedCanBeCancelledButNotMovedToANewTime() {
		AccountId host = this.fixtures.host();
		OfferingId offering = this.fixtures.offering(host);
		AccountId attendee = this.fixtures.member("Budi");
		Booking booking = ((Booked) this.bookings.book(attendee, request(offering, monday(19, 0)))).booking();
		this.fixtures.removeMeetingLink(host);

		BookingOutcome moved = this.bookings.reschedule(attendee, booking.id(), request(offering, monday(20, 0)));

		assertThat(moved).isInstanceOfSatisfying(Refused.class,
				refused -> assertThat(refused.reason()).isEqualTo(Refusal.NO_MEETING_LINK));
		assertThat(this.queries.find(attendee, booking.id()).orElseThrow().status())
			.as("the old session is kept as it was")
			.isEqualTo(BookingStatus.CONFIRMED);
		assertThat(this.bookings.cancel(attendee, booking.id(), null)).isEqualTo(CancelOutcome.CANCELLED);
	}

}
