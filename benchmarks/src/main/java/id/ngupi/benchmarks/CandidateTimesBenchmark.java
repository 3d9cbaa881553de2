package id.ngupi.benchmarks;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import id.ngupi.hosting.Availability;
import id.ngupi.hosting.CandidateTime;
import id.ngupi.hosting.CandidateTimes;
import id.ngupi.hosting.ExtraWindow;
import id.ngupi.hosting.OfferingId;
import id.ngupi.hosting.OneOffSlot;
import id.ngupi.hosting.TimeWindow;
import id.ngupi.hosting.WeeklyWindow;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What candidate times cost for a busy host: every day 07:00-09:00, 12:00-13:00 and
 * 19:00-23:00, with days off, extra hours and one-off slots, over an eight-week booking
 * horizon. Discovery and booking compute these on requests, and {@code first} runs for
 * every host on each refresh, so both are measured. The horizon starts on a fixed Monday
 * and, in Amsterdam, crosses the clocks going forward on 29 March 2026.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Benchmark)
public class CandidateTimesBenchmark {

	private static final OfferingId HALF_HOUR_TALK = new OfferingId(
			UUID.fromString("00000000-0000-0000-0000-000000000030"));

	private static final OfferingId HOUR_TALK = new OfferingId(UUID.fromString("00000000-0000-0000-0000-000000000060"));

	private static final Duration HALF_HOUR = Duration.ofMinutes(30);

	private static final Duration HOUR = Duration.ofMinutes(60);

	private static final Duration HORIZON = Duration.ofDays(8 * 7);

	/** Monday 16 March 2026, the first day of the horizon. */
	private static final LocalDate FIRST_DAY = LocalDate.of(2026, 3, 16);

	@Param({ "Asia/Jakarta", "Europe/Amsterdam" })
	public String zone;

	private Availability busy;

	private Availability sparse;

	private Instant from;

	private Instant to;

	@Setup
	public void setUp() {
		ZoneId zoneId = ZoneId.of(this.zone);
		this.from = FIRST_DAY.atStartOfDay(zoneId).toInstant();
		this.to = this.from.plus(HORIZON);
		this.busy = busy(zoneId);
		this.sparse = sparse(zoneId);
	}

	/**
	 * Every 30-minute time of a busy host over the horizon, as a booking page lists them.
	 */
	@Benchmark
	public List<CandidateTime> betweenHalfHour() {
		return CandidateTimes.between(this.busy, HALF_HOUR_TALK, HALF_HOUR, this.from, this.to);
	}

	/** Every 60-minute time of a busy host over the horizon. */
	@Benchmark
	public List<CandidateTime> betweenHour() {
		return CandidateTimes.between(this.busy, HOUR_TALK, HOUR, this.from, this.to);
	}

	/** The next time of a busy host: found in the first week searched. */
	@Benchmark
	public Optional<CandidateTime> firstBusy() {
		return CandidateTimes.first(this.busy, HALF_HOUR_TALK, HALF_HOUR, this.from, this.to);
	}

	/**
	 * The next time of a host whose only hours are in the seventh week: {@code first}
	 * searches six empty weeks before it.
	 */
	@Benchmark
	public Optional<CandidateTime> firstSparse() {
		return CandidateTimes.first(this.sparse, HALF_HOUR_TALK, HALF_HOUR, this.from, this.to);
	}

	private static Availability busy(ZoneId zone) {
		List<WeeklyWindow> weekly = new ArrayList<>();
		for (DayOfWeek day : DayOfWeek.values()) {
			weekly.add(new WeeklyWindow(day, window(7, 9)));
			weekly.add(new WeeklyWindow(day, window(12, 13)));
			weekly.add(new WeeklyWindow(day, window(19, 23)));
		}
		Set<LocalDate> daysOff = Set.of(FIRST_DAY.plusDays(4), FIRST_DAY.plusDays(20), FIRST_DAY.plusDays(41));
		List<ExtraWindow> extra = List.of(new ExtraWindow(FIRST_DAY.plusDays(5), window(14, 17)),
				new ExtraWindow(FIRST_DAY.plusDays(19), window(14, 17)),
				new ExtraWindow(FIRST_DAY.plusDays(33), window(9, 12)));
		List<OneOffSlot> oneOffSlots = List.of(oneOff(HALF_HOUR_TALK, zone, 2, 10), oneOff(HALF_HOUR_TALK, zone, 9, 15),
				oneOff(HALF_HOUR_TALK, zone, 30, 16), oneOff(HOUR_TALK, zone, 12, 10), oneOff(HOUR_TALK, zone, 44, 17));
		return new Availability(zone, false, weekly, daysOff, extra, oneOffSlots);
	}

	private static Availability sparse(ZoneId zone) {
		return new Availability(zone, false, List.of(), Set.of(),
				List.of(new ExtraWindow(FIRST_DAY.plusDays(6 * 7 + 2), window(19, 21))), List.of());
	}

	private static TimeWindow window(int startHour, int endHour) {
		return TimeWindow.of(LocalTime.of(startHour, 0), LocalTime.of(endHour, 0));
	}

	private static OneOffSlot oneOff(OfferingId offering, ZoneId zone, int day, int hour) {
		return new OneOffSlot(offering, FIRST_DAY.plusDays(day).atTime(hour, 0).atZone(zone).toInstant());
	}

}
