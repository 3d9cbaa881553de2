package id.ngupi.web.browser;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.function.BooleanSupplier;

import id.ngupi.web.support.Links;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo login in a real browser, in the configuration of {@code DemoLoginTests} (and
 * its Spring context): a demo served over https. The login page starts no session; the
 * demo form, which carries no CSRF token, is accepted because the browser marks it as
 * this site's own, and the member comes back logged in to where they started, under the
 * site's Content-Security-Policy ({@code form-action} included) with nothing logged to
 * the console.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "ngupi.base-url=https://demo.ngupi.example")
@AutoConfigureMockMvc
@ActiveProfiles("demo")
@ExtendWith(Chromium.Tests.class)
class DemoLoginBrowserTests {

	private final Chromium chromium;

	private final ChromeDriver browser;

	private final String site;

	DemoLoginBrowserTests(Chromium chromium, @LocalServerPort int port) {
		this.chromium = chromium;
		this.browser = (chromium != null) ? chromium.driver() : null;
		this.site = "http://localhost:" + port;
	}

	@Test
	void aVisitorLogsInAsADemoMemberAndComesBackToWhereTheyWere() {
		String continueTo = "/?q=kopi ☕";
		this.browser
			.get(this.site + Links.LOGIN + "?continue=" + URLEncoder.encode(continueTo, StandardCharsets.UTF_8));
		waitFor("the login page", () -> !this.browser.findElements(By.cssSelector("section.demo-login")).isEmpty());
		assertThat(this.browser.manage().getCookies()).extracting(Cookie::getName)
			.as("opening the login page starts no session")
			.doesNotContain("__Host-NGUPI_SESSION", "NGUPI_SESSION");

		this.browser
			.findElement(
					By.xpath("//section[contains(@class,'demo-login')]//form[input[@name='handle' and @value='sari']]"
							+ "//button"))
			.click();
		waitFor("back from the login", () -> !this.browser.findElements(By.cssSelector(".member-nav__me")).isEmpty());

		URI back = URI.create(this.browser.getCurrentUrl());
		assertThat(back.getRawPath() + "?" + back.getRawQuery()).isEqualTo("/?q=kopi%20%E2%98%95");
		assertThat(this.browser.findElement(By.cssSelector(".member-nav__me")).getAttribute("href")).endsWith("/@sari");
		Cookie session = this.browser.manage().getCookieNamed("__Host-NGUPI_SESSION");
		assertThat(session).isNotNull();
		assertThat(session.isSecure()).isTrue();
		assertThat(session.isHttpOnly()).isTrue();
		assertThat(this.chromium.consoleProblems(this.site)).as("browser console").isEmpty();
	}

	@Test
	void aVisitorWhoPicksATimeLogsInAsADemoMemberAndLandsOnTheBookingFormOfThatTime() {
		this.browser.get(this.site + Links.profile("sari"));
		WebElement slot = this.browser.findElement(By.cssSelector(".slot a"));
		String start = slot.findElement(By.tagName("time")).getAttribute("datetime");
		URI picked = URI.create(slot.getAttribute("href"));

		slot.click();
		waitFor("the login page", () -> !this.browser.findElements(By.cssSelector("section.demo-login")).isEmpty());
		this.browser.findElement(By
			.xpath("//section[contains(@class,'demo-login')]//form[input[@name='handle' and @value='siti-aminah']]"
					+ "//button"))
			.click();
		waitFor("the booking form", () -> !this.browser.findElements(By.cssSelector(".booking-form__time")).isEmpty());

		URI form = URI.create(this.browser.getCurrentUrl());
		assertThat(form.getRawPath() + "?" + form.getRawQuery())
			.isEqualTo(picked.getRawPath() + "?" + picked.getRawQuery());
		assertThat(this.browser.findElement(By.cssSelector(".booking-form__time time")).getAttribute("datetime"))
			.isEqualTo(start);
		assertThat(this.browser.findElement(By.cssSelector(".member-nav__me")).getAttribute("href"))
			.endsWith("/@siti-aminah");
		assertThat(this.chromium.consoleProblems(this.site)).as("browser console").isEmpty();
	}

	private void waitFor(String what, BooleanSupplier condition) {
		this.chromium.waitFor(what, condition);
	}

}
