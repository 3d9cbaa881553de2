package id.ngupi.booking.internal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;

import id.ngupi.booking.OpenSlot;
import id.ngupi.hosting.CandidateTime;
import id.ngupi.hosting.Offering;

/**
 * Which candidate times are still open: pure rules, no I/O. A time is open when, with the
 * offering's buffer after it, it overlaps none of the host's live bookings (each with its
 * own buffer after it: the database's exclusion constraint, mirrored), and its week's
 * quota is not used up. Minimum notice and horizon are applied by whoever picks the
 * candidate range.
 */
public final class OpenSlotRules {

	private OpenSlotRules() {
	}

	/**
	 * The open slots among the candidates, in their order.
	 * @param offering the offering
	 * @param candidates its candidate times
	 * @param taken the host's live bookings as [start, free at)
	 * @param usedByWeek sessions of this offering already counted per week (Mondays in
	 * the host's zone)
	 * @param hostZone the host's zone, where weeks begin
	 */
	public static List<OpenSlot> open(Offering offering, List<CandidateTime> candidates, List<Taken> taken,
			Map<LocalDate, Integer> usedByWeek, ZoneId hostZone) {
		return candidates.stream()
			.filter(time -> !overlapsAny(time.start(), time.end().plus(offering.buffer()), taken))
			.filter(time -> usedByWeek.getOrDefault(weekOf(time.start(), hostZone), 0) < offering.weeklyQuota())
			.map(time -> new OpenSlot(offering.id(), time.start(), time.end()))
			.toList();
	}

	/** The Monday, in the host's zone, of the week a start falls in: the quota's week. */
	public static LocalDate weekOf(Instant start, ZoneId hostZone) {
		return LocalDate.ofInstant(start, hostZone).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

	/** When the host is free again after a session ending at {@code end}. */
	public static Instant freeAt(Instant end, Duration buffer) {
		return end.plus(buffer);
	}

	/** Whether {@code [start, freeAt)} overlaps the time any of the bookings holds. */
	public static boolean overlapsAny(Instant start, Instant freeAt, List<Taken> taken) {
		for (Taken booking : taken) {
			if (start.isBefore(booking.freeAt()) && booking.start().isBefore(freeAt)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Time a host's live booking holds.
	 *
	 * @param start when it starts
	 * @param freeAt when the host is free again (its end plus its buffer)
	 */
	public record Taken(Instant start, Instant freeAt) {
	}

}
