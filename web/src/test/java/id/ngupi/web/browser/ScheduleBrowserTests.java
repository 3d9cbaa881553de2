package id.ngupi.web.browser;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import id.ngupi.booking.Booking;
import id.ngupi.booking.BookingOutcome.Booked;
import id.ngupi.booking.BookingRequest;
import id.ngupi.booking.Bookings;
import id.ngupi.booking.OpenSlots;

import id.ngupi.hosting.CandidateTime;
import id.ngupi.hosting.HostDirectory;
import id.ngupi.hosting.HostProfileChange;
import id.ngupi.hosting.Hosting;
import id.ngupi.hosting.OfferingChange;
import id.ngupi.hosting.TimeWindow;
import id.ngupi.hosting.WeeklyWindow;
import id.ngupi.identity.Account;
import id.ngupi.identity.Accounts;
import id.ngupi.web.NgupiWebTest;
import id.ngupi.web.booking.Bookers;
import id.ngupi.web.booking.Bookers.Host;
import id.ngupi.web.profile.Members;
import id.ngupi.web.support.Links;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schedule page's exceptions in Chromium, through htmx: adding and removing a day off
 * or extra hours swaps the exceptions and the preview of the coming times in, without
 * loading the page again; a day off on a date with a session asks in place first; and
 * nothing is logged as an error on either side.
 */
@NgupiWebTest
@ExtendWith({ Chromium.Tests.class, OutputCaptureExtension.class })
class ScheduleBrowserTests {

	private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

	private static final DateTimeFormatter PREVIEW_DAY = DateTimeFormatter.ofPattern("EEEE, d MMMM",
			Locale.forLanguageTag("id"));

	private final Visit visit;

	private final ChromeDriver browser;

	private final Accounts accounts;

	private final Hosting hosting;

	private final HostDirectory directory;

	private final Bookings bookings;

	private final OpenSlots openSlots;

	ScheduleBrowserTests(Chromium chromium, @LocalServerPort int port, @Autowired Accounts accounts,
			@Autowired Hosting hosting, @Autowired HostDirectory directory, @Autowired Bookings bookings,
			@Autowired OpenSlots openSlots) {
		this.visit = (chromium != null) ? new Visit(chromium, port) : null;
		this.browser = (chromium != null) ? chromium.driver() : null;
		this.accounts = accounts;
		this.hosting = hosting;
		this.directory = directory;
		this.bookings = bookings;
		this.openSlots = openSlots;
	}

	@AfterEach
	void nothingWasLoggedToTheConsole() {
		if (this.visit != null) {
			this.visit.assertQuietConsole();
		}
	}

	@Test
	void aDayOffAndExtraHoursChangeThePreviewInPlace(CapturedOutput log) {
		Account host = host();
		LocalDate monday = LocalDate.ofInstant(upcoming(host).get(0).start(), JAKARTA);
		// the day after: its extra hours come before the next Monday's times
		LocalDate tuesday = monday.plusDays(1);
		this.visit.logIn(host);
		this.visit.open(Links.SETTINGS_HOSTING_SCHEDULE);
		this.browser.executeScript("window.ngupiSamePage = true;");
		List<String> before = previewTimes();
		assertThat(before).hasSize(6).first().asString().startsWith(PREVIEW_DAY.format(monday));

		type("dayOffDate", monday.toString());
		this.browser.findElement(By.cssSelector("#dayOffForm button[type=submit]")).click();

		this.visit.waitFor("the day off listed", () -> !this.browser.findElements(By.id("daysOff-list")).isEmpty());
		this.visit.waitFor("the preview without that Monday",
				() -> previewTimes().stream().noneMatch(time -> time.startsWith(PREVIEW_DAY.format(monday))));
		assertThat(previewTimes()).hasSize(6).first().asString().startsWith(PREVIEW_DAY.format(monday.plusWeeks(1)));
		assertThat(this.browser.findElement(By.cssSelector("#scheduleOverrides #notice")).getText())
			.startsWith("Hari libur ditambahkan: ");

		this.browser.findElement(By.cssSelector("#daysOff-list button[type=submit]")).click();

		this.visit.waitFor("the Monday back in the preview", () -> previewTimes().equals(before));
		assertThat(this.browser.findElements(By.id("daysOff-none"))).hasSize(1);

		type("extraDate", tuesday.toString());
		type("extraStart", "08:00");
		type("extraEnd", "09:00");
		this.browser.findElement(By.cssSelector("#extraForm button[type=submit]")).click();

		String extra = PREVIEW_DAY.format(tuesday) + ", 08.00–08.30";
		this.visit.waitFor("the extra hours in the preview", () -> previewTimes().contains(extra));
		assertThat(this.browser.findElements(By.cssSelector("#extra-list li"))).hasSize(1);

		this.browser.findElement(By.cssSelector("#extra-list button[type=submit]")).click();

		this.visit.waitFor("the extra hours gone from the preview", () -> previewTimes().equals(before));
		assertThat(this.browser.executeScript("return window.ngupiSamePage === true")).as("no full page load")
			.isEqualTo(true);
		assertThat(this.directory.availability(host.id()).orElseThrow().hasAnyTime()).isTrue();
		assertThat(log.getAll()).doesNotContain("ERROR", "IOException", "may not be written");
	}

	@Test
	void aDayOffOnADateWithASessionAsksInPlaceAndIsAddedOnceConfirmed(CapturedOutput log) {
		Bookers bookers = new Bookers(this.accounts, this.hosting, this.openSlots);
		Host host = bookers.host("liburbrowser", false);
		Instant start = bookers.open(host).get(0);
		Booking booking = ((Booked) this.bookings.book(bookers.member("peserta").id(),
				new BookingRequest(host.offering(), start, List.of("karier"), Bookers.ANSWER, UUID.randomUUID())))
			.booking();
		LocalDate date = LocalDate.ofInstant(start, JAKARTA);
		// on a phone, where a host is most likely to add a day off
		this.browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
		this.visit.logIn(host.account());
		this.visit.open(Links.SETTINGS_HOSTING_SCHEDULE);
		this.browser.executeScript("window.ngupiSamePage = true;");

		type("dayOffDate", date.toString());
		this.browser.findElement(By.cssSelector("#dayOffForm button[type=submit]")).click();

		this.visit.waitFor("the question in place of the form",
				() -> !this.browser.findElements(By.id("dayOffCheck")).isEmpty());
		this.browser.executeScript("document.getElementById('dayOffCheck').scrollIntoView();");
		this.visit.screenshot("390-schedule-day-off-check");
		assertThat(this.browser.executeScript("return document.documentElement.scrollWidth <= innerWidth"))
			.as("no horizontal scroll at 390 px")
			.isEqualTo(true);
		assertThat(this.browser.findElements(By.cssSelector("#dayOffCheck a, #dayOffCheck button")))
			.as("thumb-sized targets")
			.allSatisfy(target -> assertThat(target.getRect().getHeight()).isGreaterThanOrEqualTo(44));
		assertThat(this.browser.findElements(By.id("dayOffForm"))).isEmpty();
		assertThat(this.browser.findElements(By.cssSelector("#dayOffCheck li a"))).singleElement()
			.satisfies(link -> assertThat(link.getDomAttribute("href")).isEqualTo("/sesi/" + booking.id()));
		assertThat(this.directory.availability(host.account().id()).orElseThrow().daysOff()).isEmpty();

		this.browser.findElement(By.cssSelector("#dayOffCheck button[type=submit]")).click();

		this.visit.waitFor("the day off listed", () -> !this.browser.findElements(By.id("daysOff-list")).isEmpty());
		assertThat(this.browser.findElement(By.cssSelector("#scheduleOverrides #notice")).getText())
			.endsWith("Sesi yang sudah dipesan di tanggal itu tetap berjalan.");
		assertThat(this.browser.findElements(By.id("dayOffForm"))).as("the form back for the next one").hasSize(1);
		assertThat(this.directory.availability(host.account().id()).orElseThrow().daysOff()).containsExactly(date);
		assertThat(this.browser.executeScript("return window.ngupiSamePage === true")).as("no full page load")
			.isEqualTo(true);
		assertThat(log.getAll()).doesNotContain("ERROR", "IOException", "may not be written");
	}

	/** Sets a date or time field as a person picking in the browser's own picker does. */
	private void type(String field, String value) {
		WebElement input = this.browser.findElement(By.id(field));
		this.browser.executeScript("arguments[0].value = arguments[1];", input, value);
	}

	private List<String> previewTimes() {
		return this.browser.findElements(By.cssSelector("#schedulePreview .preview-times li"))
			.stream()
			.map(WebElement::getText)
			.toList();
	}

	private List<CandidateTime> upcoming(Account host) {
		return this.directory.upcomingByOffering(host.id(), 6).values().iterator().next();
	}

	/** A host in Jakarta with one 30-minute offering on Mondays from 19.00 to 21.00. */
	private Account host() {
		Account host = Members.create(this.accounts, "jadwal");
		this.hosting.saveProfile(host.id(), new HostProfileChange("Ngobrol soal karier", "Halo!", List.of("karier"),
				List.of("id"), "https://meet.google.com/jad-wal-abc", "Asia/Jakarta"));
		this.hosting.addOffering(host.id(), OfferingChange.suggested("id")).orElseThrow();
		this.hosting.replaceWeeklySchedule(host.id(),
				List.of(new WeeklyWindow(DayOfWeek.MONDAY, TimeWindow.of(LocalTime.of(19, 0), LocalTime.of(21, 0)))));
		return host;
	}

}
