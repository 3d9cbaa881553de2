package id.ngupi.hosting;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import id.ngupi.db.test.TestClock;
import id.ngupi.identity.AccountId;
import id.ngupi.identity.Accounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hosting's part of a member's data export: the whole host profile, every offering
 * (retired ones too) and the whole schedule, date overrides and one-off slots that have
 * passed included; nothing for a member who never hosted, and never another host's data.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class HostingExportsTests {

	/** Monday 7 December 2026, 08:00 in Jakarta. */
	private static final Instant MONDAY = Instant.parse("2026-12-07T01:00:00Z");

	private final HostingExports exports;

	private final Hosting hosting;

	private final TestClock clock;

	private final Hosts hosts;

	HostingExportsTests(@Autowired HostingExports exports, @Autowired Hosting hosting, @Autowired Accounts accounts,
			@Autowired TestClock clock) {
		this.exports = exports;
		this.hosting = hosting;
		this.clock = clock;
		this.hosts = new Hosts(accounts, hosting);
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void holdsNothingForAMemberWhoNeverHosted() {
		assertThat(this.exports.export(this.hosts.member("Tamu").id())).isEmpty();
	}

	@Test
	void holdsTheWholeProfileEveryOfferingAndTheWholeScheduleEvenWhatHasPassed() {
		this.clock.set(MONDAY);
		AccountId host = this.hosts.host("Ngobrol karier", "karier", "backend");
		this.hosting.saveProfile(host, new HostProfileChange("Ngobrol karier", "Tentang aku",
				List.of("karier", "backend"), List.of("id", "en"), "https://meet.example.id/host", "Asia/Jakarta"));
		OfferingId retired = this.hosting.addOffering(host, Hosts.offering(60)).orElseThrow();
		this.hosting.setOfferingActive(host, retired, false);
		LocalDate tuesday = LocalDate.of(2026, 12, 8);
		this.hosting.addDayOff(host, tuesday);
		this.hosting.addExtraWindow(host,
				new ExtraWindow(tuesday, TimeWindow.of(LocalTime.of(8, 0), LocalTime.of(9, 0))));
		this.clock.advance(Duration.ofMinutes(1));
		OfferingId active = this.hosting.addOffering(host, Hosts.offering(45)).orElseThrow();
		this.hosting.addOneOffSlot(host, active, LocalDateTime.of(2026, 12, 8, 10, 0));
		AccountId other = this.hosts.host("Orang lain", "data");
		this.hosting.addDayOff(other, tuesday);

		// a week later, Tuesday's overrides and slot have passed: still the member's data
		this.clock.advance(Duration.ofDays(7));
		HostingExport export = this.exports.export(host).orElseThrow();

		assertThat(export.profile().account()).isEqualTo(host);
		assertThat(export.profile().about()).isEqualTo("Tentang aku");
		assertThat(export.profile().meetingUrl()).isEqualTo("https://meet.example.id/host");
		assertThat(export.profile().languages()).containsExactly("id", "en");
		assertThat(export.profile().topics()).extracting(topic -> topic.slug().value())
			.containsExactly("karier", "backend");
		assertThat(export.startedAt()).isEqualTo(MONDAY);
		assertThat(export.offerings()).extracting(entry -> entry.offering().duration().toMinutes())
			.containsExactly(30L, 45L, 60L);
		assertThat(export.offerings()).allMatch(entry -> entry.offering().host().equals(host));
		assertThat(export.offerings().get(2).offering().active()).isFalse();
		assertThat(export.offerings().get(0).createdAt()).isEqualTo(MONDAY);
		assertThat(export.availability().weekly()).hasSize(7);
		assertThat(export.availability().daysOff()).containsExactly(tuesday);
		assertThat(export.availability().extra())
			.containsExactly(new ExtraWindow(tuesday, TimeWindow.of(LocalTime.of(8, 0), LocalTime.of(9, 0))));
		assertThat(export.availability().oneOffSlots())
			.containsExactly(new OneOffSlot(active, Instant.parse("2026-12-08T03:00:00Z")));
	}

}
