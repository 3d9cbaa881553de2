package id.ngupi.web.cluster;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.ngupi.booking.BookingOutcome;
import id.ngupi.booking.BookingOutcome.Booked;
import id.ngupi.booking.BookingRequest;
import id.ngupi.booking.Bookings;
import id.ngupi.booking.OpenSlot;
import id.ngupi.booking.OpenSlots;
import id.ngupi.booking.internal.PassedBookings;
import id.ngupi.db.test.TestDatabase;
import id.ngupi.hosting.OfferingId;
import id.ngupi.identity.Account;
import org.awaitility.Awaitility;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of Ngupi on two ports and one PostgreSQL, as a deployment behind a load
 * balancer runs them: what one knows of a member, a session or a limit, the other knows;
 * each periodic job moves each row once while both run it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClusterTests {

	private static final String ANSWER = "Aku ingin ngobrol soal karier di backend, dan cara belajar yang paling cepat.";

	private static final Pattern BOOKING_LINK = Pattern
		.compile("href=\"(/@[^\"]+/ngupi/[^\"]+/pesan\\?start=[^\"]+)\"");

	private TestDatabase.Lease database;

	private Instance one;

	private Instance two;

	@BeforeAll
	void start() {
		this.database = TestDatabase.lease();
		// both instances look for due reminders every second, as every instance of a
		// deployment does every minute
		String[] limits = { "--ngupi.rate-limit.booking.permits=2", "--ngupi.rate-limit.booking.per=PT1H",
				"--ngupi.notifications.reminders.initial-delay=PT1S", "--ngupi.notifications.reminders.interval=PT1S" };
		this.one = Instance.start(this.database.jdbcUrl(), this.database.username(), this.database.password(), limits);
		this.two = Instance.start(this.database.jdbcUrl(), this.database.username(), this.database.password(), limits);
	}

	@AfterAll
	void stop() {
		this.two.close();
		this.one.close();
		this.database.close();
	}

	@Test
	void aMemberLoggedInOnOneIsLoggedInOnTheOther() {
		Account member = this.one.member("Sari Cluster");
		String session = this.one.logIn(member);

		HttpResponse<String> sessions = this.two.get("/sesi", session);

		assertThat(sessions.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(sessions.body()).select("header").text()).contains("Sari Cluster");
		assertThat(this.two.get("/sesi", null).statusCode()).as("without the session: off to the login").isEqualTo(302);
	}

	@Test
	void aFormOpenedOnOneIsSentToTheOther() {
		OfferingId offering = this.one.host("Budi Cluster", 3, false);
		Account attendee = this.one.member("Dewi Cluster");
		String session = this.one.logIn(attendee);
		Document form = Jsoup.parse(this.one.get(bookingLink(offering, session), session).body());

		HttpResponse<String> sent = this.two.post(form.selectFirst("form.form").attr("action"), session,
				Map.of("_csrf", value(form, "_csrf"), "start", value(form, "start"), "requestKey",
						value(form, "requestKey"), "topics", "karier", "answer", ANSWER));

		assertThat(sent.statusCode()).isEqualTo(302);
		assertThat(sent.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).contains("/sesi/"));
		assertThat(this.one.bean(JdbcTemplate.class)
			.queryForObject("SELECT count(*) FROM booking.booking WHERE attendee_id = ?", Integer.class,
					attendee.id().value()))
			.isOne();
	}

	@Test
	void aLimitSpentOnOneIsSpentOnTheOther() {
		OfferingId offering = this.one.host("Rina Cluster", 3, false);
		Account attendee = this.one.member("Joko Cluster");
		String session = this.one.logIn(attendee);
		Document form = Jsoup.parse(this.one.get(bookingLink(offering, session), session).body());
		String action = form.selectFirst("form.form").attr("action");
		// refused for its missing topics, but counted: the limit is taken before any
		// controller sees the form
		Map<String, String> empty = Map.of("_csrf", value(form, "_csrf"), "start", value(form, "start"), "requestKey",
				value(form, "requestKey"), "answer", ANSWER);

		assertThat(this.one.post(action, session, empty).statusCode()).isEqualTo(200);
		assertThat(this.one.post(action, session, empty).statusCode()).isEqualTo(200);
		HttpResponse<String> third = this.two.post(action, session, empty);

		assertThat(third.statusCode()).as("the third of two allowed, on the other instance").isEqualTo(429);
		assertThat(third.headers().firstValue("Retry-After")).isPresent();
	}

	@Test
	void eachEndedSessionIsCompletedOnceWhileBothInstancesRunTheJob() throws Exception {
		List<Booked> booked = bookings(24, false);
		JdbcTemplate jdbc = this.one.bean(JdbcTemplate.class);
		// the sessions were held a month ago
		for (Booked made : booked) {
			jdbc.update("UPDATE booking.booking SET starts_at = starts_at - interval '30 days',"
					+ " ends_at = ends_at - interval '30 days', host_free_at = host_free_at - interval '30 days'"
					+ " WHERE id = ?", made.booking().id().value());
		}

		List<Integer> moved = together(() -> this.one.bean(PassedBookings.class).completeEnded(),
				() -> this.two.bean(PassedBookings.class).completeEnded());

		assertThat(moved.get(0) + moved.get(1)).as("completed by one or the other, never both: %s", moved)
			.isEqualTo(booked.size());
		assertThat(
				jdbc.queryForObject("SELECT count(*) FROM booking.booking WHERE status = 'completed' AND id = ANY(?)",
						Integer.class, (Object) ids(booked)))
			.isEqualTo(booked.size());
	}

	@Test
	void eachUnansweredRequestExpiresOnceWhileBothInstancesRunTheJob() throws Exception {
		List<Booked> requested = bookings(24, true);
		JdbcTemplate jdbc = this.one.bean(JdbcTemplate.class);
		// the hosts let the requests' deadline pass
		jdbc.update("UPDATE booking.booking SET respond_by = now() - interval '1 minute' WHERE id = ANY(?)",
				(Object) ids(requested));

		List<Integer> expired = together(() -> this.one.bean(PassedBookings.class).expireUnanswered(),
				() -> this.two.bean(PassedBookings.class).expireUnanswered());

		assertThat(expired.get(0) + expired.get(1)).as("expired by one or the other, never both: %s", expired)
			.isEqualTo(requested.size());
		assertThat(jdbc.queryForObject("SELECT count(*) FROM booking.booking WHERE status = 'expired' AND id = ANY(?)",
				Integer.class, (Object) ids(requested)))
			.isEqualTo(requested.size());
	}

	@Test
	void eachDueReminderIsToldOnceWhileBothInstancesRunTheJob() {
		List<Booked> booked = bookings(12, false);
		JdbcTemplate jdbc = this.one.bean(JdbcTemplate.class);
		String scheduled = "SELECT count(*) FROM notifications.reminder WHERE booking_id = ANY(?)";
		Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.until(() -> jdbc.queryForObject(scheduled, Integer.class, (Object) ids(booked)) == 4 * booked.size());
		String reminded = "SELECT count(*) FROM notifications.notification WHERE kind LIKE 'reminder%'";
		int before = jdbc.queryForObject(reminded, Integer.class);

		jdbc.update("UPDATE notifications.reminder SET due_at = now() - interval '1 minute' WHERE booking_id = ANY(?)",
				(Object) ids(booked));

		Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.until(() -> jdbc.queryForObject(scheduled, Integer.class, (Object) ids(booked)) == 0);
		assertThat(jdbc.queryForObject(reminded, Integer.class) - before).as("each reminder told once")
			.isEqualTo(4 * booked.size());
	}

	/**
	 * Bookings at four hosts, each by a member of its own: requests waiting for the
	 * host's answer when the hosts approve each, else confirmed.
	 */
	private List<Booked> bookings(int count, boolean needingApproval) {
		List<Booked> made = new ArrayList<>();
		List<OfferingId> offerings = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			offerings.add(this.one.host("Host " + Instance.unique(""), 50, needingApproval));
		}
		for (int i = 0; i < count; i++) {
			OfferingId offering = offerings.get(i % offerings.size());
			// days ahead, so that both reminders of each side are due later
			Instant after = Instant.now().plus(Duration.ofDays(3));
			OpenSlot time = this.one.bean(OpenSlots.class)
				.of(offering)
				.stream()
				.filter(open -> open.start().isAfter(after))
				.findFirst()
				.orElseThrow();
			Account attendee = this.one.member("Peserta " + Instance.unique(""));
			BookingOutcome outcome = this.one.bean(Bookings.class)
				.book(attendee.id(),
						new BookingRequest(offering, time.start(), List.of("karier"), ANSWER, UUID.randomUUID()));
			assertThat(outcome).isInstanceOf(Booked.class);
			made.add((Booked) outcome);
		}
		return made;
	}

	private static UUID[] ids(List<Booked> booked) {
		return booked.stream().map(made -> made.booking().id().value()).toArray(UUID[]::new);
	}

	/** Runs both at the same moment, on two threads; their answers in order. */
	private static List<Integer> together(Callable<Integer> first, Callable<Integer> second) throws Exception {
		CyclicBarrier start = new CyclicBarrier(2);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			List<Future<Integer>> runs = new ArrayList<>();
			for (Callable<Integer> run : List.of(first, second)) {
				runs.add(threads.submit(() -> {
					start.await();
					return run.call();
				}));
			}
			return List.of(runs.get(0).get(), runs.get(1).get());
		}
		finally {
			threads.shutdown();
		}
	}

	/** The first time the offering's page links to, as a member sees it. */
	private String bookingLink(OfferingId offering, String session) {
		Instant first = this.one.bean(OpenSlots.class).of(offering).get(0).start();
		String host = this.one.bean(id.ngupi.hosting.HostDirectory.class)
			.offering(offering)
			.map(found -> found.host())
			.flatMap(account -> this.one.bean(id.ngupi.identity.Accounts.class).find(account))
			.orElseThrow()
			.handle()
			.value();
		String page = this.one.get("/@" + host, session).body();
		Matcher link = BOOKING_LINK.matcher(page);
		assertThat(link.find()).as("a bookable time on the host's page").isTrue();
		assertThat(link.group(1)).contains(first.toString().substring(0, 10));
		return link.group(1).replace("&amp;", "&");
	}

	private static String value(Document form, String name) {
		return form.selectFirst("input[name=" + name + "]").attr("value");
	}

}
