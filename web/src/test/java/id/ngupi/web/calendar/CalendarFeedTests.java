package id.ngupi.web.calendar;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import biweekly.ICalendar;
import biweekly.component.VEvent;
import id.ngupi.booking.Booking;
import id.ngupi.booking.Bookings;
import id.ngupi.booking.OpenSlots;
import id.ngupi.hosting.HostDirectory;
import id.ngupi.hosting.Hosting;
import id.ngupi.identity.Account;
import id.ngupi.identity.Accounts;
import id.ngupi.web.NgupiWebTest;
import id.ngupi.web.profile.Members;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A member's private calendar feed: made on the settings page, shown once, read by a
 * calendar app with no login; a new URL ends the old one, and nobody else's sessions ever
 * appear in it.
 */
@NgupiWebTest
class CalendarFeedTests {

	private final MockMvc mvc;

	private final Bookings bookings;

	private final Sessions sessions;

	@LocalServerPort
	private int port;

	CalendarFeedTests(@Autowired MockMvc mvc, @Autowired Accounts accounts, @Autowired Hosting hosting,
			@Autowired HostDirectory directory, @Autowired OpenSlots openSlots, @Autowired Bookings bookings) {
		this.mvc = mvc;
		this.bookings = bookings;
		this.sessions = new Sessions(accounts, hosting, directory, openSlots, bookings);
	}

	@Test
	void sendsVisitorsToTheLoginPage() throws Exception {
		this.mvc.perform(get("/settings/kalender")).andExpect(redirectedUrl("/login?continue=/settings/kalender"));
		this.mvc.perform(post("/settings/kalender/baru").with(csrf())).andExpect(redirectedUrl("/login"));
	}

	@Test
	void refusesAFeedMadeWithoutTheFormsToken() throws Exception {
		Account member = this.sessions.member("Dewi");
		this.mvc.perform(post("/settings/kalender/baru").with(Members.as(member))).andExpect(status().isForbidden());
	}

	@Test
	void showsTheNewUrlOnceAndItListsTheMembersSessionsOnBothSides() throws Exception {
		Account member = this.sessions.host("Dewi", false);
		Account otherHost = this.sessions.host("Ayu", false);
		Booking asAttendee = this.sessions.book(member, otherHost);
		Booking asHost = this.sessions.book(this.sessions.member("Rina"), member);
		Booking someoneElses = this.sessions.book(this.sessions.member("Budi"), otherHost);
		this.bookings.cancel(asHost.attendee(), asHost.id(), "Maaf, ada urusan");

		String url = makeFeed(member);
		assertThat(url).matches("http://localhost:8080/kalender/[A-Za-z0-9_-]{43}\\.ics");
		Document later = html(this.mvc.perform(get("/settings/kalender").with(Members.as(member))).andReturn());
		assertThat(later.text()).doesNotContain(url).contains("Feed-mu aktif");

		MvcResult feed = this.mvc.perform(get(path(url)))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_TYPE, "text/calendar;charset=UTF-8"))
			.andExpect(header().doesNotExist(HttpHeaders.SET_COOKIE))
			.andReturn();
		ICalendar calendar = Sessions.calendar(feed);
		assertThat(calendar.getMethod().getValue()).isEqualTo("PUBLISH");
		assertThat(calendar.getEvents()).extracting(event -> event.getUid().getValue())
			.containsExactlyInAnyOrder(asAttendee.id() + "@ngupi.id", asHost.id() + "@ngupi.id")
			.doesNotContain(someoneElses.id() + "@ngupi.id");
		VEvent cancelled = calendar.getEvents()
			.stream()
			.filter(event -> event.getUid().getValue().startsWith(asHost.id().toString()))
			.findFirst()
			.orElseThrow();
		assertThat(cancelled.getStatus().getValue()).isEqualTo("CANCELLED");
		VEvent live = calendar.getEvents()
			.stream()
			.filter(event -> event.getUid().getValue().startsWith(asAttendee.id().toString()))
			.findFirst()
			.orElseThrow();
		assertThat(live.getLocation().getValue()).isEqualTo(Sessions.MEETING);
		assertThat(live.getSummary().getValue()).isEqualTo("Ngupi: Ngobrol karier dengan " + otherHost.displayName());
	}

	@Test
	void aNewUrlEndsTheOldOne() throws Exception {
		Account member = this.sessions.member("Sari");
		String first = makeFeed(member);
		String second = makeFeed(member);

		assertThat(second).isNotEqualTo(first);
		this.mvc.perform(get(path(first))).andExpect(status().isNotFound());
		this.mvc.perform(get(path(second))).andExpect(status().isOk());

		this.mvc.perform(post("/settings/kalender/hentikan").with(Members.as(member)).with(csrf()))
			.andExpect(redirectedUrl("/settings/kalender"));
		this.mvc.perform(get(path(second))).andExpect(status().isNotFound());
	}

	@Test
	void aFeedReadMoreThanThirtyTimesAnHourIsHeldBackAndOthersAreNot() throws Exception {
		String busy = path(makeFeed(this.sessions.member("Sibuk")));
		String quiet = path(makeFeed(this.sessions.member("Tenang")));

		for (int i = 0; i < 30; i++) {
			this.mvc.perform(get(busy)).andExpect(status().isOk());
		}
		// the 31st through the real server, which renders the error page (MockMvc does
		// not)
		HttpResponse<String> held = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + busy))
				.header("Accept", "text/html")
				.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(held.statusCode()).isEqualTo(429);
		assertThat(held.headers().firstValueAsLong(HttpHeaders.RETRY_AFTER).orElseThrow()).isBetween(1L, 3600L);
		assertThat(Jsoup.parse(held.body()).selectFirst("h1").text()).isEqualTo("Terlalu banyak permintaan");
		this.mvc.perform(get(quiet)).andExpect(status().isOk());
	}

	@Test
	void anUnknownSecretFindsNothing() throws Exception {
		this.mvc.perform(get("/kalender/" + "A".repeat(43) + ".ics")).andExpect(status().isNotFound());
		this.mvc.perform(get("/kalender/pendek.ics")).andExpect(status().isNotFound());
	}

	private String makeFeed(Account member) throws Exception {
		MvcResult made = this.mvc.perform(post("/settings/kalender/baru").with(Members.as(member)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, "no-store"))
			.andReturn();
		Document page = html(made);
		assertThat(page.selectFirst("#calendar-feed-url").text()).contains("Salin URL ini sekarang");
		return page.selectFirst("#calendar-feed-url-field").attr("value");
	}

	private static String path(String url) {
		return url.substring("http://localhost:8080".length());
	}

	private static Document html(MvcResult result) throws Exception {
		return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
