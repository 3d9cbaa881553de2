package id.ngupi.web.error;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import id.ngupi.booking.Booking;
import id.ngupi.booking.BookingOutcome.Booked;
import id.ngupi.booking.BookingRequest;
import id.ngupi.booking.BookingStatus;
import id.ngupi.booking.BookingQueries;
import id.ngupi.booking.Bookings;
import id.ngupi.booking.OpenSlots;
import id.ngupi.hosting.Availability;
import id.ngupi.hosting.ExtraWindow;
import id.ngupi.hosting.HostDirectory;
import id.ngupi.hosting.Hosting;
import id.ngupi.hosting.OneOffSlot;
import id.ngupi.hosting.WeeklyWindow;
import id.ngupi.identity.Account;
import id.ngupi.identity.AccountId;
import id.ngupi.identity.Accounts;
import id.ngupi.web.NgupiWebTest;
import id.ngupi.web.RealHttp;
import id.ngupi.web.booking.Bookers;
import id.ngupi.web.booking.Bookers.Host;
import id.ngupi.web.support.Links;
import org.jsoup.Connection;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every form of the site tried as a hostile script would, through the real servlet
 * container (Tomcat itself parses request targets, cookies, encodings, bodies and size
 * limits). The forms and pages are found in the handler mappings, so a new one cannot be
 * left out: every POST the application maps gets bytes that are no UTF-8, a charset that
 * does not exist, bodies that are no URL-encoded form and a body beyond the size limit;
 * every field of every form on every page gets a NUL byte; every date field and link a
 * date no browser sends; pages get cookies that mean nothing and targets Tomcat refuses;
 * the messages between participants get control characters. A request the server cannot
 * read is answered with a 4xx and the site's own error page; a value it can read but must
 * not take is refused like any other wrong value of its field, and nothing is stored; a
 * cookie that means nothing is ignored. Nothing is ever logged at ERROR.
 */
@NgupiWebTest
@ExtendWith(OutputCaptureExtension.class)
@TestInstance(Lifecycle.PER_CLASS)
class MalformedRequestTests {

	/** The last date {@code java.time} knows: no date field of a browser sends it. */
	private static final String FAR_DATE = "+999999999-12-31";

	/** The first date {@code java.time} knows. */
	private static final String LONG_AGO = "-999999999-01-01";

	/** A form as a browser posts it, asking for a page as a browser does. */
	private static final String[] FORM = { "Content-Type", "application/x-www-form-urlencoded", "Accept", "text/html" };

	private static final String[] MULTIPART = { "Content-Type", "multipart/form-data", "Accept", "text/html" };

	@LocalServerPort
	private int port;

	@Autowired
	private FindByIndexNameSessionRepository<? extends Session> sessions;

	@Autowired
	private Accounts accounts;

	@Autowired
	private Hosting hosting;

	@Autowired
	private HostDirectory directory;

	@Autowired
	private OpenSlots openSlots;

	@Autowired
	private Bookings bookings;

	@Autowired
	private BookingQueries queries;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	private RealHttp http;

	private Bookers people;

	/** The members, bookings and sessions the cases act on. */
	private World world;

	/**
	 * Sends the unreadable forms: should one be read after all, nobody else is harmed.
	 */
	private Visitor stranger;

	/**
	 * A world of its own for each page whose fields get a NUL byte: whatever a page's
	 * forms do, they do it to nobody else, and no member reaches a rate limit.
	 */
	private final Map<String, World> worlds = new HashMap<>();

	@BeforeAll
	void membersAndSessions() throws Exception {
		this.http = new RealHttp(this.port);
		this.people = new Bookers(this.accounts, this.hosting, this.openSlots);
		this.world = world("rusak");
		this.stranger = visit(this.people.member("asing"));
	}

	Stream<Arguments> unreadableForms() {
		byte[] notUtf8 = "about=caf\u00e9&headline=\u00ff\u00fe".getBytes(StandardCharsets.ISO_8859_1);
		byte[] escapedNotUtf8 = "about=%FF%FEcaf%E9".getBytes(StandardCharsets.US_ASCII);
		byte[] large = ("about=" + "a".repeat(3 * 1024 * 1024)).getBytes(StandardCharsets.US_ASCII);
		byte[] fields = "about=halo".getBytes(StandardCharsets.US_ASCII);
		byte[] json = "{\"about\":\"halo\"}".getBytes(StandardCharsets.US_ASCII);
		String[] stranger = this.stranger.withToken();
		List<Arguments> all = new ArrayList<>();
		for (String form : forms()) {
			all.add(unreadable(form + " with bytes that are no UTF-8", 400,
					() -> this.http.send("POST", form, notUtf8, with(stranger, FORM))));
			all.add(unreadable(form + " with escapes that are no UTF-8", 400,
					() -> this.http.send("POST", form, escapedNotUtf8, with(stranger, FORM))));
			all.add(unreadable(form + " in a charset that does not exist", 415,
					() -> this.http.send("POST", form, fields, with(stranger, "Content-Type",
							"application/x-www-form-urlencoded; charset=ngupi-8", "Accept", "text/html"))));
			all.add(unreadable(form + " as multipart without a boundary", 415,
					() -> this.http.send("POST", form, fields, with(stranger, MULTIPART))));
			all.add(unreadable(form + " as JSON", 415, () -> this.http.send("POST", form, json,
					with(stranger, "Content-Type", "application/json", "Accept", "text/html"))));
			all.add(unreadable(form + " with a body of no content type", 415,
					() -> this.http.send("POST", form, fields, with(stranger, "Accept", "text/html"))));
			all.add(unreadable(form + " with 3 MB", 413,
					() -> this.http.send("POST", form, large, with(stranger, FORM))));
		}
		all.add(unreadable("a page with a multipart body", 415,
				() -> this.http.send("GET", Links.HOME, fields, MULTIPART)));
		all.add(unreadable("a visitor's multipart body", 415,
				() -> this.http.send("POST", Links.HOME, fields, MULTIPART)));
		all.add(unreadable("the error page asked for directly", 404, () -> page("/error", null)));
		all.add(unreadable("the error page posted to directly", 404,
				() -> this.http.send("POST", "/error", fields, with(stranger, FORM))));
		return all.stream();
	}

	/**
	 * Request targets and heads that Tomcat refuses before the application sees them, so
	 * that no filter of the site's can answer them.
	 */
	Stream<Arguments> unreadableRequests() {
		List<Arguments> all = new ArrayList<>();
		for (String path : List.of("/%00", "/@%00", "/@rusak%00x", "/%FF%FE", "/sesi/%C0%AF", "/a%2Fb", "/a%5Cb",
				"/..;/settings/profile", "/css/%00.css", "/kalender/%00.ics", "/" + "a".repeat(9000),
				"/?q=" + "a".repeat(9000))) {
			String shown = (path.length() > 40) ? path.substring(0, 40) + "…" : path;
			all.add(unreadable(shown, 400, () -> page(path, this.stranger.cookie())));
		}
		all.add(unreadable("a cookie of 9 000 bytes", 400, () -> page(Links.HOME, "a=" + "b".repeat(9000))));
		return all.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource({ "unreadableForms", "unreadableRequests" })
	void aRequestTheServerCannotReadGetsTheSitesErrorPage(Request request, int status, CapturedOutput log)
			throws Exception {
		HttpResponse<String> answer = sent(request, log);

		assertSitesErrorPage(answer, status);
	}

	/**
	 * Only URL-encoded forms are read, so a form sent as multipart would lose every
	 * field: it is refused, not taken as an empty form (a weekly schedule without a
	 * single window).
	 */
	@Test
	void aFormSentAsMultipartIsRefusedRatherThanTakenAsEmpty(CapturedOutput log) throws Exception {
		AccountId host = this.world.host().account().id();
		List<WeeklyWindow> weekly = this.directory.availability(host).orElseThrow().weekly();
		byte[] body = "--x\r\nContent-Disposition: form-data; name=\"mon-start\"\r\n\r\n19:00\r\n--x--\r\n"
			.getBytes(StandardCharsets.US_ASCII);

		HttpResponse<String> answer = sent(() -> this.http.send("POST", Links.SETTINGS_HOSTING_SCHEDULE, body,
				with(this.world.visitor(Role.HOST).withToken(), "Content-Type", "multipart/form-data; boundary=x",
						"Accept", "text/html")),
				log);

		assertSitesErrorPage(answer, 415);
		assertThat(weekly).hasSize(7);
		assertThat(this.directory.availability(host).orElseThrow().weekly()).isEqualTo(weekly);
	}

	Stream<Arguments> farDates() {
		List<Arguments> all = new ArrayList<>();
		Host host = this.world.host();
		String offering = host.offering().toString();
		String bookingForm = Links.bookingForm(host.handle(), offering);
		for (String date : List.of(FAR_DATE, LONG_AGO)) {
			String instant = date + "T10:00:00Z";
			// a slot long ago is refused for its time (it has passed), one far ahead for
			// its date
			String slotField = date.equals(FAR_DATE) ? "slotDate-error" : "slotTime-error";
			all.add(refused("a day off on " + date, 200, "dayOffDate-error",
					() -> post(Role.HOST, Links.SETTINGS_HOSTING_DAYS_OFF, Map.of("dayOffDate", date))));
			all.add(refused("a day off on " + date + " removed", 302, null,
					() -> post(Role.HOST, Links.SETTINGS_HOSTING_DAYS_OFF_REMOVE, Map.of("date", date))));
			all.add(refused("extra hours on " + date, 200, "extraDate-error",
					() -> post(Role.HOST, Links.SETTINGS_HOSTING_EXTRA_HOURS,
							Map.of("extraDate", date, "extraStart", "10:00", "extraEnd", "11:00"))));
			all.add(refused("extra hours on " + date + " removed", 302, null, () -> post(Role.HOST,
					Links.SETTINGS_HOSTING_EXTRA_HOURS_REMOVE, Map.of("date", date, "start", "600", "end", "660"))));
			all.add(refused("a one-off slot on " + date, 200, slotField,
					() -> post(Role.HOST, Links.SETTINGS_HOSTING_ONE_OFF_SLOTS,
							Map.of("slotOffering", offering, "slotDate", date, "slotTime", "10:00"))));
			all.add(refused("a one-off slot at " + instant + " removed", 302, null, () -> post(Role.HOST,
					Links.SETTINGS_HOSTING_ONE_OFF_SLOTS_REMOVE, Map.of("offering", offering, "start", instant))));
			all.add(refused("the booking form's link for " + instant, 200, null,
					() -> page(bookingForm + "?start=" + instant.replace("+", "%2B"),
							this.world.visitor(Role.ATTENDEE).cookie())));
			all.add(refused("a booking for " + instant, 200, null,
					() -> post(Role.ATTENDEE, bookingForm, Map.of("start", instant, "topics", "karier", "answer",
							Bookers.ANSWER, "requestKey", UUID.randomUUID().toString()))));
			all.add(refused("a reschedule to " + instant, 302, null,
					() -> post(Role.ATTENDEE, Links.sessionReschedule(this.world.confirmed().id()),
							Map.of("start", instant, "requestKey", UUID.randomUUID().toString()))));
		}
		return all.stream();
	}

	/**
	 * A date no browser sends is a wrong date like any other: the form again with the
	 * reason next to the field, or for a removal the schedule with a notice; the booking
	 * form and the reschedule refuse the time. Nothing is stored or moved.
	 */
	@ParameterizedTest(name = "{0}")
	@MethodSource("farDates")
	void aDateNoBrowserSendsIsRefusedLikeAnyWrongDate(Request request, int status, String fieldError,
			CapturedOutput log) throws Exception {
		HttpResponse<String> answer = sent(request, log);

		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
		if (fieldError != null) {
			assertThat(Jsoup.parse(answer.body()).select("#" + fieldError + " li")).isNotEmpty();
		}
		Availability stored = this.directory.availability(this.world.host().account().id()).orElseThrow();
		LocalDate nextYear = LocalDate.now().plusYears(1);
		assertThat(stored.daysOff()).allMatch(day -> !day.isAfter(nextYear));
		assertThat(stored.extra()).extracting(ExtraWindow::date).allMatch(day -> !day.isAfter(nextYear));
		assertThat(stored.oneOffSlots()).extracting(OneOffSlot::start)
			.allMatch(start -> start.isBefore(Instant.now().plus(400, ChronoUnit.DAYS)));
		assertThat(this.queries.find(this.world.attendee().id(), this.world.confirmed().id()).orElseThrow())
			.satisfies(booking -> assertThat(booking.status()).isEqualTo(BookingStatus.CONFIRMED))
			.satisfies(booking -> assertThat(booking.start()).isEqualTo(this.world.confirmed().start()));
	}

	Stream<Arguments> meaninglessCookies() {
		List<String> cookies = new ArrayList<>();
		for (String lang : List.of("%", "%%%", "\"", "en_US_%ZZ", "x-!!", "zz-!!", "zz_ZZ_POSIX_#x", "\u00ff")) {
			cookies.add("ngupi-lang=" + lang);
		}
		for (String session : List.of("!!!", "%%%", "%00", "====", "AA==", "Zm9v", "YQBi", "\u00ff\u00fe", "a b",
				Base64.getEncoder().encodeToString("x".repeat(100).getBytes(StandardCharsets.US_ASCII)))) {
			cookies.add("NGUPI_SESSION=" + session);
		}
		for (String zone : List.of("%%%", "Mars/Olympus_Mons", "../../etc/passwd", "a".repeat(4000))) {
			cookies.add("ngupi_tz=" + zone);
		}
		Host host = this.world.host();
		List<Arguments> all = new ArrayList<>();
		for (String path : List.of(Links.HOME, "/css/ngupi.css", Links.profile(host.handle()),
				Links.bookingForm(host.handle(), host.offering().toString()))) {
			for (String cookie : cookies) {
				all.add(Arguments.of(path, cookie));
			}
		}
		return all.stream();
	}

	/**
	 * A cookie that means nothing is ignored like a missing one, since the visitor cannot
	 * repair it: the page is served as to a new visitor, in Indonesian (unless the cookie
	 * begins with a language of the site's).
	 */
	@ParameterizedTest(name = "{0} with {1}")
	@MethodSource("meaninglessCookies")
	void aCookieThatMeansNothingIsIgnored(String path, String cookie, CapturedOutput log) throws Exception {
		HttpResponse<String> without = page(path, null);
		HttpResponse<String> with = sent(() -> page(path, cookie), log);

		assertThat(with.statusCode()).as(with.body()).isEqualTo(without.statusCode()).isLessThan(400);
		if (path.equals(Links.HOME)) {
			assertThat(Jsoup.parse(with.body()).selectFirst("html").attr("lang"))
				.isEqualTo(cookie.startsWith("ngupi-lang=en") ? "en" : "id");
		}
	}

	Stream<Arguments> controlCharacters() {
		List<Arguments> all = new ArrayList<>();
		for (String text : List.of("Maaf\u0000ya", "Halo \u0001 semua", "\u001b[31mmerah", "arah\u202Ebalik\u0085")) {
			all.add(Arguments.of("a cancel reason", text));
			all.add(Arguments.of("an approval message", text));
			all.add(Arguments.of("a decline message", text));
		}
		return all.stream();
	}

	/**
	 * Text with control characters in a message to the other participant is refused with
	 * the message every text field gives, and the booking stays as it was.
	 */
	@ParameterizedTest(name = "{0}: {1}")
	@MethodSource("controlCharacters")
	void controlCharactersInAMessageAreRefusedAndNothingChanges(String field, String text, CapturedOutput log)
			throws Exception {
		Role role = field.equals("a cancel reason") ? Role.ATTENDEE : Role.APPROVING;
		String form = switch (field) {
			case "a cancel reason" -> Links.sessionCancel(this.world.confirmed().id());
			case "an approval message" -> Links.sessionApprove(this.world.pending().id());
			default -> Links.sessionDecline(this.world.pending().id());
		};
		String name = field.equals("a cancel reason") ? "reason" : "message";
		HttpResponse<String> answer = sent(() -> post(role, form, Map.of(name, text)), log);
		HttpResponse<String> page = (answer.statusCode() == 302)
				? page(URI.create(answer.headers().firstValue("Location").orElseThrow()).getRawPath(),
						this.world.visitor(role).cookie())
				: answer;

		assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
		assertThat(page.body()).contains("karakter kontrol tak terlihat");
		AccountId attendee = this.world.attendee().id();
		assertThat(this.queries.find(attendee, this.world.confirmed().id()).orElseThrow())
			.satisfies(booking -> assertThat(booking.status()).isEqualTo(BookingStatus.CONFIRMED))
			.satisfies(booking -> assertThat(booking.cancelReason()).isNull());
		assertThat(this.queries.find(attendee, this.world.pending().id()).orElseThrow())
			.satisfies(booking -> assertThat(booking.status()).isEqualTo(BookingStatus.PENDING))
			.satisfies(booking -> assertThat(booking.hostMessage()).isNull());
	}

	/**
	 * Every form on every page the application maps, as the host, the attendee and the
	 * host who approves requests each see it: one case per field.
	 */
	Stream<Arguments> everyField() throws Exception {
		List<Arguments> all = new ArrayList<>();
		for (String page : pages()) {
			for (Role role : Role.values()) {
				List<FormElement> forms = postForms(this.world, page, role);
				for (int form = 0; form < forms.size(); form++) {
					for (String field : fields(forms.get(form))) {
						all.add(Arguments.of(page, role, form, field));
					}
				}
			}
		}
		assertThat(all).hasSizeGreaterThan(40);
		return all.stream();
	}

	/**
	 * A NUL byte, which no text PostgreSQL stores may hold, added to each field of each
	 * form (hidden ones, choices and lists too) with the rest as the page filled it in:
	 * refused like any other wrong value (the form again, a notice) or with the site's
	 * 4xx page, never a 500 or an ERROR.
	 */
	@ParameterizedTest(name = "{0} as {1}, form {2}: {3} with a NUL byte")
	@MethodSource("everyField")
	void aNulByteInAnyFieldIsRefusedLikeAnyWrongValue(String page, Role role, int form, String field,
			CapturedOutput log) throws Exception {
		World own = this.worlds.get(page + " " + role);
		if (own == null) {
			own = world("nol");
			this.worlds.put(page + " " + role, own);
		}
		FormElement filled = postForms(own, page, role).get(form);
		String action = filled.attr("action").isEmpty() ? fill(page, own, role) : filled.attr("action");
		List<String> body = new ArrayList<>();
		boolean sent = false;
		for (Connection.KeyVal pair : filled.formData()) {
			String value = pair.value();
			if (pair.key().equals(field) && !sent) {
				value += "\u0000";
				sent = true;
			}
			body.add(encode(pair.key()) + "=" + encode(value));
		}
		if (!sent) {
			// a choice left unticked, which a script ticks with a value of its own
			String choice = filled.elements()
				.stream()
				.filter(element -> element.attr("name").equals(field))
				.findFirst()
				.orElseThrow()
				.val();
			body.add(encode(field) + "=" + encode(choice + "\u0000"));
		}
		Visitor visitor = own.visitor(role);

		HttpResponse<String> answer = sent(
				() -> this.http.send("POST", action, String.join("&", body).getBytes(StandardCharsets.US_ASCII),
						with(new String[] { "Cookie", visitor.cookie() }, FORM)),
				log);

		String what = page + " as " + role + ": " + field;
		assertThat(answer.statusCode()).as("%s: %s", what, answer.body()).isLessThan(500);
		if (answer.statusCode() >= 400) {
			// the site's error page, or the form again with what is wrong (422)
			Document shown = Jsoup.parse(answer.body());
			assertThat(shown.select("header .brand")).as(what).isNotEmpty();
			assertThat(shown.select("section.error-page .error-page__code, [id$=-error] li")).as(what).isNotEmpty();
		}
	}

	/** Sends the request and makes sure that nothing was logged at ERROR meanwhile. */
	private static HttpResponse<String> sent(Request request, CapturedOutput log) throws Exception {
		int before = log.getAll().length();
		HttpResponse<String> answer = request.send();
		assertThat(log.getAll().substring(before)).doesNotContain(" ERROR ");
		return answer;
	}

	private static void assertSitesErrorPage(HttpResponse<String> answer, int status) {
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
		Document page = Jsoup.parse(answer.body());
		assertThat(page.select("header .brand")).as("the site's layout").isNotEmpty();
		assertThat(page.select("section.error-page .error-page__code").text()).isEqualTo(String.valueOf(status));
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("id");
	}

	/**
	 * The path of every form the application takes, its placeholders filled in: the
	 * host's handle and offering, the confirmed booking.
	 */
	private List<String> forms() {
		List<String> forms = new ArrayList<>();
		for (String pattern : patterns(RequestMethod.POST)) {
			forms.add(fill(pattern, this.world, Role.HOST));
		}
		forms.add(Links.LOGOUT);
		assertThat(forms).hasSizeGreaterThan(30);
		return forms;
	}

	/**
	 * Every page the application maps (its placeholders still in), but files, calendar
	 * feeds and the endpoints of the tests.
	 */
	private List<String> pages() {
		return patterns(RequestMethod.GET).stream()
			.filter(page -> !page.startsWith("/test-only") && !page.endsWith(".ics")
					&& !page.equals(Links.SETTINGS_ACCOUNT_EXPORT))
			.toList();
	}

	private List<String> patterns(RequestMethod method) {
		return this.mappings.getHandlerMethods()
			.keySet()
			.stream()
			.filter(mapping -> mapping.getMethodsCondition().getMethods().contains(method))
			.flatMap(mapping -> mapping.getPathPatternsCondition().getPatternValues().stream())
			.distinct()
			.sorted()
			.toList();
	}

	/**
	 * The path with its placeholders filled in for the member: the host's (or, for the
	 * host who approves, their own) handle and offering, the member's booking.
	 */
	private String fill(String pattern, World world, Role role) {
		Host host = (role == Role.APPROVING) ? world.approving() : world.host();
		Booking booking = (role == Role.APPROVING) ? world.pending() : world.confirmed();
		String path = pattern.replace("{handle}", host.handle())
			.replace("{offering}", host.offering().toString())
			.replace("{provider}", "github")
			.replace("{slug}", "karier")
			.replace("{token}", "bukan-token")
			.replace("{calendar}", "5e0c4b7a-3f0e-4d7c-9a51-0c1b2d3e4f50")
			.replace("{id}", pattern.startsWith(Links.SESSIONS) ? booking.id().toString() : host.offering().toString());
		assertThat(path).as("a placeholder this test fills in").doesNotContain("{");
		return path;
	}

	/**
	 * The forms on the page that post, as the member sees them; the booking form's for an
	 * open time.
	 */
	private List<FormElement> postForms(World world, String page, Role role) throws Exception {
		String path = fill(page, world, role);
		if (page.equals(Links.BOOKING_FORM)) {
			Host host = (role == Role.APPROVING) ? world.approving() : world.host();
			path += "?start=" + this.people.open(host).get(1);
		}
		HttpResponse<String> answer = page(path, world.visitor(role).cookie());
		if (answer.statusCode() != 200) {
			return List.of();
		}
		return Jsoup.parse(answer.body()).select("form[method=post]").forms();
	}

	/**
	 * The names of the form's fields a member fills in or chooses, or a script may
	 * change.
	 */
	private static List<String> fields(FormElement form) {
		return form.elements()
			.stream()
			.filter(field -> !field.attr("name").isEmpty() && !field.attr("name").equals("_csrf"))
			.filter(field -> !List.of("submit", "button", "reset", "image").contains(field.attr("type")))
			.map(field -> field.attr("name"))
			.distinct()
			.toList();
	}

	/** A page as a browser asks for it, with the cookie unless {@code null}. */
	private HttpResponse<String> page(String path, String cookie) throws Exception {
		return this.http.send("GET", path, new byte[0], "Cookie", cookie, "Accept", "text/html");
	}

	/** A form posted by the member with their CSRF token, as the site's page posts it. */
	private HttpResponse<String> post(Role role, String path, Map<String, String> form) throws Exception {
		Visitor visitor = this.world.visitor(role);
		return this.http.post(path, visitor.cookie(), visitor.form(form), "Accept", "text/html");
	}

	/**
	 * Two hosts (one approves each request) and an attendee with a confirmed booking with
	 * the one and a request waiting for the other, each logged in.
	 */
	private World world(String name) throws Exception {
		Host host = this.people.host(name, false);
		Host approving = this.people.host(name + "setuju", true);
		Account attendee = this.people.member(name + "tamu");
		Booking confirmed = book(attendee, host, 0);
		Booking pending = book(attendee, approving, 3);
		return new World(host, approving, attendee, confirmed, pending, Map.of(Role.HOST, visit(host.account()),
				Role.ATTENDEE, visit(attendee), Role.APPROVING, visit(approving.account())));
	}

	/** The attendee books an open time of the host's (another one with each host). */
	private Booking book(Account attendee, Host host, int slot) {
		return ((Booked) this.bookings.book(attendee.id(), new BookingRequest(host.offering(),
				this.people.open(host).get(slot), List.of("karier"), Bookers.ANSWER, UUID.randomUUID())))
			.booking();
	}

	/** A logged-in session of the member, with its CSRF token. */
	private Visitor visit(Account member) throws Exception {
		String cookie = RealHttp.sessionOf(this.sessions, member.id());
		return new Visitor(cookie, RealHttp.csrfOf(this.http.get(Links.SETTINGS_PROFILE, cookie), "form"));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static Arguments unreadable(String what, int status, Request request) {
		return Arguments.of(Named.of(what, request), status);
	}

	private static Arguments refused(String what, int status, String fieldError, Request request) {
		return Arguments.of(Named.of(what, request), status, fieldError);
	}

	private static String[] with(String[] headers, String... more) {
		return Stream.concat(Stream.of(headers), Stream.of(more)).toArray(String[]::new);
	}

	/** A request to send once the members exist. */
	@FunctionalInterface
	interface Request {

		HttpResponse<String> send() throws Exception;

	}

	/** Who looks at a page or sends a form. */
	enum Role {

		/** The host of the confirmed booking. */
		HOST,

		/** The attendee of both bookings. */
		ATTENDEE,

		/** The host who approves each request, of the booking waiting for them. */
		APPROVING

	}

	/**
	 * The members of the cases and their bookings.
	 *
	 * @param host a host who confirms each booking at once
	 * @param approving a host who approves each request
	 * @param attendee a member with a booking with each
	 * @param confirmed the attendee's booking with {@code host}
	 * @param pending the attendee's request waiting for {@code approving}
	 * @param visitors each one's logged-in session
	 */
	record World(Host host, Host approving, Account attendee, Booking confirmed, Booking pending,
			Map<Role, Visitor> visitors) {

		Visitor visitor(Role role) {
			return this.visitors.get(role);
		}

	}

	/**
	 * A logged-in member's browser.
	 *
	 * @param cookie the session cookie, as the {@code Cookie} header sends it
	 * @param csrf the session's CSRF token
	 */
	record Visitor(String cookie, String csrf) {

		/**
		 * The session's cookie and its CSRF token in the header htmx sends it in, so that
		 * any body, whatever it holds, passes the CSRF check.
		 */
		String[] withToken() {
			return new String[] { "Cookie", this.cookie, "X-CSRF-TOKEN", this.csrf };
		}

		/** The form with this session's CSRF token added. */
		Map<String, String> form(Map<String, String> fields) {
			Map<String, String> form = new LinkedHashMap<>(fields);
			form.put("_csrf", this.csrf);
			return form;
		}

	}

}
