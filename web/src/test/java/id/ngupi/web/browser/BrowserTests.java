package id.ngupi.web.browser;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import id.ngupi.booking.Waitlist;
import id.ngupi.hosting.HostProfileChange;
import id.ngupi.hosting.Hosting;
import id.ngupi.hosting.OfferingChange;
import id.ngupi.hosting.TimeWindow;
import id.ngupi.hosting.WeeklyWindow;
import id.ngupi.identity.Account;
import id.ngupi.identity.Accounts;
import id.ngupi.web.NgupiWebTest;
import id.ngupi.web.profile.Members;
import id.ngupi.web.support.Links;
import id.ngupi.web.time.ViewerZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What only a real browser shows: htmx working under the site's strict
 * Content-Security-Policy, its POSTs carrying the CSRF token, and times following the
 * browser's timezone, with nothing logged to the console on the way. In the run's one
 * headless {@link Chromium}.
 */
@NgupiWebTest
@ExtendWith(Chromium.Tests.class)
class BrowserTests {

	private static final String MEETING_LINK = "https://meet.google.com/abc-defg-hij";

	private final Visit visit;

	private final ChromeDriver browser;

	private final Accounts accounts;

	private final Hosting hosting;

	private final Waitlist waitlist;

	BrowserTests(Chromium chromium, @LocalServerPort int port, @Autowired Accounts accounts, @Autowired Hosting hosting,
			@Autowired Waitlist waitlist) {
		this.visit = (chromium != null) ? new Visit(chromium, port) : null;
		this.browser = (chromium != null) ? chromium.driver() : null;
		this.accounts = accounts;
		this.hosting = hosting;
		this.waitlist = waitlist;
	}

	@AfterEach
	void nothingWasLoggedToTheConsole() {
		if (this.visit != null) {
			this.visit.assertQuietConsole();
		}
	}

	@Test
	void searchSwapsTheResultsInWithoutLoadingThePageAgain() {
		String word = Visit.unique("kopi");
		Account wanted = host("Ngobrol santai soal " + word);
		Account other = host("Ngobrol santai soal " + Visit.unique("teh"));

		open(Links.HOME);
		assertThat(browser.manage().getCookieNamed(ViewerZone.COOKIE).getValue()).as("no reload for another zone")
			.isEqualTo(ViewerZone.DEFAULT.getId());
		browser.executeScript("window.ngupiSamePage = true;");
		browser.findElement(By.id("discovery-q")).sendKeys(word);

		waitFor("only the host with the word listed", () -> listedHandles().equals(List.of(handle(wanted))));
		assertThat(listedHandles()).doesNotContain(handle(other));
		assertThat(browser.executeScript("return window.ngupiSamePage === true")).as("no full page load")
			.isEqualTo(true);
		waitFor("the search pushed to the URL", () -> browser.getCurrentUrl().contains("q=" + word));
		assertThat(browser.getCurrentUrl()).startsWith(this.visit.site() + "/?");
	}

	@Test
	void aMemberJoinsAndLeavesAFullHostsWaitlistWithTheTokenInTheHtmxHeader() {
		Account host = hostWithoutTimes();
		Account member = Members.create(this.accounts, "sari");
		logIn(member);
		open("/@" + handle(host));
		browser.executeScript("window.ngupiSamePage = true;");
		// only the token in <body hx-headers> is left: without that header, a 403
		dropFormTokens();

		browser.findElement(By.cssSelector("#waitlist button[type=submit]")).click();

		waitFor("the box swapped to waiting (a refused token is a 403 htmx does not swap)",
				() -> !browser.findElements(By.cssSelector("#waitlist form[action$='/tunggu/keluar']")).isEmpty());
		assertThat(browser.findElement(By.cssSelector("#waitlist #notice")).getText())
			.contains("Kamu masuk daftar tunggu");
		assertThat(this.waitlist.isWaiting(member.id(), host.id())).isTrue();

		dropFormTokens();
		browser.findElement(By.cssSelector("#waitlist button[type=submit]")).click();

		waitFor("the box swapped back to joining",
				() -> !browser.findElements(By.cssSelector("#waitlist form[action$='/tunggu']")).isEmpty());
		assertThat(this.waitlist.isWaiting(member.id(), host.id())).isFalse();
		assertThat(browser.executeScript("return window.ngupiSamePage === true")).as("no full page load")
			.isEqualTo(true);
	}

	@Test
	void timesFollowTheBrowsersTimezone() {
		String word = Visit.unique("jam");
		host("Ngobrol pagi soal " + word);
		browser.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", "Europe/Amsterdam"));
		try {
			assertThat(browser.executeScript("return Intl.DateTimeFormat().resolvedOptions().timeZone"))
				.isEqualTo("Europe/Amsterdam");

			// rendered first in WIB; the script reports the zone and loads the page again
			open("/?q=" + word);

			waitFor("the timezone cookie", () -> browser.manage().getCookieNamed(ViewerZone.COOKIE) != null);
			assertThat(browser.manage().getCookieNamed(ViewerZone.COOKIE).getValue()).isEqualTo("Europe/Amsterdam");
			waitFor("the next open slot in CET",
					() -> browser.findElement(By.cssSelector(".host-card__next time")).getText().matches(".* CES?T"));
			assertThat(browser.findElement(By.cssSelector(".host-card__next time")).getText())
				.matches("\\S+, \\d{1,2} \\S+ (13|14)\\.(00|30) CES?T");
			assertThat(browser.findElement(By.cssSelector(".host-card__next .slot__host")).getText())
				.matches("\\(\\S+, \\d{1,2} \\S+ (19|20)\\.(00|30) WIB waktu host\\)");
			assertThat(browser.findElement(By.tagName("body")).getAttribute("data-viewer-zone"))
				.as("no guess left to correct")
				.isNull();
		}
		finally {
			browser.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", ""));
		}
	}

	@Test
	void theTimezoneSearchNarrowsTheListAtPhoneWidthAndWorksAgainAfterAnHtmxSwap() {
		Account member = Members.create(this.accounts, "zona");
		logIn(member);
		Dimension before = browser.manage().window().getSize();
		browser.manage().window().setSize(new Dimension(390, 844));
		try {
			open(Links.SETTINGS_PROFILE);
			WebElement search = browser.findElement(By.id("timezone-search"));
			assertThat(search.getDomAttribute("name")).as("with the script, only the select is sent").isNull();
			for (String id : List.of("timezone", "timezone-search")) {
				assertThat((Boolean) browser.executeScript(
						"return document.getElementById(arguments[0]).getBoundingClientRect().right <= innerWidth", id))
					.as(id + " within 390 px")
					.isTrue();
			}

			search.sendKeys("amster");
			waitFor("only Amsterdam left", () -> timezoneChoices().equals(List.of("Europe/Amsterdam")));
			assertThat(chosenTimezone()).isEqualTo("Europe/Amsterdam");
			waitFor("the match said to screen readers",
					() -> browser.findElement(By.id("timezone-search-status"))
						.getText()
						.matches("Satu zona waktu cocok dan terpilih: Amsterdam \\(UTC\\+0[12]\\.00\\)\\."));

			search.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, "zzz");
			waitFor("nothing matches: the choice stays, alone",
					() -> timezoneChoices().equals(List.of("Europe/Amsterdam"))
							&& browser.findElement(By.id("timezone-search-status"))
								.getText()
								.startsWith("Tidak ada zona waktu yang cocok"));
			search.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
			waitFor("the whole list back", () -> timezoneChoices().size() > 300);
			assertThat(timezoneChoices().subList(0, 3)).containsExactly("Asia/Jakarta", "Asia/Makassar",
					"Asia/Jayapura");
			assertThat(chosenTimezone()).isEqualTo("Europe/Amsterdam");

			// a refused save swaps the form in through htmx: its search works again
			browser.executeScript("window.ngupiSamePage = true;");
			String handle = browser.findElement(By.id("handle")).getDomProperty("value");
			browser.findElement(By.id("handle")).clear();
			browser.findElement(By.id("handle")).sendKeys("x");
			browser.findElement(By.cssSelector("#profileForm button[type=submit]")).click();
			waitFor("the form with its errors", () -> !browser.findElements(By.id("handle-error")).isEmpty());
			WebElement again = browser.findElement(By.id("timezone-search"));
			again.sendKeys("kathm");
			waitFor("only Kathmandu left", () -> timezoneChoices().equals(List.of("Asia/Kathmandu")));
			assertThat(browser.executeScript("return window.ngupiSamePage === true")).as("no full page load")
				.isEqualTo(true);
			browser.findElement(By.id("handle")).clear();
			browser.findElement(By.id("handle")).sendKeys(handle);
			browser.findElement(By.cssSelector("#profileForm button[type=submit]")).click();
			waitFor("saved", () -> !browser.findElements(By.id("notice")).isEmpty());
		}
		finally {
			browser.manage().window().setSize(before);
		}
		assertThat(this.accounts.find(member.id()).orElseThrow().timezone().getId()).isEqualTo("Asia/Kathmandu");
	}

	@Test
	void pagesRunUnderTheContentSecurityPolicyWithoutConsoleErrors() {
		String word = Visit.unique("csp");
		Account open = host("Ngobrol soal " + word);
		Account full = hostWithoutTimes();

		// first, that this test can see a violation at all: an inline script is refused
		open(Links.HOME);
		browser.executeScript("var s = document.createElement('script');"
				+ " s.textContent = 'window.ngupiInlineRan = true;'; document.head.appendChild(s);");
		assertThat(browser.executeScript("return window.ngupiInlineRan === true")).isEqualTo(false);
		console();
		assertThat(this.visit.consoleProblems()).anyMatch((problem) -> Chromium.CSP.matcher(problem).find());
		this.visit.consoleProblems().clear();

		for (String path : List.of(Links.HOME, "/?q=" + word, "/topics/karier", "/@" + handle(open),
				"/@" + handle(full), Links.LOGIN)) {
			open(path);
		}
		// an htmx GET swapped in under the policy: a topic chip of the results
		open("/?q=" + word);
		browser.findElement(By.cssSelector("#results .topic-chips a")).click();
		waitFor("the topic pushed to the URL", () -> browser.getCurrentUrl().contains("topic="));

		Account member = Members.create(this.accounts, "tamu");
		logIn(member);
		for (String path : List.of(Links.HOME, "/@" + handle(open), "/@" + handle(full), Links.SESSIONS,
				Links.SETTINGS_PROFILE)) {
			open(path);
		}
		console();
		assertThat(this.visit.consoleProblems()).as("browser console").isEmpty();
	}

	private void open(String path) {
		this.visit.open(path);
	}

	private void logIn(Account member) {
		this.visit.logIn(member);
	}

	/** The values the timezone select offers now. */
	private List<String> timezoneChoices() {
		return browser.findElements(By.cssSelector("#timezone option"))
			.stream()
			.map((option) -> option.getAttribute("value"))
			.toList();
	}

	private String chosenTimezone() {
		return (String) browser.executeScript("return document.getElementById('timezone').value");
	}

	private void dropFormTokens() {
		browser.executeScript("document.querySelectorAll('#waitlist input[name=_csrf]').forEach(e => e.remove());");
	}

	private List<String> listedHandles() {
		return browser.findElements(By.cssSelector("#results .host-card__handle"))
			.stream()
			.map(WebElement::getText)
			.map((text) -> text.substring(1))
			.toList();
	}

	private void console() {
		this.visit.console();
	}

	private void waitFor(String what, BooleanSupplier condition) {
		this.visit.waitFor(what, condition);
	}

	/**
	 * A listed host in Asia/Jakarta with this headline, one 30-minute offering and
	 * evenings (19:00 to 21:00) every day.
	 */
	private Account host(String headline) {
		Account host = Members.create(this.accounts, "host");
		this.hosting.saveProfile(host.id(),
				new HostProfileChange(headline, "", List.of("karier"), List.of("id"), MEETING_LINK, "Asia/Jakarta"));
		this.hosting.addOffering(host.id(), offering()).orElseThrow();
		List<WeeklyWindow> evenings = new ArrayList<>();
		for (DayOfWeek day : DayOfWeek.values()) {
			evenings.add(new WeeklyWindow(day, TimeWindow.of(LocalTime.of(19, 0), LocalTime.of(21, 0))));
		}
		this.hosting.replaceWeeklySchedule(host.id(), evenings);
		return host;
	}

	/** A host with an offering but no hours: fully booked, so members may wait. */
	private Account hostWithoutTimes() {
		Account host = Members.create(this.accounts, "penuh");
		this.hosting.saveProfile(host.id(), new HostProfileChange("Ngobrol soal karier", "Halo!", List.of("karier"),
				List.of("id"), MEETING_LINK, "Asia/Jakarta"));
		this.hosting.addOffering(host.id(), offering()).orElseThrow();
		return host;
	}

	private static OfferingChange offering() {
		return new OfferingChange("Ngupi 30 menit", 30, "", OfferingChange.DEFAULT_QUESTION_ID, false, 3, 0, 21, 0,
				null);
	}

	private static String handle(Account account) {
		return account.handle().value();
	}

}
