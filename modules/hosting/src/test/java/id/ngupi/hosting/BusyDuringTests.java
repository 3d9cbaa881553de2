package id.ngupi.hosting;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Busy times of several calendars may overlap and nest; a session is busy exactly when it
 * overlaps any of them, its end touching a busy time's start not counting.
 */
class BusyDuringTests {

	private static final Instant NINE = Instant.parse("2027-03-01T09:00:00Z");

	@Test
	void aSessionIsBusyExactlyWhenItOverlapsAnyBusyTimeOfAnyCalendar() {
		// a whole morning from one calendar, a short meeting inside it and a later one
		// from
		// another
		Availability availability = availability(block(9, 0, 12, 0), block(10, 0, 10, 30), block(14, 0, 15, 0),
				block(14, 30, 16, 0));

		assertThat(availability.busy()).as("merged and in order")
			.containsExactly(block(9, 0, 12, 0), block(14, 0, 16, 0));
		assertThat(availability.busyDuring(at(11, 30), at(12, 0))).isTrue();
		assertThat(availability.busyDuring(at(12, 0), at(12, 30))).as("starting as the morning ends").isFalse();
		assertThat(availability.busyDuring(at(13, 30), at(14, 0))).as("ending as the afternoon starts").isFalse();
		assertThat(availability.busyDuring(at(13, 30), at(14, 1))).isTrue();
		assertThat(availability.busyDuring(at(15, 50), at(16, 20))).isTrue();
		assertThat(availability.busyDuring(at(8, 0), at(8, 30))).isFalse();
		assertThat(availability.busyDuring(at(16, 0), at(17, 0))).isFalse();
		assertThat(availability(List.of()).busyDuring(at(9, 0), at(10, 0))).isFalse();
	}

	private static Availability availability(BusyBlock... blocks) {
		return availability(List.of(blocks));
	}

	private static Availability availability(List<BusyBlock> blocks) {
		return new Availability(ZoneId.of("UTC"), false, List.of(), Set.of(), List.of(), List.of(), blocks);
	}

	private static BusyBlock block(int fromHour, int fromMinute, int toHour, int toMinute) {
		return new BusyBlock(at(fromHour, fromMinute), at(toHour, toMinute));
	}

	private static Instant at(int hour, int minute) {
		return NINE.plusSeconds((hour - 9) * 3600L + minute * 60L);
	}

}
