package id.ngupi.hosting;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import id.ngupi.db.test.TestClock;
import id.ngupi.hosting.HostingEvents.BusyCalendarFailing;
import id.ngupi.identity.AccountId;
import id.ngupi.identity.Accounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A host's own calendars, served on loopback: their busy times remove exactly the slots
 * that overlap them with the offering's free time after each, recurring events follow
 * their own zone across a daylight-saving change, all-day events take the whole day, a
 * cancelled or excluded occurrence and a free event block nothing; a failing read keeps
 * the last good times and tells the host after two days; addresses that would reach
 * Ngupi's own network are refused, and so are huge, malformed and endless files; nobody
 * but the host sees or changes their calendars.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class BusyCalendarsTests {

	private static final WireMockServer SERVER = new WireMockServer(WireMockConfiguration.options().dynamicPort());

	static {
		SERVER.start();
	}

	private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

	/** A Monday a week before the clocks go forward in Europe (28 March 2027). */
	private static final Instant MONDAY = LocalDate.of(2027, 3, 22).atStartOfDay(AMSTERDAM).toInstant();

	/** 17.00 to 21.00 local: 30-minute sessions with 10 minutes free after each. */
	private static final List<LocalTime> EVERY_START = List.of(LocalTime.of(17, 0), LocalTime.of(17, 30),
			LocalTime.of(18, 0), LocalTime.of(18, 30), LocalTime.of(19, 0), LocalTime.of(19, 30), LocalTime.of(20, 0),
			LocalTime.of(20, 30));

	private final BusyCalendars calendars;

	private final Hosting hosting;

	private final HostDirectory directory;

	private final TestClock clock;

	private final Hosts hosts;

	BusyCalendarsTests(@Autowired BusyCalendars calendars, @Autowired Hosting hosting,
			@Autowired HostDirectory directory, @Autowired Accounts accounts, @Autowired TestClock clock) {
		this.calendars = calendars;
		this.hosting = hosting;
		this.directory = directory;
		this.clock = clock;
		this.hosts = new Hosts(accounts, hosting);
	}

	@DynamicPropertySource
	static void calendarsOnLoopback(DynamicPropertyRegistry registry) {
		registry.add("ngupi.calendars.trusted-test-origin", () -> "http://127.0.0.1:" + SERVER.port());
		registry.add("ngupi.calendars.initial-delay", () -> "PT24H");
	}

	@AfterAll
	static void stopServing() {
		SERVER.stop();
	}

	@BeforeEach
	void aMondayInMarch() {
		this.clock.set(MONDAY);
	}

	@AfterEach
	void clockRunsAgain() {
		this.clock.reset();
	}

	@Test
	void busyTimesRemoveExactlyTheOverlappingSlotsAcrossADaylightSavingChange() throws IOException {
		Host host = amsterdamHost();
		serve("/ics/team.ics", resource("team.ics"));

		assertThat(this.calendars.add(host.id(), url("/ics/team.ics"))).isEqualTo(BusyCalendarOutcome.ADDED);

		BusyCalendar calendar = this.calendars.of(host.id()).get(0);
		assertThat(calendar.failing()).isFalse();
		assertThat(calendar.hint()).isEqualTo("127.0.0.1/…/team.ics");
		List<LocalTime> meeting = List.of(LocalTime.of(17, 0), LocalTime.of(19, 0), LocalTime.of(19, 30),
				LocalTime.of(20, 0), LocalTime.of(20, 30));
		assertThat(startsOn(host, LocalDate.of(2027, 3, 25))).as("a Thursday in winter time: 18.00 to 19.00 is busy")
			.isEqualTo(meeting);
		assertThat(startsOn(host, LocalDate.of(2027, 4, 1))).as("the Thursday after the clocks went forward")
			.isEqualTo(meeting);
		assertThat(startsOn(host, LocalDate.of(2027, 3, 24))).as("a day without meetings").isEqualTo(EVERY_START);
		assertThat(startsOn(host, LocalDate.of(2027, 3, 23))).as("an event marked free blocks nothing")
			.isEqualTo(EVERY_START);
		assertThat(startsOn(host, LocalDate.of(2027, 3, 27))).as("an all-day event").isEmpty();
		assertThat(startsOn(host, LocalDate.of(2027, 4, 8))).as("an occurrence left out (EXDATE)")
			.isEqualTo(EVERY_START);
		assertThat(startsOn(host, LocalDate.of(2027, 4, 15))).as("an occurrence cancelled by its own event")
			.isEqualTo(EVERY_START);
	}

	@Test
	void aFailingReadKeepsTheLastGoodBusyTimesAndTheHostIsToldOnceAfterTwoDays(AssertablePublishedEvents events)
			throws IOException {
		Host host = amsterdamHost();
		serve("/ics/flaky.ics", resource("team.ics"));
		this.calendars.add(host.id(), url("/ics/flaky.ics"));
		UUID id = this.calendars.of(host.id()).get(0).id();
		SERVER.stubFor(get(urlEqualTo("/ics/flaky.ics")).willReturn(serverError()));

		this.clock.set(MONDAY.plus(Duration.ofHours(1)));
		assertThat(this.calendars.refresh(host.id(), id)).hasValueSatisfying(calendar -> {
			assertThat(calendar.errorKey()).isEqualTo("calendars.error.status");
			assertThat(calendar.blocks()).as("the last good read's").isPositive();
		});
		assertThat(startsOn(host, LocalDate.of(2027, 3, 25))).as("still busy").hasSize(5);
		assertThat(events.ofType(BusyCalendarFailing.class)).isEmpty();

		this.clock.set(MONDAY.plus(Duration.ofHours(50)));
		this.calendars.refresh(host.id(), id);
		this.calendars.refresh(host.id(), id);
		assertThat(events.ofType(BusyCalendarFailing.class).matching(failing -> failing.host().equals(host.id())))
			.hasSize(1);
	}

	@Test
	void addressesReachingNgupisOwnNetworkAreRefusedBeforeAnyConnection() {
		Host host = amsterdamHost();
		SERVER.stubFor(get(urlEqualTo("/ics/to-loopback.ics"))
			.willReturn(aResponse().withStatus(302).withHeader("Location", "https://127.0.0.1:9/ics/x.ics")));
		SERVER.stubFor(get(urlEqualTo("/ics/to-metadata.ics"))
			.willReturn(aResponse().withStatus(302).withHeader("Location", "http://169.254.169.254/latest/meta-data")));
		SERVER.stubFor(get(urlEqualTo("/ics/loop.ics"))
			.willReturn(aResponse().withStatus(302).withHeader("Location", "/ics/loop.ics")));

		assertThat(this.calendars.add(host.id(), "http://example.com/calendar.ics"))
			.isEqualTo(BusyCalendarOutcome.INVALID_ADDRESS);
		assertThat(this.calendars.add(host.id(), "javascript:alert(1)")).isEqualTo(BusyCalendarOutcome.INVALID_ADDRESS);
		assertThat(errorOf(host, "https://10.1.2.3/calendar.ics")).isEqualTo("calendars.error.notPublic");
		assertThat(errorOf(host, "https://[::1]/calendar.ics")).isEqualTo("calendars.error.notPublic");
		assertThat(errorOf(host, url("/ics/to-loopback.ics"))).isEqualTo("calendars.error.notPublic");
		assertThat(errorOf(host, url("/ics/to-metadata.ics"))).isEqualTo("calendars.error.notHttps");
		assertThat(errorOf(host, url("/ics/loop.ics"))).isEqualTo("calendars.error.redirects");
		assertThat(SERVER.findAll(getRequestedFor(urlEqualTo("/ics/loop.ics"))))
			.as("the first request and three redirects")
			.hasSize(4);
	}

	@Test
	void hugeMalformedAndEndlessFilesAreRefusedWithAMessage() throws IOException {
		Host host = amsterdamHost();
		serve("/ics/huge.ics", "BEGIN:VCALENDAR\r\n" + "X".repeat(5 * 1024 * 1024) + "\r\nEND:VCALENDAR\r\n");
		serve("/ics/not-a-calendar.ics", "<html><body>Login</body></html>");
		serve("/ics/endless.ics", resource("endless.ics"));

		assertThat(errorOf(host, url("/ics/huge.ics"))).isEqualTo("calendars.error.tooLarge");
		assertThat(errorOf(host, url("/ics/not-a-calendar.ics"))).isEqualTo("calendars.error.malformed");
		assertThat(errorOf(host, url("/ics/endless.ics"))).isEqualTo("calendars.error.tooMany");
		assertThat(startsOn(host, LocalDate.of(2027, 3, 24))).as("nothing was kept from them").isEqualTo(EVERY_START);
	}

	@Test
	void nobodyButTheHostSeesOrChangesTheirCalendars() throws IOException {
		Host host = amsterdamHost();
		serve("/ics/own.ics", resource("team.ics"));
		this.calendars.add(host.id(), url("/ics/own.ics"));
		UUID id = this.calendars.of(host.id()).get(0).id();
		AccountId other = amsterdamHost().id();

		assertThat(this.calendars.of(other)).isEmpty();
		assertThat(this.calendars.refresh(other, id)).isEmpty();
		assertThat(this.calendars.remove(other, id)).isFalse();
		assertThat(this.calendars.add(this.hosts.member("Bukan host").id(), url("/ics/own.ics")))
			.isEqualTo(BusyCalendarOutcome.NOT_HOSTING);
		assertThat(this.calendars.add(host.id(), url("/ics/own.ics"))).isEqualTo(BusyCalendarOutcome.ALREADY_ADDED);
		assertThat(this.calendars.of(host.id())).hasSize(1);

		assertThat(this.calendars.remove(host.id(), id)).isTrue();
		assertThat(startsOn(host, LocalDate.of(2027, 3, 25))).as("its busy times went with it").isEqualTo(EVERY_START);
	}

	/** What reading the calendar a host adds at the address ended with. */
	private String errorOf(Host host, String address) {
		List<UUID> before = this.calendars.of(host.id()).stream().map(BusyCalendar::id).toList();
		assertThat(this.calendars.add(host.id(), address)).isEqualTo(BusyCalendarOutcome.ADDED);
		return this.calendars.of(host.id())
			.stream()
			.filter(calendar -> !before.contains(calendar.id()))
			.findFirst()
			.orElseThrow()
			.errorKey();
	}

	/** The local starts of the host's candidate times on a date in Amsterdam. */
	private List<LocalTime> startsOn(Host host, LocalDate date) {
		return this.directory
			.candidateTimes(host.offering(), date.atStartOfDay(AMSTERDAM).toInstant(),
					date.plusDays(1).atStartOfDay(AMSTERDAM).toInstant())
			.stream()
			.map(time -> LocalDateTime.ofInstant(time.start(), AMSTERDAM).toLocalTime())
			.toList();
	}

	/** A host in Amsterdam, 17.00 to 21.00 every day, 30 minutes with 10 free after. */
	private Host amsterdamHost() {
		AccountId host = this.hosts.member("Host").id();
		this.hosting.saveProfile(host, Hosts.profile("Kalender", "Europe/Amsterdam", List.of("id"), "karier"));
		OfferingId offering = this.hosting
			.addOffering(host,
					new OfferingChange("Ngupi 30 menit", 30, "", OfferingChange.DEFAULT_QUESTION_ID, false, 30, 0, 90,
							10, null))
			.orElseThrow();
		List<WeeklyWindow> windows = new ArrayList<>();
		for (DayOfWeek day : DayOfWeek.values()) {
			windows.add(new WeeklyWindow(day, TimeWindow.of(LocalTime.of(17, 0), LocalTime.of(21, 0))));
		}
		this.hosting.replaceWeeklySchedule(host, windows);
		return new Host(host, offering);
	}

	private static void serve(String path, String body) {
		SERVER.stubFor(get(urlEqualTo(path)).willReturn(ok(body).withHeader("Content-Type", "text/calendar")));
	}

	private static String url(String path) {
		return "http://127.0.0.1:" + SERVER.port() + path;
	}

	private static String resource(String name) throws IOException {
		try (InputStream in = BusyCalendarsTests.class.getResourceAsStream("/calendars/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private record Host(AccountId id, OfferingId offering) {
	}

}
