package id.ngupi.hosting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a host's schedule page lists of the overrides: those still ahead, "today" read in
 * the schedule's zone, not in UTC, each list in order.
 */
class OverridesAheadTests {

	private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

	/** 00.30 on Tuesday 5 January in Jakarta: still Monday in UTC. */
	private static final Instant NOW = Instant.parse("2027-01-04T17:30:00Z");

	private static final LocalDate MONDAY = LocalDate.of(2027, 1, 4);

	@Test
	void keepsWhatIsAheadInTheSchedulesZoneInOrder() {
		OfferingId offering = new OfferingId(UUID.randomUUID());
		ExtraWindow mondayEvening = extra(MONDAY, 19);
		ExtraWindow thursdayLate = extra(MONDAY.plusDays(3), 20);
		ExtraWindow thursdayEarly = extra(MONDAY.plusDays(3), 8);
		OneOffSlot begun = new OneOffSlot(offering, NOW);
		OneOffSlot later = new OneOffSlot(offering, NOW.plusSeconds(7200));
		OneOffSlot soon = new OneOffSlot(offering, NOW.plusSeconds(60));
		Availability availability = new Availability(JAKARTA, false, List.of(),
				Set.of(MONDAY, MONDAY.plusDays(9), MONDAY.plusDays(1)),
				List.of(thursdayLate, mondayEvening, thursdayEarly), List.of(later, begun, soon));

		Availability.Overrides ahead = availability.overridesAhead(NOW);

		assertThat(ahead.daysOff()).as("Monday is yesterday in Jakarta")
			.containsExactly(MONDAY.plusDays(1), MONDAY.plusDays(9));
		assertThat(ahead.extra()).containsExactly(thursdayEarly, thursdayLate);
		assertThat(ahead.oneOffSlots()).as("a slot beginning now has begun").containsExactly(soon, later);
	}

	private static ExtraWindow extra(LocalDate date, int hour) {
		return new ExtraWindow(date, TimeWindow.of(LocalTime.of(hour, 0), LocalTime.of(hour + 2, 0)));
	}

}
