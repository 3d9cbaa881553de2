package id.ngupi.web.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import id.ngupi.web.time.ViewerZone;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import static org.assertj.core.api.Assertions.fail;

/**
 * Headless Debian Chromium through {@code /usr/bin/chromedriver}, for the browser tests;
 * without them there is none (and the tests skip), unless
 * {@code NGUPI_BROWSER_TESTS=required} (as on CI), where that fails. A driver given by
 * path: Selenium Manager never downloads one. The browser lives in WIB, the zone the site
 * guesses, so its timezone script never reloads a page under a test.
 */
final class Chromium {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	static final Pattern CSP = Pattern.compile("(?i)content.security.policy");

	private static final Pattern FAILED_LOAD = Pattern.compile("(\\S+) - Failed to load resource: net::");

	private final ChromeDriverService service;

	private final ChromeDriver driver;

	private final Path profile;

	/** Why there is no browser, when there is none. */
	private final String unavailable;

	private Chromium(ChromeDriverService service, ChromeDriver driver, Path profile, String unavailable) {
		this.service = service;
		this.driver = driver;
		this.profile = profile;
		this.unavailable = unavailable;
	}

	static Chromium start() throws IOException {
		if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
			String unavailable = "The browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
					+ " (apt-get install chromium chromium-driver)";
			if ("required".equals(System.getenv("NGUPI_BROWSER_TESTS"))) {
				fail(unavailable + ", and NGUPI_BROWSER_TESTS=required says they must run");
			}
			return new Chromium(null, null, null, unavailable);
		}
		Path profile = Files.createTempDirectory("ngupi-chromium");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--window-size=1280,900", "--user-data-dir=" + profile);
		LoggingPreferences logging = new LoggingPreferences();
		logging.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logging);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.withEnvironment(Map.of("TZ", ViewerZone.DEFAULT.getId()))
			.build();
		return new Chromium(service, new ChromeDriver(service, options), profile, null);
	}

	/** The browser; {@code null} when there is none. */
	ChromeDriver driver() {
		return this.driver;
	}

	/** Why there is no browser, or {@code null}. */
	String unavailable() {
		return this.unavailable;
	}

	/**
	 * Adds what the console logged since the last look to {@code problems}: errors and
	 * CSP reports. An image from another site (a member's GitHub avatar, from other tests
	 * sharing the database) that fails to load is the network's business, not the page's:
	 * this machine may have no internet. A CSP refusal of it would still count.
	 */
	void console(String site, List<String> problems) {
		for (LogEntry entry : this.driver.manage().logs().get(LogType.BROWSER)) {
			String message = entry.getMessage();
			Matcher failedLoad = FAILED_LOAD.matcher(message);
			if (failedLoad.lookingAt() && !failedLoad.group(1).startsWith(site + "/")) {
				continue;
			}
			if (entry.getLevel().intValue() >= Level.SEVERE.intValue() || CSP.matcher(message).find()) {
				problems.add(entry.getLevel() + " " + message);
			}
		}
	}

	void stop() throws IOException {
		try {
			if (this.driver != null) {
				this.driver.quit();
			}
		}
		finally {
			if (this.service != null) {
				this.service.stop();
			}
			if (this.profile != null) {
				try (Stream<Path> files = Files.walk(this.profile)) {
					files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
				}
			}
		}
	}

}
