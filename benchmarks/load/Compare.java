import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Measures Ngupi side by side, in one run, so that a noisy machine cannot fake a ratio:
 * the production jar on a throw-away embedded PostgreSQL with N hosts seeded (the
 * {@code bench} profile), start-up on a fresh and on an existing data directory, the
 * discovery page, a host's page and a constant page of the discovery page's size in
 * interleaved wrk rounds, the statements each page costs, the process's RSS after the
 * load, booking through the form over HTTP, and pgbench running the booking transaction's
 * own statements ({@code booking.pgbench.sql}). Run by {@code compare.sh}; see
 * docs/benchmarks.md.
 */
public class Compare {

	private static final String ANSWER = "Aku ingin ngobrol soal pindah dari desain ke frontend. "
			+ "Sudah belajar React tiga bulan dan bingung mulai dari proyek apa.";

	/** A little longer than the application keeps pages and what they read. */
	private static final Duration KEPT = Duration.ofSeconds(6);

	private static final Pattern INPUT = Pattern.compile("<input[^>]*>");

	private static final Pattern NAME = Pattern.compile("name=\"([^\"]*)\"");

	private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");

	private static final Pattern BOOKING_LINK = Pattern.compile("href=\"(/@[^\"]+/ngupi/[^\"]+/pesan\\?start=[^\"]+)\"");

	private static final Pattern FORM_ACTION = Pattern
		.compile("<form class=\"form\" method=\"post\" action=\"([^\"]+/pesan[^\"]*)\"");

	public static void main(String[] args) throws Exception {
		Map<String, String> options = options(args);
		Path jar = Path.of(options.getOrDefault("jar", "web/target/ngupi.jar"));
		int hosts = Integer.parseInt(options.getOrDefault("hosts", "1000"));
		int seconds = Integer.parseInt(options.getOrDefault("seconds", "5"));
		int rounds = Integer.parseInt(options.getOrDefault("rounds", "3"));
		int connections = Integer.parseInt(options.getOrDefault("connections", "16"));
		int bookings = Math.min(hosts, Integer.parseInt(options.getOrDefault("bookings", "400")));
		int threads = Integer.parseInt(options.getOrDefault("threads", "8"));
		List<String> jvm = List.of(options.getOrDefault("jvm", "").split(" +")).stream()
			.filter(flag -> !flag.isBlank())
			.toList();
		Path script = Path.of(options.getOrDefault("pgbench-script", "benchmarks/load/booking.pgbench.sql"));

		Set<String> parts = Set.of(options.getOrDefault("parts", "start,pages,booking").split(","));

		Path data = Files.createTempDirectory("ngupi-bench");
		int port = freePort();
		int dbPort = freePort();
		System.out.printf("jar %s, %d hosts, JVM flags %s, data in %s%n", jar, hosts, jvm, data);

		App fresh = App.start(jar, jvm, data, port, dbPort, hosts);
		double freshFirst = fresh.firstPage();
		fresh.waitReady();
		System.out.printf("fresh data directory: first page after %.1f s; %d hosts seeded after %.1f s%n", freshFirst,
				hosts, fresh.sinceStart());
		double coldFirst = Double.NaN;
		double cdsFirst = Double.NaN;
		App measuredApp = fresh;
		if (parts.contains("start")) {
			fresh.stop();
			App plain = App.start(jar, jvm, data, port, dbPort, hosts);
			coldFirst = plain.firstPage();
			plain.waitReady();
			System.out.printf("existing data directory: first page after %.2f s%n", coldFirst);
			plain.stop();
			measuredApp = startWithCds(jar, jvm, data, port, dbPort, hosts);
			cdsFirst = measuredApp.firstPage();
			measuredApp.waitReady();
			System.out.printf("existing data directory with CDS: first page after %.2f s%n", cdsFirst);
		}
		try {
			App app = measuredApp;
			if (parts.contains("pages")) {
				measurePages(app, hosts, seconds, rounds, connections);
			}
			System.out.println();
			System.out.printf("| measure | value |%n| --- | ---: |%n");
			if (parts.contains("booking")) {
				Booked booked = bookOverHttp(app.base, bookings, threads);
				double pgbench = pgbench(script, dbPort, hosts, threads, seconds * 2);
				System.out.printf("| booking through the form (GET + POST), %d threads | %.0f /s (%d of %d booked) |%n",
						threads, booked.rate(), booked.booked(), bookings);
				System.out.printf("| pgbench, the booking transaction, %d clients | %.0f /s |%n", threads, pgbench);
				System.out.printf("| booking through the form / pgbench | %.0f %% |%n", 100 * booked.rate() / pgbench);
			}
			System.out.printf("| first page, fresh data directory (initdb, migrations) | %.1f s |%n", freshFirst);
			System.out.printf("| first page, existing data directory | %.2f s |%n", coldFirst);
			System.out.printf("| first page, existing data directory, with CDS | %.2f s |%n", cdsFirst);
			System.out.printf("| JVM flags of the measured runs | %s |%n", String.join(" ", jvm));
		}
		finally {
			measuredApp.stop();
		}
	}

	/**
	 * The constant page, discovery, a host's page and {@code /login} in interleaved wrk
	 * rounds, the statements each page costs, and the RSS after the rounds.
	 */
	private static void measurePages(App app, int hosts, int seconds, int rounds, int connections)
			throws IOException, InterruptedException {
		Client visitor = new Client(app.base);
		int discoveryBytes = visitor.get("/").body().length();
		String hostPage = "/@bench-1";
		Map<String, String> pages = new LinkedHashMap<>();
		pages.put("constant page, same size as /", "/bench/konstan?bytes=" + discoveryBytes);
		pages.put("/ discovery, " + hosts + " hosts", "/");
		pages.put("/@handle host page", hostPage);
		pages.put("/login", "/login");
		Client member = Client.loggedIn(app.base);
		String constantLoggedIn = "constant page, logged in";
		pages.put(constantLoggedIn, pages.get("constant page, same size as /"));

		// what a page costs read afresh, and opened again while what it read is kept:
		// wait out anything kept since start-up first
		Thread.sleep(KEPT.toMillis());
		Map<String, String> statements = new LinkedHashMap<>();
		for (String path : List.of("/", hostPage, "/login")) {
			visitor.get(path);
			int afresh = visitor.statements(path);
			visitor.get(path);
			statements.put(path, afresh + " / " + visitor.statements(path));
		}
		member.get("/sesi");
		statements.put("/sesi", String.valueOf(member.statements("/sesi")));

		String cookie = member.cookie();
		for (Map.Entry<String, String> page : pages.entrySet()) {
			wrk(app.base + page.getValue(), 3, connections, page.getKey().equals(constantLoggedIn) ? cookie : null);
		}
		Map<String, List<Wrk>> measured = new LinkedHashMap<>();
		for (int round = 0; round < rounds; round++) {
			for (Map.Entry<String, String> page : pages.entrySet()) {
				measured.computeIfAbsent(page.getKey(), key -> new ArrayList<>())
					.add(wrk(app.base + page.getValue(), seconds, connections,
							page.getKey().equals(constantLoggedIn) ? cookie : null));
			}
		}
		long rss = app.rssKb();
		double constant = median(measured.get("constant page, same size as /"), Wrk::rate);

		System.out.println();
		System.out.printf("| page | pages/s | p50 | p99 | share of the constant page |%n");
		System.out.printf("| --- | ---: | ---: | ---: | ---: |%n");
		for (Map.Entry<String, List<Wrk>> page : measured.entrySet()) {
			double rate = median(page.getValue(), Wrk::rate);
			System.out.printf("| %s | %.0f | %.1f ms | %.1f ms | %.0f %% |%n", page.getKey(), rate,
					median(page.getValue(), Wrk::p50), median(page.getValue(), Wrk::p99), 100 * rate / constant);
		}
		System.out.println();
		System.out.printf("| measure | value |%n| --- | ---: |%n");
		statements.forEach((path, count) -> System.out
			.printf("| statements of %s (read afresh / opened again) | %s |%n", path, count));
		System.out.printf("| RSS after the page rounds | %d MB |%n", rss / 1024);
		System.out.printf("| discovery page size | %d bytes |%n", discoveryBytes);
		System.out.printf("%nrounds: %s%n", measured.entrySet()
			.stream()
			.map(entry -> entry.getKey() + " "
					+ entry.getValue().stream().map(w -> String.format("%.0f", w.rate())).toList())
			.collect(Collectors.joining("; ")));
	}

	/** Every booking logs in a new member (untimed), then opens the form and sends it. */
	private static Booked bookOverHttp(String base, int count, int threads) throws Exception {
		List<Client> members = parallel(threads, count, i -> Client.loggedIn(base));
		List<String> forms = parallel(threads, count, i -> {
			Matcher link = BOOKING_LINK.matcher(members.get(i).get("/@bench-" + i).body());
			return link.find() ? link.group(1).replace("&amp;", "&") : null;
		});
		long start = System.nanoTime();
		List<Boolean> made = parallel(threads, count, i -> forms.get(i) != null && members.get(i).book(forms.get(i)));
		double elapsed = (System.nanoTime() - start) / 1e9;
		long booked = made.stream().filter(Boolean::booleanValue).count();
		return new Booked(booked / elapsed, (int) booked);
	}

	/**
	 * Spring Boot's CDS: the jar extracted, one training run that stops once the context is
	 * refreshed, then the start that maps the classes it loaded.
	 */
	private static App startWithCds(Path jar, List<String> jvm, Path data, int port, int dbPort, int hosts)
			throws IOException, InterruptedException {
		Path extracted = data.resolveSibling(data.getFileName() + "-app");
		run(List.of("java", "-Djarmode=tools", "-jar", jar.toString(), "extract", "--destination",
				extracted.toString()), data, dbPort);
		Path extractedJar = extracted.resolve(jar.getFileName());
		Path archive = extracted.resolve("ngupi.jsa");
		// the training run with the same flags: an archive made with another collector or
		// heap is of little use
		List<String> training = new ArrayList<>(List.of("java"));
		training.addAll(jvm);
		training.addAll(List.of("-XX:ArchiveClassesAtExit=" + archive, "-Dspring.context.exit=onRefresh", "-jar",
				extractedJar.toString(), "--spring.profiles.active=bench", "--server.port=0",
				"--ngupi.bench.hosts=" + hosts, "--logging.level.root=WARN"));
		run(training, data, dbPort);
		List<String> withArchive = new ArrayList<>(jvm);
		withArchive.add("-XX:SharedArchiveFile=" + archive);
		return App.start(extractedJar, withArchive, data, port, dbPort, hosts);
	}

	/** Runs a command to its end with the embedded database's place set; fails if it does. */
	private static void run(List<String> command, Path data, int dbPort) throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(data.resolveSibling(data.getFileName() + ".log").toFile()));
		builder.environment().put("NGUPI_DB_DIR", data.toString());
		builder.environment().put("NGUPI_DB_PORT", String.valueOf(dbPort));
		int exit = builder.start().waitFor();
		if (exit != 0) {
			throw new IllegalStateException(command + " ended with " + exit + "; see the log next to the data");
		}
	}

	private static double pgbench(Path script, int dbPort, int hosts, int clients, int seconds)
			throws IOException, InterruptedException {
		ProcessBuilder table = new ProcessBuilder("psql", "-h", "127.0.0.1", "-p", String.valueOf(dbPort), "-U",
				"postgres", "-q", "-c",
				"create table if not exists bench_event_publication (like event_publication including all)", "ngupi")
			.redirectErrorStream(true);
		table.environment().put("PGPASSWORD", "postgres");
		if (table.start().waitFor() != 0) {
			throw new IllegalStateException("psql could not make bench_event_publication");
		}
		ProcessBuilder builder = new ProcessBuilder("pgbench", "-h", "127.0.0.1", "-p", String.valueOf(dbPort), "-U",
				"postgres", "-n", "-D", "hosts=" + hosts, "-c", String.valueOf(clients), "-j", "2", "-T",
				String.valueOf(seconds), "-f", script.toString(), "ngupi")
			.redirectErrorStream(true);
		builder.environment().put("PGPASSWORD", "postgres");
		Process run = builder.start();
		String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		run.waitFor();
		Matcher tps = Pattern.compile("tps = ([0-9.]+)").matcher(output);
		if (!tps.find()) {
			throw new IllegalStateException("pgbench said:\n" + output);
		}
		if (output.contains("failed") && !output.contains("number of failed transactions: 0")) {
			System.out.println(output);
		}
		return Double.parseDouble(tps.group(1));
	}

	/** wrk against the URL, as a logged-in member when a session cookie is given. */
	private static Wrk wrk(String url, int seconds, int connections, String cookie)
			throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(
				List.of("wrk", "-t2", "-c" + connections, "-d" + seconds + "s", "--latency", url));
		if (cookie != null) {
			command.addAll(List.of("-H", "Cookie: " + cookie));
		}
		Process run = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		run.waitFor();
		Matcher rate = Pattern.compile("Requests/sec:\\s+([0-9.]+)").matcher(output);
		if (!rate.find() || output.contains("Non-2xx")) {
			throw new IllegalStateException("wrk said for " + url + ":\n" + output);
		}
		return new Wrk(Double.parseDouble(rate.group(1)), latency(output, "50%"), latency(output, "99%"));
	}

	private static double latency(String output, String percentile) {
		Matcher found = Pattern.compile(percentile + "\\s+([0-9.]+)(us|ms|s)").matcher(output);
		if (!found.find()) {
			return Double.NaN;
		}
		double value = Double.parseDouble(found.group(1));
		return switch (found.group(2)) {
			case "us" -> value / 1000;
			case "s" -> value * 1000;
			default -> value;
		};
	}

	private static <T> double median(List<T> values, java.util.function.ToDoubleFunction<T> of) {
		double[] sorted = values.stream().mapToDouble(of).sorted().toArray();
		return sorted[sorted.length / 2];
	}

	private static <T> List<T> parallel(int threads, int count, IntFunction<T> work) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<T>> futures = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				int index = i;
				futures.add(pool.submit(() -> work.apply(index)));
			}
			List<T> made = new ArrayList<>();
			for (Future<T> future : futures) {
				made.add(future.get());
			}
			return made;
		}
		finally {
			pool.shutdown();
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static Map<String, String> options(String[] args) {
		Map<String, String> options = new LinkedHashMap<>();
		for (String arg : args) {
			int equals = arg.indexOf('=');
			if (!arg.startsWith("--") || equals < 0) {
				throw new IllegalArgumentException("options are --name=value: " + arg);
			}
			options.put(arg.substring(2, equals), arg.substring(equals + 1));
		}
		return options;
	}

	record Wrk(double rate, double p50, double p99) {
	}

	record Booked(double rate, int booked) {
	}

	/** The application in its own process, as production runs it. */
	static final class App {

		final String base;

		private final Process process;

		private final long started = System.nanoTime();

		private App(Process process, int port) {
			this.process = process;
			this.base = "http://127.0.0.1:" + port;
		}

		static App start(Path jar, List<String> jvm, Path data, int port, int dbPort, int hosts) throws IOException {
			List<String> command = new ArrayList<>(List.of("java"));
			command.addAll(jvm);
			command.addAll(List.of("-jar", jar.toString(), "--spring.profiles.active=bench",
					"--server.address=127.0.0.1", "--server.port=" + port, "--ngupi.rate-limit.enabled=false",
					"--ngupi.bench.hosts=" + hosts, "--logging.level.root=WARN"));
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(
						ProcessBuilder.Redirect.appendTo(data.resolveSibling(data.getFileName() + ".log").toFile()));
			builder.environment().put("NGUPI_DB_DIR", data.toString());
			builder.environment().put("NGUPI_DB_PORT", String.valueOf(dbPort));
			return new App(builder.start(), port);
		}

		double sinceStart() {
			return (System.nanoTime() - this.started) / 1e9;
		}

		/** Seconds from the process's start to the first page answered. */
		double firstPage() throws InterruptedException {
			Client client = new Client(this.base);
			while (this.process.isAlive()) {
				try {
					if (client.get("/").statusCode() == 200) {
						return sinceStart();
					}
				}
				catch (UncheckedIOException notYet) {
					// not listening yet
				}
				Thread.sleep(20);
			}
			throw new IllegalStateException("Ngupi stopped; see its log next to the data directory");
		}

		void waitReady() throws InterruptedException {
			Client client = new Client(this.base);
			while (client.get("/bench/siap").statusCode() != 200) {
				if (!this.process.isAlive()) {
					throw new IllegalStateException("Ngupi stopped while seeding");
				}
				Thread.sleep(200);
			}
		}

		long rssKb() throws IOException {
			return Files.readAllLines(Path.of("/proc/" + this.process.pid() + "/status"))
				.stream()
				.filter(line -> line.startsWith("VmRSS:"))
				.map(line -> Long.parseLong(line.replaceAll("[^0-9]", "")))
				.findFirst()
				.orElse(-1L);
		}

		void stop() throws InterruptedException {
			this.process.destroy();
			if (!this.process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor();
			}
		}

	}

	/** One visitor's browser: its own cookies and connection. */
	static final class Client {

		private final String base;

		private final HttpClient http;

		private final CookieManager cookies = new CookieManager();

		Client(String base) {
			this.base = base;
			this.http = HttpClient.newBuilder()
				.version(HttpClient.Version.HTTP_1_1)
				.followRedirects(HttpClient.Redirect.NEVER)
				.cookieHandler(this.cookies)
				.connectTimeout(Duration.ofSeconds(2))
				.build();
		}

		static Client loggedIn(String base) {
			Client client = new Client(base);
			String csrf = field(client.get("/bench/masuk").body(), "_csrf");
			HttpResponse<String> login = client.post("/bench/masuk", List.of(Map.entry("_csrf", csrf)));
			if (login.statusCode() != 204) {
				throw new IllegalStateException("bench login answered " + login.statusCode());
			}
			return client;
		}

		/** The cookies this browser holds, as a {@code Cookie} header says them. */
		String cookie() {
			return this.cookies.getCookieStore()
				.getCookies()
				.stream()
				.map(held -> held.getName() + "=" + held.getValue())
				.collect(Collectors.joining("; "));
		}

		int statements(String path) {
			HttpResponse<String> cost = get("/bench/biaya?path=" + URLEncoder.encode(path, StandardCharsets.UTF_8));
			if (cost.statusCode() != 200) {
				throw new IllegalStateException("no statements recorded for " + path + ": " + cost.statusCode());
			}
			return Integer.parseInt(cost.body().lines().findFirst().orElseThrow().strip());
		}

		boolean book(String formPath) {
			String page = get(formPath).body();
			Matcher action = FORM_ACTION.matcher(page);
			if (!action.find()) {
				return false;
			}
			HttpResponse<String> answer = post(action.group(1).replace("&amp;", "&"),
					List.of(Map.entry("_csrf", field(page, "_csrf")), Map.entry("start", field(page, "start")),
							Map.entry("requestKey", field(page, "requestKey")),
							Map.entry("topics", field(page, "topics")), Map.entry("answer", ANSWER)));
			return answer.statusCode() == 302
					&& answer.headers().firstValue("Location").orElse("").contains("/sesi/");
		}

		HttpResponse<String> get(String path) {
			return send(HttpRequest.newBuilder(URI.create(this.base + path)).header("Accept", "text/html,*/*;q=0.8").GET().build());
		}

		HttpResponse<String> post(String path, List<Map.Entry<String, String>> fields) {
			String body = fields.stream()
				.map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
				.collect(Collectors.joining("&"));
			return send(HttpRequest.newBuilder(URI.create(this.base + path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("Origin", this.base)
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build());
		}

		private HttpResponse<String> send(HttpRequest request) {
			try {
				return this.http.send(request, HttpResponse.BodyHandlers.ofString());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

		/** The value of the first input of that name on the page. */
		static String field(String page, String name) {
			Matcher input = INPUT.matcher(page);
			while (input.find()) {
				Matcher named = NAME.matcher(input.group());
				if (named.find() && named.group(1).equals(name)) {
					Matcher value = VALUE.matcher(input.group());
					return value.find() ? value.group(1).replace("&amp;", "&") : "";
				}
			}
			throw new IllegalStateException("no input " + name);
		}

		private static String encode(String value) {
			return URLEncoder.encode(value, StandardCharsets.UTF_8);
		}

	}

}
