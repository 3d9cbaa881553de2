package id.ngupi.hosting;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import id.ngupi.db.test.TestClock;
import id.ngupi.hosting.internal.NextCandidates;
import id.ngupi.identity.AccountId;
import id.ngupi.identity.Accounts;
import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Offerings, the weekly schedule, date overrides and one-off slots: limits refused with
 * nothing saved, the database refusing what slips past, and only the host's own data
 * touched.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class OfferingsAndScheduleTests {

	private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

	private final Hosting hosting;

	private final HostDirectory directory;

	private final JdbcTemplate jdbc;

	private final TestClock clock;

	private final NextCandidates nextCandidates;

	private final Hosts hosts;

	OfferingsAndScheduleTests(@Autowired Hosting hosting, @Autowired HostDirectory directory,
			@Autowired Accounts accounts, @Autowired JdbcTemplate jdbc, @Autowired TestClock clock,
			@Autowired NextCandidates nextCandidates) {
		this.hosting = hosting;
		this.nextCandidates = nextCandidates;
		this.directory = directory;
		this.jdbc = jdbc;
		this.clock = clock;
		this.hosts = new Hosts(accounts, hosting);
	}

	@Test
	void thePeriodicRefreshMovesTimesThatPassedOrFellWithinTheNotice() {
		this.clock.set(Instant.parse("2026-12-07T11:00:00Z")); // Monday 18:00 in Jakarta
		AccountId host = this.hosts.host("Refresh", "interview");
		Offering offering = this.directory.offerings(host).get(0);
		OfferingChange change = offering.asChange();
		this.hosting.updateOffering(host, offering.id(),
				new OfferingChange(change.title(), 30, "", change.question(), false, 3, 1, 21, 0, null));
		assertThat(listed(host)).isEqualTo(Instant.parse("2026-12-07T12:00:00Z"));

		// 18:10: 19:00 is still ahead, but within the hour of notice
		this.clock.set(Instant.parse("2026-12-07T11:10:00Z"));
		this.nextCandidates.refreshStale();
		assertThat(listed(host)).isEqualTo(Instant.parse("2026-12-07T12:30:00Z"));

		// the next evening: every time of Monday has passed
		this.clock.set(Instant.parse("2026-12-08T02:00:00Z"));
		this.nextCandidates.refreshStale();
		assertThat(listed(host)).isEqualTo(Instant.parse("2026-12-08T12:00:00Z"));
	}

	@Test
	void thePeriodicRefreshLeavesTimesThatStillHold() {
		this.clock.set(Instant.parse("2026-12-07T11:00:00Z"));
		AccountId host = this.hosts.host("Tetap", "interview");
		this.jdbc.update("UPDATE hosting.host SET next_candidate_at = '2026-12-07T13:00:00Z' WHERE account_id = ?",
				host.value());

		this.nextCandidates.refreshStale();

		// not due for a refresh, so the (planted) value stays
		assertThat(listed(host)).isEqualTo(Instant.parse("2026-12-07T13:00:00Z"));
	}

	private Instant listed(AccountId host) {
		return this.directory.find(host).orElseThrow().nextCandidateAt();
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void refusesOfferingsBreakingTheLimitsAndSavesNothing() {
		AccountId host = this.hosts.host("Frontend", "frontend");
		List<Offering> before = this.directory.offerings(host);

		assertRefused(host, withQuota(0));
		assertRefused(host, withQuota(1000));
		assertRefused(host, Hosts.offering(7));
		assertRefused(host, Hosts.offering(121));
		assertRefused(host, new OfferingChange("", 30, "", "Q?", false, 3, 0, 21, 0, null));
		assertRefused(host, new OfferingChange("T", 30, "", " ", false, 3, 0, 21, 0, null));
		assertRefused(host, new OfferingChange("T", 30, "", "Q?", false, 3, -1, 21, 0, null));
		assertRefused(host, new OfferingChange("T", 30, "", "Q?", false, 3, 337, 21, 0, null));
		assertRefused(host, new OfferingChange("T", 30, "", "Q?", false, 3, 0, 0, 0, null));
		assertRefused(host, new OfferingChange("T", 30, "", "Q?", false, 3, 0, 91, 0, null));
		assertRefused(host, new OfferingChange("T", 30, "", "Q?", false, 3, 0, 21, 61, null));
		assertRefused(host, new OfferingChange("T", 30, "", "Q?", false, 3, 0, 21, 0, "javascript:alert(1)"));

		assertThat(this.directory.offerings(host)).isEqualTo(before);
	}

	@Test
	void theDatabaseRefusesAnOfferingThatSlipsPastTheChecks() {
		AccountId host = this.hosts.host("Backend", "backend");

		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> this.jdbc
			.update("update hosting.offering set weekly_quota = 1000 where host_id = ?", host.value()));
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> this.jdbc
			.update("update hosting.offering set duration_minutes = 7 where host_id = ?", host.value()));
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> this.jdbc
			.update("update hosting.host set meeting_url = 'javascript:alert(1)' where account_id = ?", host.value()));
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> this.jdbc
			.update("update hosting.offering set min_notice_hours = 337 where host_id = ?", host.value()));
	}

	@Test
	void theMinimumNoticeIsWholeHoursUpToTwoWeeksAndTheHorizonDaysUpToNinety() {
		AccountId host = this.hosts.host("Jam", "jam");
		OfferingChange longest = new OfferingChange("Jauh hari", 30, "", "Topik apa?", false, 3,
				OfferingChange.MIN_NOTICE_MAX_HOURS, OfferingChange.HORIZON_MAX_DAYS, 0, null);

		OfferingId id = this.hosting.addOffering(host, longest).orElseThrow();

		assertThat(OfferingChange.MIN_NOTICE_MAX_HOURS).as("two weeks").isEqualTo(336);
		Offering saved = this.directory.offering(id).orElseThrow();
		assertThat(saved.minNotice()).isEqualTo(Duration.ofDays(14));
		assertThat(saved.horizon()).isEqualTo(Duration.ofDays(90));
		assertThat(saved.asChange().minNoticeHours()).as("read back in the unit it was set in").isEqualTo(336);
		assertThat(saved.asChange().horizonDays()).isEqualTo(90);
		assertThat(OfferingChange.suggested("id").minNoticeHours()).as("12 hours, as before").isEqualTo(12);
		assertThatExceptionOfType(ConstraintViolationException.class)
			.isThrownBy(() -> this.hosting.addOffering(host,
					new OfferingChange("T", 30, "", "Q?", false, 3, OfferingChange.MIN_NOTICE_MAX_HOURS + 1, 21, 0,
							null)))
			.satisfies(refused -> assertThat(refused.getConstraintViolations()).singleElement().satisfies(violation -> {
				assertThat(violation.getPropertyPath().toString()).endsWith("minNoticeHours");
				assertThat(violation.getMessageTemplate()).isEqualTo("{validation.offering.minNotice}");
			}));
	}

	@Test
	void onlyTheHostChangesTheirOffering() {
		AccountId owner = this.hosts.host("Mobile", "mobile");
		AccountId other = this.hosts.host("Data", "data");
		Offering offering = this.directory.offerings(owner).get(0);

		assertThat(this.hosting.updateOffering(other, offering.id(), withQuota(5))).isFalse();
		assertThat(this.hosting.setOfferingActive(other, offering.id(), false)).isFalse();
		assertThat(this.hosting.addOneOffSlot(other, offering.id(), LocalDateTime.now().plusDays(3)))
			.isEqualTo(ScheduleOutcome.UNKNOWN_OFFERING);

		assertThat(this.directory.offering(offering.id())).contains(offering);
		assertThat(this.directory.availability(owner).orElseThrow().oneOffSlots()).isEmpty();
	}

	@Test
	void findsTheOfferingsOfSeveralHostsAtOnceRetiredOnesToo() {
		AccountId first = this.hosts.host("Mobile", "mobile");
		AccountId second = this.hosts.host("Data", "data");
		Offering mobile = this.directory.offerings(first).get(0);
		OfferingId retired = this.hosting.addOffering(first, Hosts.offering(60)).orElseThrow();
		this.hosting.setOfferingActive(first, retired, false);
		Offering data = this.directory.offerings(second).get(0);
		OfferingId unknown = new OfferingId(UUID.randomUUID());

		Map<OfferingId, Offering> found = this.directory.offerings(List.of(mobile.id(), retired, data.id(), unknown));

		assertThat(found).containsOnlyKeys(mobile.id(), retired, data.id());
		assertThat(found.get(mobile.id())).isEqualTo(mobile);
		assertThat(found.get(data.id())).isEqualTo(data);
		assertThat(found.get(retired)).isEqualTo(this.directory.offering(retired).orElseThrow())
			.extracting(Offering::active)
			.isEqualTo(false);
		assertThat(this.directory.offerings(List.<OfferingId>of())).isEmpty();
	}

	@Test
	void aHostKeepsAtMostTenOfferings() {
		AccountId host = this.hosts.host("Karier", "karier");
		for (int i = 1; i < Hosting.OFFERINGS_MAX; i++) {
			assertThat(this.hosting.addOffering(host, Hosts.offering(15 + i))).isPresent();
		}

		assertThat(this.hosting.addOffering(host, Hosts.offering(60))).isEmpty();
		assertThat(this.directory.offerings(host)).hasSize(Hosting.OFFERINGS_MAX);
	}

	@Test
	void aRetiredOfferingOffersNoTimesAndTakesNoOneOffSlot() {
		AccountId host = this.hosts.host("Studi", "studi");
		OfferingId offering = this.directory.offerings(host).get(0).id();

		this.hosting.setOfferingActive(host, offering, false);

		assertThat(this.hosting.addOneOffSlot(host, offering, LocalDateTime.now().plusDays(2)))
			.isEqualTo(ScheduleOutcome.UNKNOWN_OFFERING);

		assertThat(upcoming(host, offering, 3)).isEmpty();
		assertThat(this.directory.find(host).orElseThrow().nextCandidateAt()).isNull();
	}

	@Test
	void aHostsPageGetsTheNextTimesOfEachActiveOffering() {
		this.clock.set(Instant.parse("2026-12-07T11:00:00Z")); // Monday 18:00 in Jakarta
		AccountId host = this.hosts.host("Halaman", "studi");
		OfferingId half = this.directory.offerings(host).get(0).id();
		OfferingId hour = this.hosting.addOffering(host, Hosts.offering(60)).orElseThrow();
		OfferingId retired = this.hosting.addOffering(host, Hosts.offering(45)).orElseThrow();
		this.hosting.setOfferingActive(host, retired, false);

		Map<Offering, List<CandidateTime>> upcoming = this.directory.upcomingByOffering(host, 3);

		assertThat(upcoming.keySet()).extracting(Offering::id)
			.as("the active ones, in the order of offerings()")
			.containsExactlyElementsOf(
					this.directory.offerings(host).stream().filter(Offering::active).map(Offering::id).toList())
			.containsExactlyInAnyOrder(half, hour);
		assertThat(upcoming.values()).allSatisfy(times -> assertThat(times).hasSize(3));
		assertThat(upcoming.get(this.directory.offering(hour).orElseThrow())).extracting(CandidateTime::start)
			.containsExactly(Instant.parse("2026-12-07T12:00:00Z"), Instant.parse("2026-12-07T13:00:00Z"),
					Instant.parse("2026-12-08T12:00:00Z"));
		assertThat(this.directory.upcomingByOffering(this.hosts.member("Bukan host").id(), 3)).isEmpty();
	}

	@Test
	void refusesOverlappingWindowsAndKeepsTheSchedule() {
		AccountId host = this.hosts.host("DevOps", "devops");
		List<WeeklyWindow> before = this.directory.availability(host).orElseThrow().weekly();

		ScheduleOutcome outcome = this.hosting.replaceWeeklySchedule(host,
				List.of(window(DayOfWeek.MONDAY, 9, 12), window(DayOfWeek.MONDAY, 11, 13)));

		assertThat(outcome).isEqualTo(ScheduleOutcome.OVERLAPPING);
		assertThat(this.directory.availability(host).orElseThrow().weekly()).isEqualTo(before);
	}

	@Test
	void touchingWindowsAndTheSameHoursOnOtherDaysAreFine() {
		AccountId host = this.hosts.host("UI/UX", "ui-ux");

		ScheduleOutcome outcome = this.hosting.replaceWeeklySchedule(host, List.of(window(DayOfWeek.MONDAY, 9, 12),
				window(DayOfWeek.MONDAY, 12, 13), window(DayOfWeek.TUESDAY, 9, 12)));

		assertThat(outcome).isEqualTo(ScheduleOutcome.SAVED);
		assertThat(this.directory.availability(host).orElseThrow().weekly()).hasSize(3);
	}

	@Test
	void theDatabaseRefusesOverlappingAndBackwardWindows() {
		AccountId host = this.hosts.host("Security", "security");
		String insert = "insert into hosting.weekly_window (host_id, day_of_week, start_minute, end_minute) values (?, 1, ?, ?)";

		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.jdbc.update(insert, host.value(), 19 * 60 + 30, 22 * 60));
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.jdbc.update(insert, host.value(), 10 * 60, 9 * 60));
	}

	@Test
	void aWindowCannotEndBeforeItStarts() {
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> TimeWindow.of(LocalTime.of(12, 0), LocalTime.of(9, 0)));
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> TimeWindow.of(LocalTime.of(9, 0), LocalTime.of(9, 0)));
		assertThat(TimeWindow.of(LocalTime.of(22, 0), LocalTime.MIDNIGHT).endText()).isEqualTo("24:00");
	}

	@Test
	void aDayOffTakesAWeeklyDayAwayAndExtraHoursAddTimes() {
		AccountId host = this.hosts.host("Open source", "open-source");
		this.clock.set(Instant.parse("2026-12-06T12:00:00Z")); // a Sunday, 19:00 in
																// Jakarta
		OfferingId offering = this.directory.offerings(host).get(0).id();
		LocalDate monday = LocalDate.of(2026, 12, 7);

		assertThat(this.hosting.addDayOff(host, monday)).isEqualTo(ScheduleOutcome.SAVED);
		assertThat(this.hosting.addExtraWindow(host,
				new ExtraWindow(monday, TimeWindow.of(LocalTime.of(8, 0), LocalTime.of(9, 0)))))
			.isEqualTo(ScheduleOutcome.SAVED);

		List<CandidateTime> monday_ = this.directory.candidateTimes(offering, monday.atStartOfDay(JAKARTA).toInstant(),
				monday.plusDays(1).atStartOfDay(JAKARTA).toInstant());
		assertThat(monday_).extracting(time -> time.start().atZone(JAKARTA).toLocalTime())
			.containsExactly(LocalTime.of(8, 0), LocalTime.of(8, 30));

		assertThat(this.hosting.removeDayOff(host, monday)).isTrue();
		assertThat(this.directory.candidateTimes(offering, monday.atStartOfDay(JAKARTA).toInstant(),
				monday.plusDays(1).atStartOfDay(JAKARTA).toInstant()))
			.hasSize(6);
	}

	@Test
	void refusesOverridesMoreThanAYearAheadEvenAtTheEndOfTime() {
		AccountId host = this.hosts.host("Perencana", "perencana");
		OfferingId offering = this.hosting.addOffering(host, OfferingChange.suggested("id")).orElseThrow();
		this.clock.set(Instant.parse("2026-12-06T12:00:00Z"));
		LocalDate lastPlannable = LocalDate.of(2027, 12, 6);
		TimeWindow morning = TimeWindow.of(LocalTime.of(8, 0), LocalTime.of(9, 0));

		for (LocalDate far : List.of(lastPlannable.plusDays(1), LocalDate.MAX)) {
			assertThat(this.hosting.addDayOff(host, far)).as(far.toString()).isEqualTo(ScheduleOutcome.TOO_FAR_AHEAD);
			assertThat(this.hosting.addExtraWindow(host, new ExtraWindow(far, morning)))
				.isEqualTo(ScheduleOutcome.TOO_FAR_AHEAD);
			assertThat(this.hosting.addOneOffSlot(host, offering, far.atTime(9, 0)))
				.isEqualTo(ScheduleOutcome.TOO_FAR_AHEAD);
			assertThat(this.hosting.removeDayOff(host, far)).isFalse();
			assertThat(this.hosting.removeExtraWindow(host, new ExtraWindow(far, morning))).isFalse();
		}
		assertThat(this.hosting.removeOneOffSlot(host, new OneOffSlot(offering, Instant.MAX))).isFalse();
		Availability nothing = this.directory.availability(host).orElseThrow();
		assertThat(nothing.daysOff()).isEmpty();
		assertThat(nothing.extra()).isEmpty();
		assertThat(nothing.oneOffSlots()).isEmpty();

		assertThat(this.hosting.addDayOff(host, lastPlannable)).isEqualTo(ScheduleOutcome.SAVED);
	}

	@Test
	void removingAnOverrideFromThePastChangesNothingEvenAtTheStartOfTime() {
		AccountId host = this.hosts.host("Arsip", "arsip");
		OfferingId offering = this.hosting.addOffering(host, OfferingChange.suggested("id")).orElseThrow();
		this.clock.set(Instant.parse("2026-12-06T12:00:00Z")); // 19:00 in Jakarta
		LocalDate today = LocalDate.of(2026, 12, 6);
		TimeWindow evening = TimeWindow.of(LocalTime.of(21, 0), LocalTime.of(22, 0));
		Instant tonight = Instant.parse("2026-12-06T14:00:00Z");
		assertThat(this.hosting.addDayOff(host, today)).isEqualTo(ScheduleOutcome.SAVED);
		assertThat(this.hosting.addExtraWindow(host, new ExtraWindow(today, evening))).isEqualTo(ScheduleOutcome.SAVED);
		assertThat(this.hosting.addOneOffSlot(host, offering, LocalDateTime.of(2026, 12, 6, 21, 0)))
			.isEqualTo(ScheduleOutcome.SAVED);
		this.clock.set(Instant.parse("2026-12-06T17:00:00Z")); // the next day in Jakarta

		for (LocalDate past : List.of(today, LocalDate.MIN)) {
			assertThat(this.hosting.removeDayOff(host, past)).as(past.toString()).isFalse();
			assertThat(this.hosting.removeExtraWindow(host, new ExtraWindow(past, evening))).isFalse();
		}
		for (Instant past : List.of(tonight, Instant.MIN)) {
			assertThat(this.hosting.removeOneOffSlot(host, new OneOffSlot(offering, past))).as(past.toString())
				.isFalse();
		}
		this.clock.set(Instant.parse("2026-12-06T12:00:00Z"));
		Availability kept = this.directory.availability(host).orElseThrow();
		assertThat(kept.daysOff()).containsExactly(today);
		assertThat(kept.extra()).containsExactly(new ExtraWindow(today, evening));
		assertThat(kept.oneOffSlots()).containsExactly(new OneOffSlot(offering, tonight));
	}

	@Test
	void refusesOverridesInThePastAndOverlappingExtraHours() {
		AccountId host = this.hosts.host("Freelance", "freelance");
		this.clock.set(Instant.parse("2026-12-06T12:00:00Z"));
		LocalDate yesterday = LocalDate.of(2026, 12, 5);
		LocalDate tomorrow = LocalDate.of(2026, 12, 7);

		assertThat(this.hosting.addDayOff(host, yesterday)).isEqualTo(ScheduleOutcome.IN_THE_PAST);
		assertThat(this.hosting.addExtraWindow(host,
				new ExtraWindow(yesterday, TimeWindow.of(LocalTime.of(8, 0), LocalTime.of(9, 0)))))
			.isEqualTo(ScheduleOutcome.IN_THE_PAST);
		assertThat(this.hosting.addExtraWindow(host,
				new ExtraWindow(tomorrow, TimeWindow.of(LocalTime.of(8, 0), LocalTime.of(10, 0)))))
			.isEqualTo(ScheduleOutcome.SAVED);
		assertThat(this.hosting.addExtraWindow(host,
				new ExtraWindow(tomorrow, TimeWindow.of(LocalTime.of(9, 30), LocalTime.of(11, 0)))))
			.isEqualTo(ScheduleOutcome.OVERLAPPING);

		Availability availability = this.directory.availability(host).orElseThrow();
		assertThat(availability.daysOff()).isEmpty();
		assertThat(availability.extra()).hasSize(1);
	}

	@Test
	void oneOffSlotsAreLocalTimesInTheHostsZone() {
		AccountId host = this.hosts.host("Startup", "Europe/Amsterdam", List.of("en"), "startup");
		this.clock.set(Instant.parse("2026-03-20T12:00:00Z"));
		OfferingId offering = this.directory.offerings(host).get(0).id();

		assertThat(this.hosting.addOneOffSlot(host, offering, LocalDateTime.of(2026, 3, 28, 10, 0)))
			.isEqualTo(ScheduleOutcome.SAVED);
		assertThat(this.hosting.addOneOffSlot(host, offering, LocalDateTime.of(2026, 3, 28, 10, 0)))
			.isEqualTo(ScheduleOutcome.SAVED);
		assertThat(this.hosting.addOneOffSlot(host, offering, LocalDateTime.of(2026, 3, 29, 2, 30)))
			.isEqualTo(ScheduleOutcome.TIME_DOES_NOT_EXIST);
		assertThat(this.hosting.addOneOffSlot(host, offering, LocalDateTime.of(2026, 3, 19, 10, 0)))
			.isEqualTo(ScheduleOutcome.IN_THE_PAST);

		assertThat(this.directory.availability(host).orElseThrow().oneOffSlots())
			.containsExactly(new OneOffSlot(offering, Instant.parse("2026-03-28T09:00:00Z")));
		assertThat(this.hosting.removeOneOffSlot(host, new OneOffSlot(offering, Instant.parse("2026-03-28T09:00:00Z"))))
			.isTrue();
		assertThat(this.directory.availability(host).orElseThrow().oneOffSlots()).isEmpty();
	}

	@Test
	void theNextCandidateTimeFollowsNoticeAndChanges() {
		this.clock.set(Instant.parse("2026-12-07T11:00:00Z")); // Monday 18:00 in Jakarta
		AccountId host = this.hosts.host("Interview", "interview");

		assertThat(this.directory.find(host).orElseThrow().nextCandidateAt())
			.isEqualTo(Instant.parse("2026-12-07T12:00:00Z"));

		this.hosting.addDayOff(host, LocalDate.of(2026, 12, 7));

		assertThat(this.directory.find(host).orElseThrow().nextCandidateAt())
			.isEqualTo(Instant.parse("2026-12-08T12:00:00Z"));

		Offering offering = this.directory.offerings(host).get(0);
		OfferingChange change = offering.asChange();
		this.hosting.updateOffering(host, offering.id(), new OfferingChange(change.title(), 30, "", change.question(),
				false, 3, (int) Duration.ofDays(2).toHours(), 21, 0, null));

		assertThat(this.directory.find(host).orElseThrow().nextCandidateAt())
			.isEqualTo(Instant.parse("2026-12-09T12:00:00Z"));
	}

	private static OfferingChange withQuota(int quota) {
		return new OfferingChange("Ngupi", 30, "", "Topik apa?", false, quota, 0, 21, 0, null);
	}

	private static WeeklyWindow window(DayOfWeek day, int fromHour, int toHour) {
		return new WeeklyWindow(day, TimeWindow.of(LocalTime.of(fromHour, 0), LocalTime.of(toHour, 0)));
	}

	private void assertRefused(AccountId host, OfferingChange change) {
		assertThatExceptionOfType(ConstraintViolationException.class)
			.isThrownBy(() -> this.hosting.addOffering(host, change));
	}

	/** The offering's next open times, as its host's page reads them. */
	private List<CandidateTime> upcoming(AccountId host, OfferingId offering, int limit) {
		return this.directory.upcomingByOffering(host, limit)
			.entrySet()
			.stream()
			.filter(entry -> entry.getKey().id().equals(offering))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElse(List.of());
	}

}
