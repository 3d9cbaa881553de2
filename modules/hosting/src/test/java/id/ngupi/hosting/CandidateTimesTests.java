package id.ngupi.hosting;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/**
 * Candidate times as a pure computation: weekly windows cut into slots in the host's
 * zone, the bounds of the range, daylight-saving changes, days off, extra hours, one-off
 * slots, pausing, and {@code first} looking weeks ahead. Dates are 2026: 1 June is a
 * Monday; Europe/Amsterdam moves to summer time on Sunday 29 March and back on Sunday 25
 * October.
 */
class CandidateTimesTests {

	private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

	private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

	private static final ZoneId JAYAPURA = ZoneId.of("Asia/Jayapura");

	private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

	private static final OfferingId TALK = new OfferingId(UUID.fromString("00000000-0000-0000-0000-000000000001"));

	private static final OfferingId REVIEW = new OfferingId(UUID.fromString("00000000-0000-0000-0000-000000000002"));

	private static final Duration HALF_HOUR = Duration.ofMinutes(30);

	private static final Duration HOUR = Duration.ofMinutes(60);

	/** Monday 1 June 2026, 00:00 in Jakarta. */
	private static final Instant MONDAY = at("2026-06-01T00:00", JAKARTA);

	@Test
	void cutsAWeeklyWindowIntoSlotsOfTheOfferingsLength() {
		Availability host = new Schedule(JAKARTA).weekly(DayOfWeek.MONDAY, "19:00", "21:00").availability();

		List<CandidateTime> times = CandidateTimes.between(host, TALK, HALF_HOUR, MONDAY, MONDAY.plus(days(7)));

		assertThat(local(times, JAKARTA)).containsExactly("2026-06-01T19:00", "2026-06-01T19:30", "2026-06-01T20:00",
				"2026-06-01T20:30");
		assertThat(times).extracting(CandidateTime::start)
			.containsExactly(Instant.parse("2026-06-01T12:00:00Z"), Instant.parse("2026-06-01T12:30:00Z"),
					Instant.parse("2026-06-01T13:00:00Z"), Instant.parse("2026-06-01T13:30:00Z"));
		assertThat(times).allSatisfy(time -> assertThat(time.end()).isEqualTo(time.start().plus(HALF_HOUR)));
	}

	@Test
	void offersNoSlotThatWouldRunPastTheEndOfItsWindow() {
		Availability host = new Schedule(JAKARTA).weekly(DayOfWeek.MONDAY, "19:00", "21:00").availability();

		List<CandidateTime> times = CandidateTimes.between(host, TALK, Duration.ofMinutes(45), MONDAY,
				MONDAY.plus(days(7)));

		// 20:30 + 45 minutes would end at 21:15
		assertThat(local(times, JAKARTA)).containsExactly("2026-06-01T19:00", "2026-06-01T19:45");
		assertThat(times).extracting(CandidateTime::end)
			.containsExactly(at("2026-06-01T19:45", JAKARTA), at("2026-06-01T20:30", JAKARTA));
	}

	@ParameterizedTest
	@MethodSource
	void aSlotAsLongAsItsWindowInRealTimeIsOfferedAndALongerOneIsNot(Availability host, Instant from, Instant to,
			Duration windowLength, Instant start, Duration longer) {
		assertThat(CandidateTimes.between(host, TALK, windowLength, from, to))
			.containsExactly(new CandidateTime(start, start.plus(windowLength)));
		assertThat(CandidateTimes.between(host, TALK, longer, from, to)).isEmpty();
	}

	static Stream<Arguments> aSlotAsLongAsItsWindowInRealTimeIsOfferedAndALongerOneIsNot() {
		Instant springForward = at("2026-03-29T00:00", AMSTERDAM);
		Instant dayAfter = at("2026-03-30T00:00", AMSTERDAM);
		return Stream.of(
				argumentSet("19:00 to 21:00 is two hours",
						new Schedule(JAKARTA).weekly(DayOfWeek.MONDAY, "19:00", "21:00").availability(), MONDAY,
						MONDAY.plus(days(7)), Duration.ofMinutes(120), at("2026-06-01T19:00", JAKARTA),
						Duration.ofMinutes(121)),
				argumentSet("01:30 to 03:30 on the night the clocks go forward is one real hour",
						new Schedule(AMSTERDAM).weekly(DayOfWeek.SUNDAY, "01:30", "03:30").availability(),
						springForward, dayAfter, HOUR, at("2026-03-29T01:30", AMSTERDAM), Duration.ofMinutes(120)),
				argumentSet(
						"01:30 to 02:30 on the night the clocks go forward is half a real hour: "
								+ "it ends at 02:00 winter time, when the clocks jump to 03:00",
						new Schedule(AMSTERDAM).weekly(DayOfWeek.SUNDAY, "01:30", "02:30").availability(),
						springForward, dayAfter, HALF_HOUR, Instant.parse("2026-03-29T00:30:00Z"), HOUR));
	}

	@Test
	void repeatsTheWeeklyScheduleEveryWeekOnItsDays() {
		Availability host = new Schedule(JAKARTA).weekly(DayOfWeek.MONDAY, "19:00", "20:00")
			.weekly(DayOfWeek.THURSDAY, "07:00", "08:00")
			.availability();

		List<CandidateTime> times = CandidateTimes.between(host, TALK, HOUR, MONDAY, MONDAY.plus(days(14)));

		assertThat(local(times, JAKARTA)).containsExactly("2026-06-01T19:00", "2026-06-04T07:00", "2026-06-08T19:00",
				"2026-06-11T07:00");
	}

	@ParameterizedTest
	@MethodSource
	void theRangeBoundsTheStartsOfTheSlotsOnly(Instant from, Instant to, Duration length, List<String> starts) {
		Availability host = new Schedule(JAKARTA).weekly(DayOfWeek.MONDAY, "19:00", "21:00").availability();

		List<CandidateTime> times = CandidateTimes.between(host, TALK, length, from, to);

		assertThat(local(times, JAKARTA)).containsExactlyElementsOf(starts);
		assertThat(times).allSatisfy(time -> assertThat(time.end()).isEqualTo(time.start().plus(length)));
	}

	static Stream<Arguments> theRangeBoundsTheStartsOfTheSlotsOnly() {
		return Stream.of(
				argumentSet("from is inclusive and to exclusive", at("2026-06-01T19:30", JAKARTA),
						at("2026-06-01T20:30", JAKARTA), HALF_HOUR, List.of("2026-06-01T19:30", "2026-06-01T20:00")),
				argumentSet(
						"a slot that started before from is not offered: "
								+ "19:00 is already running at 19:10, the slots keep their places in the window",
						at("2026-06-01T19:10", JAKARTA), MONDAY.plus(days(7)), HALF_HOUR,
						List.of("2026-06-01T19:30", "2026-06-01T20:00", "2026-06-01T20:30")),
				argumentSet("a slot that starts before to but ends after it is offered", MONDAY,
						at("2026-06-01T19:01", JAKARTA), HOUR, List.of("2026-06-01T19:00")));
	}

	@ParameterizedTest
	@MethodSource
	void anEmptyOrBackwardRangeOrALengthOfNothingOffersNothing(Duration length, Instant from, Instant to) {
		Availability host = new Schedule(JAKARTA).weekly(DayOfWeek.MONDAY, "19:00", "21:00")
			.oneOff(TALK, at("2026-06-01T19:00", JAKARTA))
			.availability();

		assertThat(CandidateTimes.between(host, TALK, length, from, to)).isEmpty();
		assertThat(CandidateTimes.first(host, TALK, length, from, to)).isEmpty();
	}

	static Stream<Arguments> anEmptyOrBackwardRangeOrALengthOfNothingOffersNothing() {
		return Stream.of(argumentSet("an empty range", HALF_HOUR, MONDAY, MONDAY),
				argumentSet("a backward range", HALF_HOUR, MONDAY.plus(days(7)), MONDAY),
				argumentSet("a length of nothing", Duration.ZERO, MONDAY, MONDAY.plus(days(7))),
				argumentSet("a negative length", HALF_HOUR.negated(), MONDAY, MONDAY.plus(days(7))));
	}

	@ParameterizedTest
	@MethodSource
	void keepsTheLocalStartOnBothSidesOfAClockChange(String fromDate, String toDate, List<String> starts,
			List<Instant> aroundTheChange) {
		Availability host = new Schedule(AMSTERDAM).daily("09:00", "12:00").availability();

		List<CandidateTime> times = CandidateTimes.between(host, TALK, Duration.ofMinutes(180),
				at(fromDate + "T00:00", AMSTERDAM), at(toDate + "T00:00", AMSTERDAM));

		assertThat(local(times, AMSTERDAM)).containsExactlyElementsOf(starts);
		assertThat(times).extracting(CandidateTime::start).containsAll(aroundTheChange);
	}

	static Stream<Arguments> keepsTheLocalStartOnBothSidesOfAClockChange() {
		return Stream.of(
				argumentSet(
						"the clocks going forward: 09:00 is 08:00Z in winter time (UTC+1) "
								+ "and 07:00Z in summer time (UTC+2)",
						"2026-03-26", "2026-04-02",
						List.of("2026-03-26T09:00", "2026-03-27T09:00", "2026-03-28T09:00", "2026-03-29T09:00",
								"2026-03-30T09:00", "2026-03-31T09:00", "2026-04-01T09:00"),
						List.of(Instant.parse("2026-03-28T08:00:00Z"), Instant.parse("2026-03-29T07:00:00Z"),
								Instant.parse("2026-03-30T07:00:00Z"))),
				argumentSet(
						"the clocks going back: 09:00 is 07:00Z in summer time (UTC+2) "
								+ "and 08:00Z in winter time (UTC+1)",
						"2026-10-22", "2026-10-29",
						List.of("2026-10-22T09:00", "2026-10-23T09:00", "2026-10-24T09:00", "2026-10-25T09:00",
								"2026-10-26T09:00", "2026-10-27T09:00", "2026-10-28T09:00"),
						List.of(Instant.parse("2026-10-24T07:00:00Z"), Instant.parse("2026-10-25T08:00:00Z"),
								Instant.parse("2026-10-26T08:00:00Z"))));
	}

	@Test
	void skipsStartsTheClocksJumpOver() {
		Availability host = new Schedule(AMSTERDAM).weekly(DayOfWeek.SUNDAY, "01:00", "04:00").availability();

		List<CandidateTime> times = CandidateTimes.between(host, TALK, HALF_HOUR, at("2026-03-29T00:00", AMSTERDAM),
				at("2026-03-30T00:00", AMSTERDAM));

		// 02:00 and 02:30 do not exist that night: the clocks go from 02:00 to 03:00
		assertThat(local(times, AMSTERDAM)).containsExactly("2026-03-29T01:00", "2026-03-29T01:30", "2026-03-29T03:00",
				"2026-03-29T03:30");
		assertThat(times).extracting(CandidateTime::start)
			.containsExactly(Instant.parse("2026-03-29T00:00:00Z"), Instant.parse("2026-03-29T00:30:00Z"),
					Instant.parse("2026-03-29T01:00:00Z"), Instant.parse("2026-03-29T01:30:00Z"));
		assertThat(times).allSatisfy(time -> assertThat(time.end()).isEqualTo(time.start().plus(HALF_HOUR)));
	}

	@Test
	void aSkippedStartIsNotMovedPastTheJump() {
		// 45-minute slots from 01:15: 02:00 and 02:45 do not exist; moved by the hour
		// they
		// would become 03:00 and 03:45, off the window's own steps
		Availability host = new Schedule(AMSTERDAM).weekly(DayOfWeek.SUNDAY, "01:15", "04:00").availability();

		List<CandidateTime> times = CandidateTimes.between(host, TALK, Duration.ofMinutes(45),
				at("2026-03-29T00:00", AMSTERDAM), at("2026-03-30T00:00", AMSTERDAM));

		assertThat(local(times, AMSTERDAM)).containsExactly("2026-03-29T01:15");
	}

	@Test
	void aWindowRunningToAMidnightTheClocksSkipEndsWhenTheyJump() {
		// in Santiago the clocks go from 00:00 to 01:00 on Sunday 6 September 2026
		ZoneId santiago = ZoneId.of("America/Santiago");
		Availability host = new Schedule(santiago).weekly(DayOfWeek.SATURDAY, "23:00", "00:00")
			.weekly(DayOfWeek.SUNDAY, "00:00", "02:00")
			.availability();

		List<CandidateTime> times = CandidateTimes.between(host, TALK, HOUR, at("2026-09-05T00:00", santiago),
				at("2026-09-07T00:00", santiago));

		assertThat(times).containsExactly(
				new CandidateTime(Instant.parse("2026-09-06T03:00:00Z"), Instant.parse("2026-09-06T04:00:00Z")),
				new CandidateTime(Instant.parse("2026-09-06T04:00:00Z"), Instant.parse("2026-09-06T05:00:00Z")));
		assertThat(local(times, santiago)).containsExactly("2026-09-05T23:00", "2026-09-06T01:00");
	}

	@Test
	void offersAStartTheClocksRepeatOnceAtItsFirstOccurrence() {
		Availability host = new Schedule(AMSTERDAM).weekly(DayOfWeek.SUNDAY, "01:00", "04:00").availability();

		List<CandidateTime> times = CandidateTimes.between(host, TALK, HALF_HOUR, at("2026-10-25T00:00", AMSTERDAM),
				at("2026-10-26T00:00", AMSTERDAM));

		assertThat(local(times, AMSTERDAM)).containsExactly("2026-10-25T01:00", "2026-10-25T01:30", "2026-10-25T02:00",
				"2026-10-25T02:30", "2026-10-25T03:00", "2026-10-25T03:30");
		// 02:00 and 02:30 summer time (UTC+2); the same local times in winter time are
		// not
		// offered again
		assertThat(times).extracting(CandidateTime::start)
			.containsExactly(Instant.parse("2026-10-24T23:00:00Z"), Instant.parse("2026-10-24T23:30:00Z"),
					Instant.parse("2026-10-25T00:00:00Z"), Instant.parse("2026-10-25T00:30:00Z"),
					Instant.parse("2026-10-25T02:00:00Z"), Instant.parse("2026-10-25T02:30:00Z"))
			.doesNotHaveDuplicates();
	}

	@Test
	void aWindowEndingInTheRepeatedHourStopsAtItsLocalEnd() {
		// 00:00 to 02:30 on the night the clocks go back is three and a half real hours,
		// but
		// a 02:00 start would end at 03:00 local, past the window
		Availability host = new Schedule(AMSTERDAM).weekly(DayOfWeek.SUNDAY, "00:00", "02:30").availability();

		List<CandidateTime> times = CandidateTimes.between(host, TALK, HOUR, at("2026-10-25T00:00", AMSTERDAM),
				at("2026-10-26T00:00", AMSTERDAM));

		assertThat(local(times, AMSTERDAM)).containsExactly("2026-10-25T00:00", "2026-10-25T01:00");
	}

	@Test
	void aDayOffTakesAwayThatDatesWeeklyWindowsOnly() {
		Availability host = new Schedule(JAKARTA).weekly(DayOfWeek.MONDAY, "19:00", "20:00")
			.weekly(DayOfWeek.TUESDAY, "19:00", "20:00")
			.dayOff("2026-06-01")
			.availability();

		List<CandidateTime> times = CandidateTimes.between(host, TALK, HOUR, MONDAY, MONDAY.plus(days(14)));

		assertThat(local(times, JAKARTA)).containsExactly("2026-06-02T19:00", "2026-06-08T19:00", "2026-06-09T19:00");
	}

	@Test
	void aDayOffKeepsThatDatesExtraHoursAndOneOffSlots() {
		Availability host = new Schedule(JAKARTA).weekly(DayOfWeek.MONDAY, "19:00", "21:00")
			.dayOff("2026-06-01")
			.extra("2026-06-01", "10:00", "11:00")
			.oneOff(TALK, at("2026-06-01T15:00", JAKARTA))
			.availability();

		List<CandidateTime> times = CandidateTimes.between(host, TALK, HOUR, MONDAY, MONDAY.plus(days(1)));

		assertThat(local(times, JAKARTA)).containsExactly("2026-06-01T10:00", "2026-06-01T15:00");
	}

	@Test
	void extraHoursAddSlotsOnTheirDateOnly() {
		Availability host = new Schedule(JAKARTA).weekly(DayOfWeek.MONDAY, "19:00", "20:00")
			.extra("2026-06-03", "14:00", "15:00")
			.availability();

		List<CandidateTime> times = CandidateTimes.between(host, TALK, HALF_HOUR, MONDAY, MONDAY.plus(days(14)));

		assertThat(local(times, JAKARTA)).containsExactly("2026-06-01T19:00", "2026-06-01T19:30", "2026-06-03T14:00",
				"2026-06-03T14:30", "2026-06-08T19:00", "2026-06-08T19:30");
	}

	@Test
	void extraHoursOverlappingAWeeklyWindowOfferEachStartOnce() {
		Availability host = new Schedule(JAKARTA).weekly(DayOfWeek.MONDAY, "19:00", "21:00")
			.extra("2026-06-01", "20:00", "22:00")
			.availability();

		List<CandidateTime> times = CandidateTimes.between(host, TALK, HALF_HOUR, MONDAY, MONDAY.plus(days(1)));

		assertThat(local(times, JAKARTA)).containsExactly("2026-06-01T19:00", "2026-06-01T19:30", "2026-06-01T20:00",
				"2026-06-01T20:30", "2026-06-01T21:00", "2026-06-01T21:30");
	}

	@Test
	void oneOffSlotsAreOfferedForTheirOwnOfferingOnly() {
		Availability host = new Schedule(JAKARTA).oneOff(TALK, at("2026-06-02T10:00", JAKARTA))
			.oneOff(REVIEW, at("2026-06-02T11:00", JAKARTA))
			.availability();

		assertThat(local(CandidateTimes.between(host, TALK, HOUR, MONDAY, MONDAY.plus(days(7))), JAKARTA))
			.containsExactly("2026-06-02T10:00");
		assertThat(local(CandidateTimes.between(host, REVIEW, HOUR, MONDAY, MONDAY.plus(days(7))), JAKARTA))
			.containsExactly("2026-06-02T11:00");
	}

	@Test
	void oneOffSlotsAreOfferedWithinTheRangeOnly() {
		Instant from = at("2026-06-02T10:00", JAKARTA);
		Instant to = at("2026-06-02T12:00", JAKARTA);
		Availability host = new Schedule(JAKARTA).oneOff(TALK, from.minusSeconds(60))
			.oneOff(TALK, from)
			.oneOff(TALK, to.minusSeconds(60))
			.oneOff(TALK, to)
			.oneOff(TALK, to.plus(days(1)))
			.availability();

		List<CandidateTime> times = CandidateTimes.between(host, TALK, HOUR, from, to);

		assertThat(times).containsExactly(new CandidateTime(from, from.plus(HOUR)),
				new CandidateTime(to.minusSeconds(60), to.minusSeconds(60).plus(HOUR)));
	}

	@Test
	void aOneOffSlotAtTheStartOfAWindowSlotIsOfferedOnce() {
		Instant nineteen = at("2026-06-01T19:00", JAKARTA);
		Availability host = new Schedule(JAKARTA).weekly(DayOfWeek.MONDAY, "19:00", "20:00")
			.oneOff(TALK, nineteen)
			.oneOff(TALK, nineteen)
			.availability();

		List<CandidateTime> times = CandidateTimes.between(host, TALK, HALF_HOUR, MONDAY, MONDAY.plus(days(1)));

		assertThat(local(times, JAKARTA)).containsExactly("2026-06-01T19:00", "2026-06-01T19:30");
	}

	@Test
	void aOneOffSlotIsOfferedOnItsOwnTimeEvenBetweenWindowSlots() {
		Availability host = new Schedule(JAKARTA).weekly(DayOfWeek.MONDAY, "19:00", "20:00")
			.oneOff(TALK, at("2026-06-01T19:15", JAKARTA))
			.availability();

		List<CandidateTime> times = CandidateTimes.between(host, TALK, HALF_HOUR, MONDAY, MONDAY.plus(days(1)));

		assertThat(local(times, JAKARTA)).containsExactly("2026-06-01T19:00", "2026-06-01T19:15", "2026-06-01T19:30");
	}

	@Test
	void aPausedHostOffersNothing() {
		Availability host = new Schedule(JAKARTA).weekly(DayOfWeek.MONDAY, "19:00", "21:00")
			.extra("2026-06-02", "10:00", "11:00")
			.oneOff(TALK, at("2026-06-03T10:00", JAKARTA))
			.paused()
			.availability();

		assertThat(host.hasAnyTime()).isTrue();
		assertThat(CandidateTimes.between(host, TALK, HALF_HOUR, MONDAY, MONDAY.plus(days(28)))).isEmpty();
		assertThat(CandidateTimes.first(host, TALK, HALF_HOUR, MONDAY, MONDAY.plus(days(28)))).isEmpty();
	}

	@Test
	void aWindowMayRunToMidnight() {
		TimeWindow lateEvening = TimeWindow.of(LocalTime.of(22, 0), LocalTime.MIDNIGHT);
		assertThat(lateEvening.endMinute()).isEqualTo(1440);
		Availability host = new Schedule(JAKARTA).weekly(DayOfWeek.MONDAY, lateEvening).availability();

		List<CandidateTime> times = CandidateTimes.between(host, TALK, HOUR, MONDAY, MONDAY.plus(days(7)));

		assertThat(times).containsExactly(
				new CandidateTime(at("2026-06-01T22:00", JAKARTA), at("2026-06-01T23:00", JAKARTA)),
				new CandidateTime(at("2026-06-01T23:00", JAKARTA), at("2026-06-02T00:00", JAKARTA)));
	}

	@Test
	void aWindowRunningToMidnightBeforeTheClocksGoForwardEndsAtThatMidnight() {
		Availability host = new Schedule(AMSTERDAM).weekly(DayOfWeek.SATURDAY, "23:00", "00:00").availability();

		List<CandidateTime> times = CandidateTimes.between(host, TALK, HALF_HOUR, at("2026-03-28T00:00", AMSTERDAM),
				at("2026-03-30T00:00", AMSTERDAM));

		assertThat(local(times, AMSTERDAM)).containsExactly("2026-03-28T23:00", "2026-03-28T23:30");
		assertThat(times.get(1).end()).isEqualTo(Instant.parse("2026-03-28T23:00:00Z"));
	}

	@Test
	void aHostEastOfUtcOffersTheirMondayMorningOnTheUtcSunday() {
		Availability host = new Schedule(JAYAPURA).weekly(DayOfWeek.MONDAY, "07:00", "08:00").availability();
		Instant utcSunday = Instant.parse("2026-05-31T00:00:00Z");

		List<CandidateTime> times = CandidateTimes.between(host, TALK, HALF_HOUR, utcSunday, utcSunday.plus(days(1)));

		// 07:00 in Jayapura (UTC+9) on Monday is 22:00Z on Sunday
		assertThat(times).extracting(CandidateTime::start)
			.containsExactly(Instant.parse("2026-05-31T22:00:00Z"), Instant.parse("2026-05-31T22:30:00Z"));
		assertThat(local(times, JAYAPURA)).containsExactly("2026-06-01T07:00", "2026-06-01T07:30");
		assertThat(CandidateTimes.between(host, TALK, HALF_HOUR, utcSunday, Instant.parse("2026-05-31T22:30:00Z")))
			.extracting(CandidateTime::start)
			.containsExactly(Instant.parse("2026-05-31T22:00:00Z"));
	}

	@Test
	void aHostWestOfUtcOffersTheirMondayEveningOnTheUtcTuesday() {
		Availability host = new Schedule(LOS_ANGELES).weekly(DayOfWeek.MONDAY, "20:00", "21:00").availability();
		Instant utcTuesday = Instant.parse("2026-06-02T00:00:00Z");

		List<CandidateTime> times = CandidateTimes.between(host, TALK, HOUR, utcTuesday, utcTuesday.plus(days(1)));

		// 20:00 in Los Angeles (UTC-7 in summer) on Monday is 03:00Z on Tuesday
		assertThat(times).extracting(CandidateTime::start).containsExactly(Instant.parse("2026-06-02T03:00:00Z"));
	}

	@Test
	void firstFindsTheEarliestTime() {
		Availability host = new Schedule(JAKARTA).weekly(DayOfWeek.MONDAY, "19:00", "21:00")
			.weekly(DayOfWeek.WEDNESDAY, "07:00", "08:00")
			.oneOff(TALK, at("2026-06-02T12:00", JAKARTA))
			.availability();

		assertThat(CandidateTimes.first(host, TALK, HALF_HOUR, at("2026-06-01T20:10", JAKARTA), MONDAY.plus(days(28))))
			.contains(new CandidateTime(at("2026-06-01T20:30", JAKARTA), at("2026-06-01T21:00", JAKARTA)));
		// after Monday's window the one-off slot comes first, but only for its own
		// offering
		Instant lateMonday = at("2026-06-01T20:40", JAKARTA);
		assertThat(CandidateTimes.first(host, TALK, HALF_HOUR, lateMonday, MONDAY.plus(days(28))))
			.contains(new CandidateTime(at("2026-06-02T12:00", JAKARTA), at("2026-06-02T12:30", JAKARTA)));
		assertThat(CandidateTimes.first(host, REVIEW, HALF_HOUR, lateMonday, MONDAY.plus(days(28))))
			.contains(new CandidateTime(at("2026-06-03T07:00", JAKARTA), at("2026-06-03T07:30", JAKARTA)));
	}

	@ParameterizedTest
	@MethodSource
	void firstLooksWeeksAhead(Availability host, Instant to, Instant start) {
		assertThat(CandidateTimes.first(host, TALK, HOUR, MONDAY, to))
			.contains(new CandidateTime(start, start.plus(HOUR)));
	}

	static Stream<Arguments> firstLooksWeeksAhead() {
		return Stream.of(
				argumentSet("extra hours in the fourth week",
						new Schedule(JAKARTA).extra("2026-06-24", "10:00", "11:00").availability(),
						MONDAY.plus(days(60)), at("2026-06-24T10:00", JAKARTA)),
				argumentSet(
						"a one-off slot starting exactly a week after from, "
								+ "on the boundary between the first and second week searched",
						new Schedule(JAKARTA).oneOff(TALK, MONDAY.plus(days(7))).availability(), MONDAY.plus(days(14)),
						MONDAY.plus(days(7))));
	}

	@Test
	void firstFindsNothingBeyondTheRange() {
		Availability host = new Schedule(JAKARTA).extra("2026-06-24", "10:00", "11:00").availability();

		assertThat(CandidateTimes.first(host, TALK, HOUR, MONDAY, at("2026-06-24T10:00", JAKARTA))).isEmpty();
		assertThat(CandidateTimes.first(host, TALK, HOUR, MONDAY, MONDAY.plus(days(10)))).isEmpty();
		assertThat(
				CandidateTimes.first(new Schedule(JAKARTA).availability(), TALK, HOUR, MONDAY, MONDAY.plus(days(365))))
			.isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "Asia/Jakarta, 15", "Asia/Jakarta, 45", "Europe/Amsterdam, 30", "Europe/Amsterdam, 60",
			"Europe/Amsterdam, 120", "Asia/Jayapura, 30", "America/Los_Angeles, 90" })
	void timesAreInOrderEachOnceWithinTheRangeAndAsLongAsTheOffering(String zoneId, int minutes) {
		ZoneId zone = ZoneId.of(zoneId);
		Duration length = Duration.ofMinutes(minutes);
		Schedule schedule = new Schedule(zone).daily("07:00", "09:00").daily("12:00", "13:00").daily("19:00", "00:00");
		schedule.weekly(DayOfWeek.SUNDAY, "00:00", "04:00")
			.dayOff("2026-10-20")
			.extra("2026-10-21", "08:00", "12:00")
			.extra("2026-10-25", "01:00", "04:00")
			.oneOff(TALK, at("2026-10-22T12:00", zone))
			.oneOff(TALK, at("2026-10-22T12:10", zone))
			.oneOff(REVIEW, at("2026-10-22T15:00", zone));
		Instant from = at("2026-10-19T08:20", zone);
		Instant to = at("2026-11-02T08:20", zone);

		List<CandidateTime> times = CandidateTimes.between(schedule.availability(), TALK, length, from, to);

		assertThat(times).isNotEmpty()
			.isSortedAccordingTo(Comparator.naturalOrder())
			.allSatisfy(time -> assertThat(time.end()).isEqualTo(time.start().plus(length)))
			.allSatisfy(time -> assertThat(time.start()).isAfterOrEqualTo(from).isBefore(to));
		assertThat(times).extracting(CandidateTime::start).doesNotHaveDuplicates();
		assertThat(CandidateTimes.first(schedule.availability(), TALK, length, from, to)).contains(times.get(0));
	}

	private static Instant at(String localDateTime, ZoneId zone) {
		return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
	}

	private static Duration days(int days) {
		return Duration.ofDays(days);
	}

	/** The starts as local date-times in {@code zone}, such as "2026-06-01T19:00". */
	private static List<String> local(List<CandidateTime> times, ZoneId zone) {
		return times.stream().map(time -> LocalDateTime.ofInstant(time.start(), zone).toString()).toList();
	}

	private static TimeWindow window(String start, String end) {
		return TimeWindow.of(LocalTime.parse(start), LocalTime.parse(end));
	}

	/** A host's availability, built up one window at a time. */
	private static final class Schedule {

		private final ZoneId zone;

		private final List<WeeklyWindow> weekly = new ArrayList<>();

		private final List<LocalDate> daysOff = new ArrayList<>();

		private final List<ExtraWindow> extra = new ArrayList<>();

		private final List<OneOffSlot> oneOffSlots = new ArrayList<>();

		private boolean paused;

		Schedule(ZoneId zone) {
			this.zone = zone;
		}

		Schedule weekly(DayOfWeek day, String start, String end) {
			return weekly(day, window(start, end));
		}

		Schedule weekly(DayOfWeek day, TimeWindow window) {
			this.weekly.add(new WeeklyWindow(day, window));
			return this;
		}

		Schedule daily(String start, String end) {
			for (DayOfWeek day : DayOfWeek.values()) {
				weekly(day, start, end);
			}
			return this;
		}

		Schedule dayOff(String date) {
			this.daysOff.add(LocalDate.parse(date));
			return this;
		}

		Schedule extra(String date, String start, String end) {
			this.extra.add(new ExtraWindow(LocalDate.parse(date), window(start, end)));
			return this;
		}

		Schedule oneOff(OfferingId offering, Instant start) {
			this.oneOffSlots.add(new OneOffSlot(offering, start));
			return this;
		}

		Schedule paused() {
			this.paused = true;
			return this;
		}

		Availability availability() {
			return new Availability(this.zone, this.paused, this.weekly, Set.copyOf(this.daysOff), this.extra,
					this.oneOffSlots);
		}

	}

}
