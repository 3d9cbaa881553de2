package id.ngupi.web.cluster;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import id.ngupi.NgupiApplication;
import id.ngupi.hosting.HostProfileChange;
import id.ngupi.hosting.Hosting;
import id.ngupi.hosting.OfferingChange;
import id.ngupi.hosting.OfferingId;
import id.ngupi.hosting.TimeWindow;
import id.ngupi.hosting.WeeklyWindow;
import id.ngupi.identity.Account;
import id.ngupi.identity.Accounts;
import id.ngupi.identity.Provider;
import id.ngupi.identity.ProviderIdentity;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One running instance of Ngupi in this JVM, as a deployment runs several: its own
 * application context and port, on a database it shares with the others. Requests go to
 * it over HTTP like a browser's, with the session cookie given.
 */
final class Instance implements AutoCloseable {

	static final String SESSION_COOKIE = "NGUPI_SESSION";

	private final ConfigurableApplicationContext context;

	private final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private Instance(ConfigurableApplicationContext context) {
		this.context = context;
	}

	/**
	 * Starts an instance on the database; the periodic jobs but the reminders' wait (the
	 * tests run them), and {@code settings} are added as command-line arguments.
	 */
	static Instance start(String jdbcUrl, String username, String password, String... settings) {
		List<String> arguments = new ArrayList<>(List.of("--spring.datasource.url=" + jdbcUrl,
				"--spring.datasource.username=" + username, "--spring.datasource.password=" + password,
				"--server.port=0", "--spring.main.banner-mode=off", "--ngupi.booking.passed.initial-delay=PT87600H",
				"--ngupi.hosting.refresh.initial-delay=PT87600H", "--ngupi.feedback.closing.initial-delay=PT87600H"));
		arguments.addAll(List.of(settings));
		return new Instance(new SpringApplicationBuilder(NgupiApplication.class).run(arguments.toArray(String[]::new)));
	}

	<T> T bean(Class<T> type) {
		return this.context.getBean(type);
	}

	int port() {
		return ((WebServerApplicationContext) this.context).getWebServer().getPort();
	}

	/** A new member who does not host. */
	Account member(String name) {
		return bean(Accounts.class)
			.signIn(new ProviderIdentity(Provider.GITHUB, UUID.randomUUID().toString(), unique("m"), name, null));
	}

	/**
	 * A listed host in Jakarta with one 30-minute offering (up to {@code weeklyQuota} a
	 * week) and every evening 19:00–21:00; the offering is returned.
	 */
	OfferingId host(String name, int weeklyQuota, boolean needsApproval) {
		Account member = member(name);
		Hosting hosting = bean(Hosting.class);
		hosting.saveProfile(member.id(), new HostProfileChange("Ngobrol soal karier", "", List.of("karier"),
				List.of("id"), "https://meet.google.com/abc-defg-hij", "Asia/Jakarta"));
		OfferingId offering = hosting
			.addOffering(member.id(),
					new OfferingChange("Ngupi 30 menit", 30, "", OfferingChange.DEFAULT_QUESTION_ID, needsApproval,
							weeklyQuota, 0, 21, 0, null))
			.orElseThrow();
		List<WeeklyWindow> evenings = new ArrayList<>();
		for (DayOfWeek day : DayOfWeek.values()) {
			evenings.add(new WeeklyWindow(day, TimeWindow.of(LocalTime.of(19, 0), LocalTime.of(21, 0))));
		}
		hosting.replaceWeeklySchedule(member.id(), evenings);
		return offering;
	}

	/** Logs the member in on this instance; the session cookie's value is returned. */
	String logIn(Account member) {
		HttpResponse<String> login = get("/test-only/login?handle=" + member.handle().value(), null);
		if (login.statusCode() != 302) {
			throw new IllegalStateException("test login answered " + login.statusCode());
		}
		return login.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(cookie -> cookie.startsWith(SESSION_COOKIE + "="))
			.map(cookie -> cookie.substring(SESSION_COOKIE.length() + 1, cookie.indexOf(';')))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("no session cookie"));
	}

	HttpResponse<String> get(String path, String session) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Accept", "text/html,*/*;q=0.8");
		if (session != null) {
			request.header("Cookie", SESSION_COOKIE + "=" + session);
		}
		return send(request.GET().build());
	}

	/** The status the path answers, asked without waiting for it. */
	CompletableFuture<Integer> status(String path) {
		return this.http
			.sendAsync(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html,*/*;q=0.8").GET().build(),
					HttpResponse.BodyHandlers.discarding())
			.thenApply(HttpResponse::statusCode);
	}

	HttpResponse<String> post(String path, String session, Map<String, String> form) {
		String body = form.entrySet()
			.stream()
			.map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(uri(path))
			.header("Accept", "text/html")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", SESSION_COOKIE + "=" + session)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port() + path);
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	static String unique(String prefix) {
		StringBuilder word = new StringBuilder(prefix);
		for (int i = 0; i < 10; i++) {
			word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
		}
		return word.toString();
	}

	@Override
	public void close() {
		this.context.close();
	}

}
