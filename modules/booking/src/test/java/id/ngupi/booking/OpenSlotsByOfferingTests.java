package id.ngupi.booking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.ngupi.booking.BookingOutcome.Refusal;
import id.ngupi.booking.BookingOutcome.Refused;
import id.ngupi.hosting.HostDirectory;
import id.ngupi.hosting.Hosting;
import id.ngupi.hosting.Offering;
import id.ngupi.hosting.OfferingChange;
import id.ngupi.hosting.OfferingId;
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
 * What a host's page lists: each bookable offering in the host's order with its next open
 * times (at most the limit, each a time that offering alone would offer), never a retired
 * one, and nothing for a member who does not host.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ExtendWith(MondayMorning.class)
class OpenSlotsByOfferingTests {

	private final OpenSlots openSlots;

	private final Hosting hosting;

	private final HostDirectory directory;

	private final Fixtures fixtures;

	private final Bookings bookings;

	OpenSlotsByOfferingTests(@Autowired OpenSlots openSlots, @Autowired Hosting hosting,
			@Autowired HostDirectory directory, @Autowired Fixtures fixtures, @Autowired Bookings bookings) {
		this.bookings = bookings;
		this.openSlots = openSlots;
		this.hosting = hosting;
		this.directory = directory;
		this.fixtures = fixtures;
	}

	@Test
	void eachBookableOfferingInOrderWithItsNextTimesAndNoRetiredOne() {
		AccountId host = this.fixtures.host();
		OfferingId hour = this.hosting
			.addOffering(host, new OfferingChange("Ngupi 60 menit", 60, "", "Topik apa?", false, 3, 1, 21, 0, null))
			.orElseThrow();
		OfferingId retired = this.hosting
			.addOffering(host, new OfferingChange("Ngupi 45 menit", 45, "", "Topik apa?", false, 3, 1, 21, 0, null))
			.orElseThrow();
		this.hosting.setOfferingActive(host, retired, false);

		Map<Offering, List<OpenSlot>> listed = this.openSlots.byOffering(host, 3);

		assertThat(listed.keySet()).extracting(Offering::id)
			.as("the active ones, in the host's order")
			.containsExactlyElementsOf(
					this.directory.offerings(host).stream().filter(Offering::active).map(Offering::id).toList())
			.contains(hour)
			.doesNotContain(retired);
		listed.forEach((offering, slots) -> assertThat(slots).hasSize(3)
			.isEqualTo(this.openSlots.of(offering.id()).subList(0, 3)));
		assertThat(this.openSlots.byOffering(this.fixtures.member("Bukan host"), 3)).isEmpty();
	}

	@Test
	void saysWhyATimeIsNoLongerOpenWithTheNextOpenTimes() {
		AccountId host = this.fixtures.host();
		OfferingId offering = this.fixtures.offering(host);
		assertThat(this.openSlots.closed(offering(offering), monday(19, 0))).as("open").isEmpty();

		book(offering, monday(19, 0));
		Optional<Refused> taken = this.openSlots.closed(offering(offering), monday(19, 0));
		assertThat(taken).map(Refused::reason).contains(Refusal.SLOT_TAKEN);
		assertThat(taken.get().alternatives()).hasSize(5)
			.extracting(OpenSlot::start)
			.startsWith(monday(19, 30))
			.doesNotContain(monday(19, 0));

		book(offering, monday(19, 30));
		book(offering, monday(20, 0));
		assertThat(this.openSlots.closed(offering(offering), monday(20, 30))).as("three a week, all booked")
			.map(Refused::reason)
			.contains(Refusal.QUOTA_REACHED);
		assertThat(this.openSlots.closed(offering(offering), monday(19, 15))).map(Refused::reason)
			.contains(Refusal.NOT_OFFERED);
		assertThat(this.openSlots.closed(offering(offering), monday(7, 30))).as("within the hour of notice")
			.map(Refused::reason)
			.contains(Refusal.TOO_SOON);
		assertThat(this.openSlots.closed(offering(offering), at(LocalDate.of(2027, 2, 8), 19, 0))).map(Refused::reason)
			.contains(Refusal.BEYOND_HORIZON);
		this.hosting.setOfferingActive(host, offering, false);
		assertThat(this.openSlots.closed(offering(offering), at(LocalDate.of(2027, 1, 11), 19, 0))).as("retired")
			.map(Refused::reason)
			.contains(Refusal.NOT_OFFERED);
	}

	@Test
	void theListedSlotsAreKeptUntilABookingOrTheHostsHoursChange() {
		AccountId host = this.fixtures.host();
		OfferingId offering = this.fixtures.offering(host);
		List<OpenSlot> listed = slots(this.openSlots.listed(host, 3));
		assertThat(listed).hasSize(3).isEqualTo(slots(this.openSlots.byOffering(host, 3)));

		book(offering, listed.get(0).start());
		assertThat(slots(this.openSlots.listed(host, 3))).as("forgotten once the booking committed")
			.isEqualTo(slots(this.openSlots.byOffering(host, 3)))
			.doesNotContain(listed.get(0));

		this.hosting.replaceWeeklySchedule(host, List.of());
		assertThat(slots(this.openSlots.listed(host, 3))).as("forgotten once the hours changed").isEmpty();
	}

	/** The offering as it stands now, as the booking form's page has it. */
	private Offering offering(OfferingId id) {
		return this.directory.offering(id).orElseThrow();
	}

	private static List<OpenSlot> slots(Map<Offering, List<OpenSlot>> byOffering) {
		return byOffering.values().stream().flatMap(List::stream).toList();
	}

	private void book(OfferingId offering, Instant start) {
		assertThat(this.bookings.book(this.fixtures.member("Peserta"), request(offering, start)))
			.isInstanceOf(BookingOutcome.Booked.class);
	}

}
