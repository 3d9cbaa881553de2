package id.ngupi;

import java.io.IOException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

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

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A load harness, not a test: starts Ngupi on a throw-away embedded PostgreSQL, seeds
 * hosts through the {@link Hosting} API, measures booking throughput through
 * {@link Bookings} (distinct hosts and slots, several threads), then points {@code wrk}
 * at the discovery page. See docs/benchmarks.md for how to run it and what it found.
 * Arguments: {@code hosts threads wrkSeconds} (default 1000, 8, 10).
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
		SpringApplication application = new SpringApplication(NgupiApplication.class);
		Map<String, Object> properties = new HashMap<>();
		properties.put("spring.datasource.url", database.jdbcUrl());
		properties.put("spring.datasource.username", database.username());
		properties.put("spring.datasource.password", database.password());
		application.setDefaultProperties(properties);
		// arguments, unlike default properties, win over application.properties
		try (ConfigurableApplicationContext context = application.run("--server.port=0", "--server.address=127.0.0.1",
				"--logging.level.root=WARN")) {
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
				new OfferingChange("Ngupi 30 menit", 30, "", "Topik apa?", false, 20, 60, 21, 0, null));
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
