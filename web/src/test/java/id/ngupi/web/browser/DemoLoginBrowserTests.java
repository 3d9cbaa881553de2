package id.ngupi.web.browser;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import id.ngupi.web.support.Links;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

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
class DemoLoginBrowserTests {

	private static Chromium chromium;

	private static ChromeDriver browser;

	private final String site;

	private final List<String> consoleProblems = new ArrayList<>();

	DemoLoginBrowserTests(@LocalServerPort int port) {
		this.site = "http://localhost:" + port;
	}

	@BeforeAll
	static void startBrowser() throws IOException {
		chromium = Chromium.start();
		browser = chromium.driver();
	}

	@AfterAll
	static void stopBrowser() throws IOException {
		chromium.stop();
	}

	@BeforeEach
	void aNewVisitor() {
		Assumptions.assumeTrue(chromium.unavailable() == null, () -> chromium.unavailable() + ": skipped");
		browser.get("about:blank");
		browser.executeCdpCommand("Network.clearBrowserCookies", Map.of());
		chromium.console(this.site, new ArrayList<>());
	}

	@Test
	void aVisitorLogsInAsADemoMemberAndComesBackToWhereTheyWere() {
		String continueTo = "/?q=kopi ☕";
		browser.get(this.site + Links.LOGIN + "?continue=" + URLEncoder.encode(continueTo, StandardCharsets.UTF_8));
		waitFor("the login page", () -> !browser.findElements(By.cssSelector("section.demo-login")).isEmpty());
		assertThat(browser.manage().getCookies()).extracting(Cookie::getName)
			.as("opening the login page starts no session")
			.doesNotContain("__Host-NGUPI_SESSION", "NGUPI_SESSION");

		browser
			.findElement(
					By.xpath("//section[contains(@class,'demo-login')]//form[input[@name='handle' and @value='sari']]"
							+ "//button"))
			.click();
		waitFor("back from the login", () -> !browser.findElements(By.cssSelector(".member-nav__me")).isEmpty());

		URI back = URI.create(browser.getCurrentUrl());
		assertThat(back.getRawPath() + "?" + back.getRawQuery()).isEqualTo("/?q=kopi%20%E2%98%95");
		assertThat(browser.findElement(By.cssSelector(".member-nav__me")).getAttribute("href")).endsWith("/@sari");
		Cookie session = browser.manage().getCookieNamed("__Host-NGUPI_SESSION");
		assertThat(session).isNotNull();
		assertThat(session.isSecure()).isTrue();
		assertThat(session.isHttpOnly()).isTrue();
		chromium.console(this.site, this.consoleProblems);
		assertThat(this.consoleProblems).as("browser console").isEmpty();
	}

	private static void waitFor(String what, BooleanSupplier condition) {
		new WebDriverWait(browser, Duration.ofSeconds(15)).withMessage(what)
			.until((driver) -> condition.getAsBoolean());
	}

}
