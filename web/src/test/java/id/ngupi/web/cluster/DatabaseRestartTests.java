package id.ngupi.web.cluster;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import id.ngupi.booking.OpenSlot;
import id.ngupi.booking.OpenSlots;
import id.ngupi.db.embedded.EmbeddedPostgresServer;
import id.ngupi.hosting.HostDirectory;
import id.ngupi.hosting.OfferingId;
import id.ngupi.identity.Account;
import id.ngupi.identity.Accounts;
import org.awaitility.Awaitility;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL stops in the middle of a burst of bookings and starts again: while it is
 * away the site answers 503 and is not ready; once it is back the site answers within
 * seconds, every booking a member was told was made exists, both sides of each are told
 * of it, and every event published is delivered in the end (those that failed while the
 * database was away are delivered again).
 */
class DatabaseRestartTests {

	private static final String ANSWER = "Aku ingin ngobrol soal karier di backend, dan cara belajar yang paling cepat.";

	/** How long the database stays away. */
	private static final Duration AWAY = Duration.ofSeconds(3);

	@TempDir
	Path folder;

	@Test
	void aBurstOfBookingsSurvivesADatabaseRestart() throws Exception {
		Path data = this.folder.resolve("pgdata");
		int port = freePort();
		EmbeddedPostgresServer database = EmbeddedPostgresServer.start(data, port);
		database.createDatabaseIfMissing("ngupi");
		String url = database.jdbcUrl("ngupi");
		Instance site = Instance.start(url, database.username(), database.password(),
				"--ngupi.rate-limit.enabled=false", "--ngupi.notifications.resubmit.min-age=PT1S",
				"--ngupi.notifications.resubmit.initial-delay=PT1S", "--ngupi.notifications.resubmit.interval=PT1S",
				"--spring.modulith.events.staleness.processing=PT2S",
				"--spring.modulith.events.staleness.resubmission=PT2S",
				"--spring.modulith.events.staleness.published=PT5S", "--ngupi.events.resubmit.min-age=PT1S",
				"--ngupi.events.resubmit.initial-delay=PT1S", "--ngupi.events.resubmit.interval=PT1S",
				"--spring.modulith.events.staleness.check-intervall=PT1S");
		try {
			List<Form> forms = forms(site, 6, 8);
			List<String> confirmed = Collections.synchronizedList(new ArrayList<>());
			AtomicInteger refused = new AtomicInteger();
			List<String> unexpected = Collections.synchronizedList(new ArrayList<>());
			AtomicInteger sent = new AtomicInteger();
			ExecutorService members = Executors.newFixedThreadPool(4);
			for (Form form : forms) {
				members.submit(() -> {
					HttpResponse<String> answer = form.send(site);
					sent.incrementAndGet();
					String location = answer.headers().firstValue("Location").orElse("");
					if (answer.statusCode() == 302 && location.contains("/sesi/")) {
						confirmed.add(location.substring(location.lastIndexOf('/') + 1));
					}
					else if (answer.statusCode() == 503) {
						refused.incrementAndGet();
					}
					else {
						unexpected.add(answer.statusCode() + " " + location);
					}
					Thread.sleep(50);
					return null;
				});
			}
			Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> sent.get() >= forms.size() / 4);

			database.close();
			Instant stopped = Instant.now();
			HttpResponse<String> whileAway = site.get("/", null);
			assertThat(whileAway.statusCode()).isEqualTo(503);
			assertThat(Jsoup.parse(whileAway.body()).selectFirst("h1").text()).isEqualTo("Sebentar lagi, ya");
			assertThat(site.get("/actuator/health/readiness", null).statusCode()).as("not ready").isEqualTo(503);
			assertThat(site.get("/actuator/health/liveness", null).statusCode()).as("still alive").isEqualTo(200);
			Thread.sleep(Math.max(0, AWAY.minus(Duration.between(stopped, Instant.now())).toMillis()));

			database = EmbeddedPostgresServer.start(data, port);
			Instant back = Instant.now();
			Duration recovery = firstAnswered(site, "/", back);
			Duration ready = firstAnswered(site, "/actuator/health/readiness", back);
			members.shutdown();
			assertThat(members.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

			JdbcTemplate jdbc = site.bean(JdbcTemplate.class);
			int found = 0;
			for (String booking : confirmed) {
				found += jdbc.queryForObject("SELECT count(*) FROM booking.booking WHERE id = ?::uuid", Integer.class,
						booking);
			}
			System.out.printf(
					"database away %d ms; the first page and readiness asked %d and %d ms after it was back answered; bookings attempted %d, confirmed %d, found %d, answered 503 %d%n",
					Duration.between(stopped, back).toMillis(), recovery.toMillis(), ready.toMillis(), forms.size(),
					confirmed.size(), found, refused.get());
			assertThat(recovery).isLessThan(Duration.ofSeconds(5));
			// the load balancer's view follows a little later (seen: 2–4 s), which is
			// fine:
			// requests it still sends are answered already
			assertThat(ready).isLessThan(Duration.ofSeconds(10));
			assertThat(confirmed).as("some bookings before and after the restart").hasSizeGreaterThan(forms.size() / 4);
			assertThat(found).as("every booking confirmed to a member exists").isEqualTo(confirmed.size());
			assertThat(unexpected).as("every member told either that the booking is made or to come back").isEmpty();
			assertThat(confirmed.size() + refused.get()).isEqualTo(forms.size());

			// both sides of every booking in the database are told, the notices that
			// failed
			// while it was away once they are resubmitted
			Awaitility.await()
				.atMost(Duration.ofSeconds(30))
				.until(() -> jdbc.queryForObject("SELECT count(*) FROM booking.booking b WHERE b.status = 'confirmed'"
						+ " AND (SELECT count(DISTINCT n.recipient_id) FROM notifications.notification n"
						+ " WHERE n.kind = 'booking_confirmed' AND n.recipient_id IN (b.host_id, b.attendee_id)"
						+ " AND n.event_id LIKE '%' || b.id::text || '%') < 2", Integer.class) == 0);
			// and every other module's listener too: no publication is left undelivered
			// (a
			// delivered one is deleted)
			Awaitility.await()
				.atMost(Duration.ofSeconds(30))
				.until(() -> jdbc.queryForObject("SELECT count(*) FROM event_publication", Integer.class) == 0);
		}
		finally {
			site.close();
			database.close();
		}
	}

	/**
	 * How long after the database came back the first request for the path was sent that
	 * was answered 200: a request every 100 ms, each without waiting for the last.
	 */
	private static Duration firstAnswered(Instance site, String path, Instant back) throws InterruptedException {
		List<Map.Entry<Instant, CompletableFuture<Integer>>> asked = new ArrayList<>();
		while (Duration.between(back, Instant.now()).compareTo(Duration.ofSeconds(15)) < 0) {
			asked.add(Map.entry(Instant.now(), site.status(path)));
			Thread.sleep(100);
			Optional<Instant> answered = asked.stream()
				.filter(probe -> probe.getValue().isDone() && probe.getValue().getNow(0) == 200)
				.map(Map.Entry::getKey)
				.min(Comparator.naturalOrder());
			if (answered.isPresent()) {
				return Duration.between(back, answered.get());
			}
		}
		throw new AssertionError(path + " not answered within 15 s of the database's return");
	}

	/**
	 * Booking forms opened by as many members at the hosts' open times, ready to send:
	 * {@code hosts} hosts, {@code each} members each.
	 */
	private static List<Form> forms(Instance site, int hosts, int each) {
		List<Form> forms = new ArrayList<>();
		Instant after = Instant.now().plus(Duration.ofDays(2));
		for (int h = 0; h < hosts; h++) {
			OfferingId offering = site.host("Host " + Instance.unique(""), 50, false);
			String handle = site.bean(HostDirectory.class)
				.offering(offering)
				.flatMap(found -> site.bean(Accounts.class).find(found.host()))
				.orElseThrow()
				.handle()
				.value();
			List<OpenSlot> times = site.bean(OpenSlots.class)
				.of(offering)
				.stream()
				.filter(open -> open.start().isAfter(after))
				.limit(each)
				.toList();
			for (OpenSlot time : times) {
				Account member = site.member("Peserta " + Instance.unique(""));
				String session = site.logIn(member);
				String path = "/@" + handle + "/ngupi/" + offering.value() + "/pesan?start=" + time.start();
				Document page = Jsoup.parse(site.get(path, session).body());
				forms.add(new Form(page.selectFirst("form.form").attr("action"), session,
						Map.of("_csrf", value(page, "_csrf"), "start", value(page, "start"), "requestKey",
								value(page, "requestKey"), "topics", "karier", "answer", ANSWER)));
			}
		}
		Collections.shuffle(forms);
		return forms;
	}

	private static String value(Document page, String name) {
		return page.selectFirst("input[name=" + name + "]").attr("value");
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	/** A filled-in booking form of a logged-in member. */
	record Form(String action, String session, Map<String, String> fields) {

		HttpResponse<String> send(Instance site) {
			return site.post(this.action, this.session, this.fields);
		}

	}

}
