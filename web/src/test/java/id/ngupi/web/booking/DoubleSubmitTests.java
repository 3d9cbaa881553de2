package id.ngupi.web.booking;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import id.ngupi.booking.Booking;
import id.ngupi.booking.BookingStatus;
import id.ngupi.booking.BookingQueries;
import id.ngupi.booking.BookingQueries;
import id.ngupi.booking.OpenSlots;
import id.ngupi.hosting.HostDirectory;
import id.ngupi.hosting.Hosting;
import id.ngupi.identity.Account;
import id.ngupi.identity.Accounts;
import id.ngupi.web.NgupiWebTest;
import id.ngupi.web.RealHttp;
import id.ngupi.web.booking.Bookers.Host;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A form sent twice at once from one session (a double click, a resend after a followed
 * redirect), over real HTTP: both requests write the flash notice into the same session
 * in PostgreSQL, and each must still get a page, never a 500, while the data changes
 * once.
 */
@NgupiWebTest
class DoubleSubmitTests {

	/**
	 * Each round is a fresh session, so both requests add the notice at the same time.
	 */
	private static final int ROUNDS = 8;

	@LocalServerPort
	int port;

	@Autowired
	FindByIndexNameSessionRepository<? extends Session> sessions;

	@Autowired
	Accounts accounts;

	@Autowired
	Hosting hosting;

	@Autowired
	HostDirectory directory;

	@Autowired
	OpenSlots openSlots;

	@Autowired
	BookingQueries queries;

	private Bookers bookers;

	@BeforeEach
	void setUp() {
		this.bookers = new Bookers(this.accounts, this.hosting, this.openSlots);
	}

	@Test
	void pausingTwiceAtOnceAnswersBothWithoutServerError() throws Exception {
		Host host = this.bookers.host("ganda", false);
		for (int round = 0; round < ROUNDS; round++) {
			String cookie = cookie(host.account());
			String csrf = RealHttp.csrfOf(get("/settings/hosting", cookie), "form[action='/settings/hosting/pause']");

			List<HttpResponse<String>> answers = twice(
					() -> post("/settings/hosting/pause", cookie, Map.of("_csrf", csrf)));

			assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(302);
			assertThat(this.directory.find(host.account().id()).orElseThrow().paused()).isTrue();
			this.hosting.resume(host.account().id());
		}
	}

	@Test
	void bookingFormSentTwiceAtOnceBooksOnceAndAnswersBoth() throws Exception {
		for (int round = 0; round < ROUNDS; round++) {
			Host host = this.bookers.host("ganda-host", false);
			Account attendee = this.bookers.member("ganda-tamu");
			Instant start = this.bookers.open(host).get(0);
			String cookie = cookie(attendee);
			String csrf = RealHttp.csrfOf(get(host.formPath() + "?start=" + start, cookie), "form[method=post]");
			Map<String, String> form = Map.of("_csrf", csrf, "start", start.toString(), "topics", "karier", "answer",
					Bookers.ANSWER, "requestKey", UUID.randomUUID().toString());

			List<HttpResponse<String>> answers = twice(() -> post(host.formPath(), cookie, form));

			assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(302);
			List<Booking> booked = this.queries.asAttendee(attendee.id());
			assertThat(booked).singleElement().extracting(Booking::status).isEqualTo(BookingStatus.CONFIRMED);
			assertThat(answers).extracting(answer -> answer.headers().firstValue("Location").orElseThrow())
				.allMatch(location -> location.endsWith("/sesi/" + booked.get(0).id()));
		}
	}

	/** Sends the request twice, released together. */
	private List<HttpResponse<String>> twice(Request request) throws Exception {
		CountDownLatch ready = new CountDownLatch(2);
		List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			sent.add(CompletableFuture.supplyAsync(() -> {
				ready.countDown();
				try {
					ready.await();
					return request.send();
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
			}));
		}
		return sent.stream().map(CompletableFuture::join).toList();
	}

	private String cookie(Account member) {
		return RealHttp.sessionOf(this.sessions, member.id());
	}

	private HttpResponse<String> get(String path, String cookie) throws Exception {
		return new RealHttp(this.port).get(path, cookie);
	}

	private HttpResponse<String> post(String path, String cookie, Map<String, String> form) throws Exception {
		return new RealHttp(this.port).post(path, cookie, form);
	}

	@FunctionalInterface
	private interface Request {

		HttpResponse<String> send() throws Exception;

	}

}
