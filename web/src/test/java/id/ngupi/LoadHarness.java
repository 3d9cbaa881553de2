package id.ngupi;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
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
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

import javax.sql.DataSource;

import id.ngupi.booking.BookingOutcome;
import id.ngupi.booking.BookingRequest;
import id.ngupi.booking.Bookings;
import id.ngupi.booking.OpenSlot;
import id.ngupi.booking.OpenSlots;
import id.ngupi.db.test.TestDatabase;
import id.ngupi.hosting.HostDirectory;
import id.ngupi.hosting.HostProfileChange;
import id.ngupi.hosting.Hosting;
import id.ngupi.hosting.OfferingChange;
import id.ngupi.hosting.TimeWindow;
import id.ngupi.hosting.WeeklyWindow;
import id.ngupi.identity.AccountId;
import id.ngupi.identity.Accounts;
import id.ngupi.identity.Provider;
import id.ngupi.identity.ProviderIdentity;
import id.ngupi.web.support.Links;
import ngupi.harness.HarnessLogin;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A load harness, not a test: starts Ngupi on a throw-away embedded PostgreSQL, seeds
 * hosts through the {@link Hosting} API, measures booking throughput through
 * {@link Bookings} (distinct hosts and slots, several threads), then through the booking
 * form over HTTP as members' browsers would send it (logged in through the harness-only
 * {@link HarnessLogin}), then points {@code wrk} at the discovery page. See
 * docs/benchmarks.md for how to run it and what it found. Arguments:
 * {@code hosts threads wrkSeconds} (default 1000, 8, 10).
 */
final class LoadHarness {

	private static final String ANSWER = "Aku ingin ngobrol soal pindah dari desain ke frontend. "
			+ "Sudah belajar React tiga bulan dan bingung mulai dari proyek apa.";

	private LoadHarness() {
	}

	public static void main(String[] args) throws Exception {
		int hostCount = (args.length > 0) ? Integer.parseInt(args[0]) : 1000;
		int threads = (args.length > 1) ? Integer.parseInt(args[1]) : 8;
		int wrkSeconds = (args.length > 2) ? Integer.parseInt(args[2]) : 10;

		TestDatabase.Lease database = TestDatabase.lease();
		// the harness's login is registered here only, never by the application's scan
		SpringApplication application = new SpringApplication(NgupiApplication.class, HarnessLogin.class);
		Map<String, Object> properties = new HashMap<>();
		properties.put("spring.datasource.url", database.jdbcUrl());
		properties.put("spring.datasource.username", database.username());
		properties.put("spring.datasource.password", database.password());
		application.setDefaultProperties(properties);
		// arguments, unlike default properties, win over application.properties
		// no run held up by a limit; every booking is a different member anyway
		try (ConfigurableApplicationContext context = application.run("--server.port=0", "--server.address=127.0.0.1",
				"--logging.level.root=WARN", "--ngupi.rate-limit.enabled=false")) {
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			Accounts accounts = context.getBean(Accounts.class);
			Hosting hosting = context.getBean(Hosting.class);
			HostDirectory directory = context.getBean(HostDirectory.class);
			OpenSlots openSlots = context.getBean(OpenSlots.class);
			Bookings bookings = context.getBean(Bookings.class);

			long seedStart = System.nanoTime();
			List<AccountId> hosts = parallel(threads, hostCount, i -> host(accounts, hosting, i));
			System.out.printf("seeded %d hosts in %.1f s%n", hosts.size(), seconds(seedStart));

			// each host's open slots, read once; round r books slot r of every host with
			// a new attendee, so no two bookings ever want the same time
			Map<AccountId, List<OpenSlot>> slots = new HashMap<>();
			for (AccountId host : hosts) {
				slots.put(host, openSlots.of(directory.offerings(host).get(0).id()));
			}
			book(bookings, accounts, hosts.subList(0, Math.min(200, hosts.size())), slots, 0, threads, "warm-up");
			book(bookings, accounts, hosts, slots, 1, threads, "measured");
			book(bookings, accounts, hosts, slots, 2, 1, "one thread");

			String base = "http://127.0.0.1:" + port;
			Map<AccountId, String> handles = new HashMap<>();
			for (AccountId host : hosts) {
				handles.put(host, accounts.find(host).orElseThrow().handle().value());
			}
			JdbcClient jdbc = JdbcClient.create(context.getBean(DataSource.class));
			long before = bookingCount(jdbc);
			int posted = 0;
			posted += bookOverHttp(base, accounts, hosts.subList(0, Math.min(200, hosts.size())), handles, slots, 3,
					threads, "warm-up");
			posted += bookOverHttp(base, accounts, hosts, handles, slots, 4, threads, "measured");
			posted += bookOverHttp(base, accounts, hosts, handles, slots, 5, 1, "one thread");
			long made = bookingCount(jdbc) - before;
			System.out.printf(
					"booking over HTTP: %d bookings made in the database, %d POSTs answered with a session: %s%n", made,
					posted, (made == posted) ? "the same" : "NOT THE SAME");

			String url = "http://127.0.0.1:" + port + "/";
			wrk(url, 5, "warm-up");
			wrk(url, wrkSeconds, "measured");
		}
		database.close();
	}

	private static AccountId host(Accounts accounts, Hosting hosting, int i) {
		AccountId host = member(accounts, "host" + i);
		hosting.saveProfile(host,
				new HostProfileChange("Ngobrol soal karier " + i, "Halo!",
						List.of((i % 2 == 0) ? "karier" : "frontend", "backend"), List.of("id"),
						"https://meet.google.com/abc-defg-hij", "Asia/Jakarta"));
		hosting.addOffering(host,
				new OfferingChange("Ngupi 30 menit", 30, "", "Topik apa?", false, 20, 1, 21, 0, null));
		List<WeeklyWindow> evenings = new ArrayList<>();
		for (DayOfWeek day : DayOfWeek.values()) {
			evenings.add(new WeeklyWindow(day, TimeWindow.of(LocalTime.of(19, 0), LocalTime.of(21, 0))));
		}
		hosting.replaceWeeklySchedule(host, evenings);
		return host;
	}

	private static AccountId member(Accounts accounts, String name) {
		String handle = name + UUID.randomUUID().toString().substring(0, 6);
		return accounts.signIn(new ProviderIdentity(Provider.GITHUB, UUID.randomUUID().toString(), handle, name, null))
			.id();
	}

	private static void book(Bookings bookings, Accounts accounts, List<AccountId> hosts,
			Map<AccountId, List<OpenSlot>> slots, int round, int threads, String label) throws Exception {
		List<AccountId> attendees = new ArrayList<>();
		for (int i = 0; i < hosts.size(); i++) {
			attendees.add(member(accounts, "attendee" + round + "x" + i));
		}
		AtomicInteger booked = new AtomicInteger();
		long start = System.nanoTime();
		parallel(threads, hosts.size(), i -> {
			OpenSlot slot = slots.get(hosts.get(i)).get(round);
			BookingOutcome outcome = bookings.book(attendees.get(i),
					new BookingRequest(slot.offering(), slot.start(), List.of("backend"), ANSWER, UUID.randomUUID()));
			if (outcome instanceof BookingOutcome.Booked) {
				booked.incrementAndGet();
			}
			else {
				System.out.println("refused: " + outcome);
			}
			return outcome;
		});
		double seconds = seconds(start);
		System.out.printf("booking %s: %d of %d booked in %.2f s with %d threads: %.0f bookings/s, %.1f ms each%n",
				label, booked.get(), hosts.size(), seconds, threads, booked.get() / seconds,
				seconds * 1000 * threads / hosts.size());
	}

	/**
	 * Books slot {@code round} of every host through the booking form, each with a new
	 * member: all of them log in first, then the timed part is, per booking, the form's
	 * page and the form sent, as a browser would (the redirect to the session is not
	 * followed). Answers how many were sent and answered with a session.
	 */
	private static int bookOverHttp(String base, Accounts accounts, List<AccountId> hosts,
			Map<AccountId, String> handles, Map<AccountId, List<OpenSlot>> slots, int round, int threads, String label)
			throws Exception {
		ExecutorService clientThreads = Executors.newCachedThreadPool();
		try {
			List<Browser> browsers = parallel(threads, hosts.size(),
					i -> Browser.loggedIn(base, member(accounts, "web" + round + "x" + i), clientThreads));
			long start = System.nanoTime();
			List<HttpBooking> made = parallel(threads, hosts.size(), i -> {
				AccountId host = hosts.get(i);
				OpenSlot slot = slots.get(host).get(round);
				try {
					return browsers.get(i)
						.book(Links.bookingForm(handles.get(host), slot.offering().toString(), slot.start()));
				}
				catch (UncheckedIOException ex) {
					// counted as failed, like any answer that is no session
					return new HttpBooking(false, 0, 0, ex.getMessage());
				}
			});
			double seconds = seconds(start);
			List<HttpBooking> booked = made.stream().filter(HttpBooking::booked).toList();
			made.stream()
				.filter(booking -> !booking.booked())
				.limit(5)
				.forEach(booking -> System.out.println("failed: " + booking.failure()));
			System.out.printf(
					"booking over HTTP %s: %d of %d booked (%d failed) in %.2f s with %d threads: %.0f bookings/s, "
							+ "%.1f ms each%n",
					label, booked.size(), hosts.size(), hosts.size() - booked.size(), seconds, threads,
					booked.size() / seconds, seconds * 1000 * threads / hosts.size());
			System.out.printf("  GET form p50/p90/p99: %s; POST form p50/p90/p99: %s%n",
					percentiles(made.stream().mapToLong(HttpBooking::formNanos).toArray()),
					percentiles(made.stream().mapToLong(HttpBooking::postNanos).toArray()));
			return booked.size();
		}
		finally {
			clientThreads.shutdown();
		}
	}

	private static String percentiles(long[] nanos) {
		Arrays.sort(nanos);
		return Arrays.stream(new double[] { 0.5, 0.9, 0.99 })
			.mapToObj(quantile -> nanos[Math.max(0, (int) Math.ceil(quantile * nanos.length) - 1)])
			.map(value -> String.format("%.1f", value / 1_000_000.0))
			.collect(Collectors.joining(" / ", "", " ms"));
	}

	private static long bookingCount(JdbcClient jdbc) {
		return jdbc.sql("select count(*) from booking.booking").query(Long.class).single();
	}

	/**
	 * One booking through the form.
	 *
	 * @param booked whether the form was answered with a redirect to the new session
	 * @param formNanos how long the form's page took
	 * @param postNanos how long sending the form took
	 * @param failure what went wrong, if it was not booked
	 */
	private record HttpBooking(boolean booked, long formNanos, long postNanos, String failure) {
	}

	/**
	 * One member's browser: its own cookies (the session) and its own connection, asking
	 * for compressed pages like browsers do.
	 */
	private static final class Browser {

		private final String base;

		private final HttpClient http;

		private Browser(String base, HttpClient http) {
			this.base = base;
			this.http = http;
		}

		/** A browser in which this member has logged in through {@link HarnessLogin}. */
		static Browser loggedIn(String base, AccountId member, ExecutorService threads) {
			Browser browser = new Browser(base,
					HttpClient.newBuilder()
						.version(HttpClient.Version.HTTP_1_1)
						.followRedirects(HttpClient.Redirect.NEVER)
						.cookieHandler(new CookieManager())
						.executor(threads)
						.build());
			HttpResponse<byte[]> page = browser.get(HarnessLogin.PATH);
			String csrf = browser.html(page).selectFirst("input[name=_csrf]").val();
			HttpResponse<byte[]> login = browser.post(HarnessLogin.PATH,
					List.of(Map.entry("account", member.value().toString()), Map.entry("_csrf", csrf)));
			if (login.statusCode() != 204) {
				throw new IllegalStateException("harness login answered " + login.statusCode());
			}
			return browser;
		}

		/** Opens the booking form, picks the first topic, answers and sends it. */
		HttpBooking book(String formPath) {
			long start = System.nanoTime();
			HttpResponse<byte[]> page = get(formPath);
			long formNanos = System.nanoTime() - start;
			if (page.statusCode() != 200) {
				return new HttpBooking(false, formNanos, 0, "form answered " + page.statusCode());
			}
			Element form = html(page).selectFirst("form.form[method=post]");
			if (form == null) {
				return new HttpBooking(false, formNanos, 0, "no booking form on " + formPath);
			}
			List<Map.Entry<String, String>> fields = List.of(
					Map.entry("_csrf", form.selectFirst("input[name=_csrf]").val()),
					Map.entry("start", form.selectFirst("input[name=start]").val()),
					Map.entry("requestKey", form.selectFirst("input[name=requestKey]").val()),
					Map.entry("topics", form.selectFirst("input[name=topics]").val()), Map.entry("answer", ANSWER));
			long sent = System.nanoTime();
			HttpResponse<byte[]> answer = post(form.attr("action"), fields);
			long postNanos = System.nanoTime() - sent;
			String location = answer.headers().firstValue("Location").orElse("");
			boolean booked = answer.statusCode() == 302 && location.contains(Links.SESSIONS + "/");
			return new HttpBooking(booked, formNanos, postNanos,
					booked ? null : "POST answered " + answer.statusCode() + " " + location);
		}

		private HttpResponse<byte[]> get(String path) {
			return send(request(path).GET().build());
		}

		private HttpResponse<byte[]> post(String path, List<Map.Entry<String, String>> fields) {
			String body = fields.stream()
				.map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
				.collect(Collectors.joining("&"));
			return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build());
		}

		private HttpRequest.Builder request(String path) {
			return HttpRequest.newBuilder(URI.create(this.base + path))
				.header("Accept", "text/html")
				.header("Accept-Encoding", "gzip");
		}

		private HttpResponse<byte[]> send(HttpRequest request) {
			try {
				return this.http.send(request, HttpResponse.BodyHandlers.ofByteArray());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

		private Document html(HttpResponse<byte[]> response) {
			byte[] body = response.body();
			if (response.headers().firstValue("Content-Encoding").filter("gzip"::equalsIgnoreCase).isPresent()) {
				try (GZIPInputStream unzipped = new GZIPInputStream(new ByteArrayInputStream(body))) {
					body = unzipped.readAllBytes();
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}
			return Jsoup.parse(new String(body, StandardCharsets.UTF_8), this.base);
		}

		private static String encode(String value) {
			return URLEncoder.encode(value, StandardCharsets.UTF_8);
		}

	}

	/**
	 * Runs {@code work} for 0..count-1 on a pool of threads; returns the results in
	 * order.
	 */
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

	private static void wrk(String url, int seconds, String label) throws IOException, InterruptedException {
		System.out.println("wrk " + label + ": " + url);
		Process wrk = new ProcessBuilder("wrk", "-t2", "-c16", "-d" + seconds + "s", "--latency", url).inheritIO()
			.start();
		wrk.waitFor();
	}

	private static double seconds(long since) {
		return Duration.ofNanos(System.nanoTime() - since).toMillis() / 1000.0;
	}

}
