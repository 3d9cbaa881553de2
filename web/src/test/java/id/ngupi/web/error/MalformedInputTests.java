package id.ngupi.web.error;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import id.ngupi.booking.Booking;
import id.ngupi.booking.BookingRequest;
import id.ngupi.booking.BookingOutcome.Booked;
import id.ngupi.booking.Bookings;
import id.ngupi.booking.OpenSlots;
import id.ngupi.hosting.Availability;
import id.ngupi.hosting.HostDirectory;
import id.ngupi.hosting.HostProfileChange;
import id.ngupi.hosting.Hosting;
import id.ngupi.hosting.OfferingChange;
import id.ngupi.hosting.OfferingId;
import id.ngupi.hosting.OneOffSlot;
import id.ngupi.identity.Account;
import id.ngupi.identity.AccountId;
import id.ngupi.identity.Accounts;
import id.ngupi.web.NgupiWebTest;
import id.ngupi.web.RealHttp;
import id.ngupi.web.profile.Members;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Malformed requests of every kind that once answered 500, Tomcat's own page or an ERROR
 * log line: impossible dates in every date field, broken cookies on any URL (the
 * stylesheet included), multipart without a boundary, bytes that are not UTF-8, a form
 * too large, the error page asked for directly. Each is sent over a real socket, as a
 * script would send it, and must get a 4xx with the site's own error page, in a language,
 * and no ERROR in the log.
 */
@NgupiWebTest
@ExtendWith(OutputCaptureExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MalformedInputTests {

	/** The last date {@code java.time} knows, its {@code +} sent as {@code %2B}. */
	private static final String FAR = "%2B999999999-12-31";

	@LocalServerPort
	int port;

	@Autowired
	FindByIndexNameSessionRepository<? extends Session> sessions;

	@Autowired
	Accounts accounts;

	@Autowired
	Hosting hosting;

	@Autowired
	OpenSlots openSlots;

	@Autowired
	Bookings bookings;

	@Autowired
	HostDirectory directory;

	/** What every request needs: a host's and an attendee's session, and a booking. */
	private Setting setting;

	@BeforeEach
	void setUp() throws Exception {
		if (this.setting != null) {
			return;
		}
		Account host = Members.create(this.accounts, "rusak-host");
		this.hosting.saveProfile(host.id(), new HostProfileChange("Ngobrol karier", "Halo!", List.of("karier"),
				List.of("id"), "https://meet.google.com/abc-defg-hij", "Asia/Jakarta"));
		OfferingId offering = this.hosting
			.addOffering(host.id(),
					new OfferingChange("Ngupi 30 menit", 30, "", "Apa yang ingin kamu bahas?", false, 3, 0, 21, 0,
							null))
			.orElseThrow();
		this.hosting.addOneOffSlot(host.id(), offering,
				java.time.LocalDateTime.now(java.time.ZoneId.of("Asia/Jakarta"))
					.plusDays(2)
					.withHour(19)
					.withMinute(0)
					.withSecond(0)
					.withNano(0));
		Account attendee = Members.create(this.accounts, "rusak-tamu");
		Instant start = this.openSlots.of(offering).get(0).start();
		Booking booking = ((Booked) this.bookings.book(attendee.id(),
				new BookingRequest(offering, start, List.of("karier"),
						"Aku mau ngobrol soal karier backend dan cara belajar sistem terdistribusi.",
						java.util.UUID.randomUUID())))
			.booking();
		RealHttp http = new RealHttp(this.port);
		String hostCookie = RealHttp.sessionOf(this.sessions, host.id());
		String attendeeCookie = RealHttp.sessionOf(this.sessions, attendee.id());
		String hostToken = RealHttp.csrfOf(http.get("/settings/hosting/schedule", hostCookie),
				"#scheduleOverrides form");
		String attendeeToken = RealHttp.csrfOf(http.get("/sesi/" + booking.id() + "/batal", attendeeCookie),
				"form[action$=/batal]");
		this.setting = new Setting(hostCookie, hostToken, attendeeCookie, attendeeToken,
				"/@" + host.handle().value() + "/ngupi/" + offering + "/pesan", "/sesi/" + booking.id(), offering,
				host.id());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("unreadable")
	void answersWithTheSitesOwnErrorPageAndLogsNoError(Malformed request, CapturedOutput log) throws Exception {
		Answer answer = sentWithoutErrorLogged(request, log);

		assertThat(answer.status()).as(answer.head()).isBetween(400, 499);
		assertThat(Jsoup.parse(answer.body()).select("section.error-page")).as(answer.body()).hasSize(1);
	}

	/**
	 * A cookie that means nothing is ignored like a missing one: the page (or the
	 * stylesheet) is served as to a new visitor, since the visitor cannot repair a
	 * cookie.
	 */
	@ParameterizedTest(name = "{0}")
	@MethodSource("brokenCookies")
	void ignoresACookieThatMeansNothing(Malformed request, CapturedOutput log) throws Exception {
		Answer answer = sentWithoutErrorLogged(request, log);

		assertThat(answer.status()).as(answer.head()).isEqualTo(200);
		assertThat(answer.body()).containsAnyOf("<main", ".button");
	}

	/**
	 * An impossible date is a date like any other wrong one: the form again with the
	 * reason next to the field (or, for a removal, a notice), nothing stored.
	 */
	@ParameterizedTest(name = "{0}")
	@MethodSource("impossibleDates")
	void refusesAnImpossibleDateLikeAnyWrongOne(Malformed request, CapturedOutput log) throws Exception {
		Answer answer = sentWithoutErrorLogged(request, log);

		assertThat(answer.status()).as(answer.head()).isIn(200, 302);
		Availability stored = this.directory.availability(this.setting.host()).orElseThrow();
		assertThat(stored.daysOff()).isEmpty();
		assertThat(stored.extra()).isEmpty();
		assertThat(stored.oneOffSlots()).extracting(OneOffSlot::start)
			.allMatch(start -> start.isBefore(Instant.now().plusSeconds(86_400 * 7)));
	}

	/** Sends the request and makes sure that answering it logged no error. */
	private Answer sentWithoutErrorLogged(Malformed request, CapturedOutput log) throws IOException {
		int logged = log.getAll().length();
		Answer answer = send(request.bytes(this.setting));
		assertThat(log.getAll().substring(logged)).doesNotContain(" ERROR ");
		return answer;
	}

	Stream<Named<Malformed>> brokenCookies() {
		List<Named<Malformed>> requests = new ArrayList<>();
		for (String path : List.of("/", "/css/ngupi.css")) {
			for (String lang : List.of("%", "\"", "en_US_%ZZ", "x-!!", "zz_ZZ_POSIX_#x", "\u00ff")) {
				requests.add(named("ngupi-lang=" + lang + " on " + path,
						s -> get(path, "ngupi-lang=" + lang + "; ngupi_tz=Asia/Jakarta")));
			}
			for (String session : List.of("!!!", "%%%", "====", "Zm9v", "\u00ff\u00fe", "a b", "YQBi")) {
				requests
					.add(named("NGUPI_SESSION=" + session + " on " + path, s -> get(path, "NGUPI_SESSION=" + session)));
			}
		}
		return requests.stream();
	}

	Stream<Named<Malformed>> impossibleDates() {
		List<Named<Malformed>> requests = new ArrayList<>();
		requests.add(named("day off " + FAR, s -> form("/settings/hosting/schedule/days-off", s.hostCookie(),
				"_csrf=" + s.hostToken() + "&dayOffDate=" + FAR)));
		requests.add(named("day off removed " + FAR, s -> form("/settings/hosting/schedule/days-off/remove",
				s.hostCookie(), "_csrf=" + s.hostToken() + "&date=" + FAR)));
		requests.add(named("extra hours " + FAR, s -> form("/settings/hosting/schedule/extra-hours", s.hostCookie(),
				"_csrf=" + s.hostToken() + "&extraDate=" + FAR + "&extraStart=09:00&extraEnd=10:00")));
		requests.add(named("one-off slot " + FAR, s -> form("/settings/hosting/schedule/one-off-slots", s.hostCookie(),
				"_csrf=" + s.hostToken() + "&slotDate=" + FAR + "&slotTime=09:00&slotOffering=" + s.offering())));
		requests.add(named("booking form start " + FAR,
				s -> get(s.bookingForm() + "?start=" + FAR + "T00:00:00Z", s.attendeeCookie())));
		requests.add(named("booking sent for " + FAR,
				s -> form(s.bookingForm(), s.attendeeCookie(),
						"_csrf=" + s.attendeeToken() + "&start=" + FAR + "T00:00:00Z&topics=karier&requestKey="
								+ java.util.UUID.randomUUID()
								+ "&answer=Aku+mau+ngobrol+soal+karier+backend+dan+cara+belajar+Go+lagi")));
		return requests.stream();
	}

	Stream<Named<Malformed>> unreadable() {
		List<Named<Malformed>> requests = new ArrayList<>();
		requests.add(named("multipart without boundary, anonymous", s -> raw("POST", "/", "",
				"Content-Type: multipart/form-data", "x".getBytes(StandardCharsets.US_ASCII))));
		requests.add(named("multipart without boundary, member", s -> raw("POST", s.session() + "/batal",
				s.attendeeCookie(), "Content-Type: multipart/form-data", "x".getBytes(StandardCharsets.US_ASCII))));
		requests.add(named("GET /error", s -> get("/error", "")));
		requests.add(named("invalid UTF-8 escaped", s -> form(s.session() + "/batal", s.attendeeCookie(),
				"_csrf=" + s.attendeeToken() + "&reason=%FF%FEbatal")));
		requests.add(named("invalid UTF-8 raw",
				s -> raw("POST", s.session() + "/batal", s.attendeeCookie(),
						"Content-Type: application/x-www-form-urlencoded",
						concat(("_csrf=" + s.attendeeToken() + "&reason=").getBytes(StandardCharsets.US_ASCII),
								new byte[] { (byte) 0xff, (byte) 0xfe, (byte) 0xc3 }))));
		requests.add(named("3 MB form", s -> form(s.session() + "/batal", s.attendeeCookie(),
				"_csrf=" + s.attendeeToken() + "&reason=" + "a".repeat(3 * 1024 * 1024))));
		return requests.stream();
	}

	private static Named<Malformed> named(String name, Malformed request) {
		return Named.of(name, request);
	}

	private static byte[] get(String path, String cookie) {
		return raw("GET", path, cookie, null, new byte[0]);
	}

	private static byte[] form(String path, String cookie, String body) {
		return raw("POST", path, cookie, "Content-Type: application/x-www-form-urlencoded",
				body.getBytes(StandardCharsets.US_ASCII));
	}

	/**
	 * A request as bytes; a cookie's characters beyond ASCII go as their Latin-1 byte.
	 */
	private static byte[] raw(String method, String path, String cookie, String contentType, byte[] body) {
		StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: localhost\r\n");
		head.append("Accept: text/html\r\nConnection: close\r\n");
		if (!cookie.isEmpty()) {
			head.append("Cookie: ").append(cookie).append("\r\n");
		}
		if (contentType != null) {
			head.append(contentType).append("\r\n");
		}
		if (body.length > 0 || "POST".equals(method)) {
			head.append("Content-Length: ").append(body.length).append("\r\n");
		}
		head.append("\r\n");
		return concat(head.toString().getBytes(StandardCharsets.ISO_8859_1), body);
	}

	private static byte[] concat(byte[] first, byte[] second) {
		byte[] both = new byte[first.length + second.length];
		System.arraycopy(first, 0, both, 0, first.length);
		System.arraycopy(second, 0, both, first.length, second.length);
		return both;
	}

	private Answer send(byte[] request) throws IOException {
		try (Socket socket = new Socket("localhost", this.port)) {
			OutputStream out = socket.getOutputStream();
			try {
				out.write(request);
				out.flush();
			}
			catch (IOException refusedEarly) {
				// the server may answer (and close) before reading a large body whole
			}
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream answer = new ByteArrayOutputStream();
			in.transferTo(answer);
			String text = answer.toString(StandardCharsets.UTF_8);
			String[] parts = text.split("\r\n\r\n", 2);
			int status = Integer.parseInt(parts[0].split(" ")[1]);
			String body = (parts.length > 1) ? parts[1] : "";
			if (parts[0].toLowerCase(java.util.Locale.ROOT).contains("transfer-encoding: chunked")) {
				body = dechunked(body);
			}
			return new Answer(status, parts[0], body);
		}
	}

	private static String dechunked(String chunked) {
		StringBuilder body = new StringBuilder();
		String rest = chunked;
		while (true) {
			int line = rest.indexOf("\r\n");
			if (line < 0) {
				return body.toString();
			}
			int size = Integer.parseInt(rest.substring(0, line).strip(), 16);
			if (size == 0) {
				return body.toString();
			}
			// sizes count bytes; the pages here are close enough to ASCII for the markers
			byte[] bytes = rest.substring(line + 2).getBytes(StandardCharsets.UTF_8);
			body.append(new String(bytes, 0, Math.min(size, bytes.length), StandardCharsets.UTF_8));
			rest = new String(bytes, Math.min(size, bytes.length), bytes.length - Math.min(size, bytes.length),
					StandardCharsets.UTF_8);
			rest = rest.startsWith("\r\n") ? rest.substring(2) : rest;
		}
	}

	/** A malformed request, built once the setting exists. */
	@FunctionalInterface
	interface Malformed {

		byte[] bytes(Setting setting);

	}

	record Setting(String hostCookie, String hostToken, String attendeeCookie, String attendeeToken, String bookingForm,
			String session, OfferingId offering, AccountId host) {

	}

	record Answer(int status, String head, String body) {

	}

}
