package id.ngupi.web.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;

import id.ngupi.identity.Account;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One test's visit to the site in the run's shared {@link Chromium}: pages opened by
 * path, a member logged in through the test-only login, and every error or CSP report the
 * console logged on the way, which a test expects to stay empty.
 */
final class Visit {

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private final Chromium chromium;

	private final String site;

	private final List<String> consoleProblems = new ArrayList<>();

	Visit(Chromium chromium, int port) {
		this.chromium = chromium;
		this.site = "http://localhost:" + port;
	}

	ChromeDriver browser() {
		return this.chromium.driver();
	}

	/** The site's address, {@code http://localhost:port}. */
	String site() {
		return this.site;
	}

	void open(String path) {
		browser().get(this.site + path);
		waitFor("the page loaded", () -> "complete".equals(browser().executeScript("return document.readyState")));
		console();
	}

	/** The browser logged in as the member, through the test-only login. */
	void logIn(Account member) {
		open("/test-only/login?handle=" + member.handle().value());
		assertThat(browser().findElements(By.cssSelector(".member-nav .member-nav__me"))).as("logged in")
			.singleElement()
			.satisfies((me) -> assertThat(me.getAttribute("textContent")).contains(member.displayName()));
	}

	void waitFor(String what, BooleanSupplier condition) {
		this.chromium.waitFor(what, condition);
	}

	/** Collects what the console logged since the last look: errors and CSP reports. */
	void console() {
		this.consoleProblems.addAll(this.chromium.consoleProblems(this.site));
	}

	/** What the console logged so far (a test that provokes a problem may clear it). */
	List<String> consoleProblems() {
		return this.consoleProblems;
	}

	/** Whatever the test did, no page it visited logged an error or a CSP violation. */
	void assertQuietConsole() {
		console();
		assertThat(this.consoleProblems).as("browser console").isEmpty();
	}

	/**
	 * The whole page, not only what fits the screen, as a person would scroll through it,
	 * saved as {@code target/screenshots/<name>.png}.
	 */
	void screenshot(String name) {
		@SuppressWarnings("unchecked")
		Map<String, Object> metrics = (Map<String, Object>) browser().executeCdpCommand("Page.getLayoutMetrics",
				Map.of());
		@SuppressWarnings("unchecked")
		Map<String, Object> content = (Map<String, Object>) metrics.get("cssContentSize");
		Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", ((Number) content.get("width")).intValue(), "height",
				((Number) content.get("height")).intValue(), "scale", 1);
		Map<String, Object> shot = browser().executeCdpCommand("Page.captureScreenshot",
				Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
		try {
			Files.createDirectories(SCREENSHOTS);
			Files.write(SCREENSHOTS.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A word no other test uses: lower-case letters, so search reads it as one word. */
	static String unique(String prefix) {
		StringBuilder word = new StringBuilder(prefix);
		for (int i = 0; i < 10; i++) {
			word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
		}
		return word.toString();
	}

}
