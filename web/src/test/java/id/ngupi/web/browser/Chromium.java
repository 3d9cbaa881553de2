package id.ngupi.web.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import id.ngupi.web.time.ViewerZone;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.fail;

/**
 * The headless Debian Chromium of the browser tests, driven through
 * {@code /usr/bin/chromedriver}: started once per test run (3–4 s) and shared by every
 * test class that takes it as a constructor parameter (with
 * {@code @ExtendWith(Chromium.Tests.class)}, here or beside the code it drives, such as
 * the OAuth login's), quit when the run ends. Without Chromium the tests are skipped,
 * unless {@code NGUPI_BROWSER_TESTS=required} (as on CI), where that fails.
 */
public final class Chromium implements AutoCloseable {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final Duration PATIENCE = Duration.ofSeconds(15);

	static final Pattern CSP = Pattern.compile("(?i)content.security.policy");

	private static final Pattern FAILED_LOAD = Pattern.compile("(\\S+) - Failed to load resource: net::");

	private final ChromeDriverService service;

	private final ChromeDriver driver;

	private final Path profile;

	private Chromium(ChromeDriverService service, ChromeDriver driver, Path profile) {
		this.service = service;
		this.driver = driver;
		this.profile = profile;
	}

	/** Why there is no browser, or {@code null} when there is one. */
	static String unavailable() {
		if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
			return "The browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
					+ " (apt-get install chromium chromium-driver)";
		}
		return null;
	}

	private static Chromium start() {
		try {
			Path profile = Files.createTempDirectory("ngupi-chromium");
			ChromeOptions options = new ChromeOptions();
			options.setBinary(CHROMIUM.toFile());
			options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
					"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
					"--disable-sync", "--hide-scrollbars", "--window-size=1280,900", "--user-data-dir=" + profile);
			LoggingPreferences logging = new LoggingPreferences();
			logging.enable(LogType.BROWSER, Level.ALL);
			options.setCapability("goog:loggingPrefs", logging);
			// A driver given by path: Selenium Manager never downloads one. The browser
			// lives in WIB, the zone the site guesses, so its timezone script never
			// reloads a page under a test; the timezone test moves it elsewhere.
			ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
				.usingAnyFreePort()
				.withEnvironment(Map.of("TZ", ViewerZone.DEFAULT.getId()))
				.build();
			return new Chromium(service, new ChromeDriver(service, options), profile);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public ChromeDriver driver() {
		return this.driver;
	}

	/**
	 * A new visitor in the default window: no session, no timezone cookie, no emulated
	 * screen or zone, nothing left in the console.
	 */
	void startOver() {
		this.driver.get("about:blank");
		this.driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
		this.driver.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", ""));
		defaultScreen();
		this.driver.manage().logs().get(LogType.BROWSER);
	}

	/** Back to the window's own size, after a test emulated another screen. */
	void defaultScreen() {
		this.driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
	}

	/**
	 * What the console logged since the last look: errors and CSP reports. An image from
	 * another site (a member's GitHub avatar, from other tests sharing the database) that
	 * fails to load is the network's business, not the page's: this machine may have no
	 * internet. A CSP refusal of it would still count.
	 */
	public List<String> consoleProblems(String site) {
		List<String> problems = new ArrayList<>();
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
		return problems;
	}

	public void waitFor(String what, BooleanSupplier condition) {
		new WebDriverWait(this.driver, PATIENCE).ignoring(StaleElementReferenceException.class)
			.withMessage(what)
			.until((driver) -> condition.getAsBoolean());
	}

	@Override
	public void close() throws IOException {
		try {
			this.driver.quit();
		}
		finally {
			this.service.stop();
			try (Stream<Path> files = Files.walk(this.profile)) {
				files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
			}
		}
	}

	/**
	 * Gives a test class the run's one Chromium, starting it on first use; each test then
	 * starts as a new visitor. The root store quits the browser after the last test.
	 */
	public static final class Tests implements ParameterResolver, BeforeEachCallback {

		private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Chromium.class);

		@Override
		public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
			return parameter.getParameter().getType() == Chromium.class;
		}

		@Override
		public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
			return (unavailable() != null) ? null : shared(context);
		}

		@Override
		public void beforeEach(ExtensionContext context) {
			String unavailable = unavailable();
			if (unavailable != null && "required".equals(System.getenv("NGUPI_BROWSER_TESTS"))) {
				fail(unavailable + ", and NGUPI_BROWSER_TESTS=required says they must run");
			}
			Assumptions.assumeTrue(unavailable == null, () -> unavailable + ": skipped");
			shared(context).startOver();
		}

		private static Chromium shared(ExtensionContext context) {
			return context.getRoot()
				.getStore(NAMESPACE)
				.computeIfAbsent(Chromium.class, (key) -> start(), Chromium.class);
		}

	}

}
