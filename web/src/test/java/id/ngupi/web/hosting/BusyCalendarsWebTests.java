package id.ngupi.web.hosting;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import id.ngupi.booking.OpenSlot;
import id.ngupi.booking.OpenSlots;
import id.ngupi.hosting.BusyCalendar;
import id.ngupi.hosting.BusyCalendars;
import id.ngupi.hosting.HostDirectory;
import id.ngupi.hosting.Hosting;
import id.ngupi.hosting.OfferingId;
import id.ngupi.identity.Account;
import id.ngupi.identity.Accounts;
import id.ngupi.web.NgupiWebTest;
import id.ngupi.web.StatementCounter;
import id.ngupi.web.profile.Members;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A host adds their own calendar on the schedule page: its busy times leave the open
 * times attendees see, the page shows how it was read but never the secret address again;
 * bad addresses are refused with a message; nobody else reads, refreshes or removes it,
 * and nothing changes without the form's CSRF token.
 */
@NgupiWebTest
class BusyCalendarsWebTests {

	private static final WireMockServer SERVER = new WireMockServer(WireMockConfiguration.options().dynamicPort());

	static {
		SERVER.start();
	}

	private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

	private static final String SECRET = "private-4f9c0e1d2b3a";

	private final MockMvc mvc;

	private final BusyCalendars calendars;

	private final OpenSlots openSlots;

	private final Hosts hosts;

	private final StatementCounter statements;

	BusyCalendarsWebTests(@Autowired MockMvc mvc, @Autowired Accounts accounts, @Autowired Hosting hosting,
			@Autowired HostDirectory directory, @Autowired BusyCalendars calendars, @Autowired OpenSlots openSlots,
			@Autowired StatementCounter statements) {
		this.statements = statements;
		this.mvc = mvc;
		this.calendars = calendars;
		this.openSlots = openSlots;
		this.hosts = new Hosts(accounts, hosting, directory);
	}

	@DynamicPropertySource
	static void calendarsOnLoopback(DynamicPropertyRegistry registry) {
		registry.add("ngupi.calendars.trusted-test-origin", () -> "http://127.0.0.1:" + SERVER.port());
	}

	@AfterAll
	static void stopServing() {
		SERVER.stop();
	}

	@Test
	void aBusyEveningLeavesTheOpenTimesAndTheAddressIsNeverShownAgain() throws Exception {
		Account host = this.hosts.host("sibuk");
		OfferingId offering = this.hosts.offering(host);
		this.hosts.schedule(host);
		Instant monday = this.openSlots.of(offering).get(0).start();
		LocalDate busyDay = LocalDate.ofInstant(monday, JAKARTA);
		String path = "/ics/" + SECRET + "/basic.ics";
		SERVER.stubFor(
				get(urlEqualTo(path)).willReturn(ok(busyEvening(busyDay)).withHeader("Content-Type", "text/calendar")));

		MvcResult added = this.mvc
			.perform(post("/settings/hosting/schedule/calendars").param("address", url(path))
				.with(Members.as(host))
				.with(csrf()))
			.andExpect(redirectedUrl("/settings/hosting/schedule#calendars"))
			.andReturn();

		assertThat(this.openSlots.of(offering)).extracting(OpenSlot::start)
			.as("nothing on the busy Monday evening")
			.noneMatch(start -> LocalDate.ofInstant(start, JAKARTA).equals(busyDay));
		String page = Hosts.text(
				this.mvc
					.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
						.get("/settings/hosting/schedule")
						.with(Members.as(host))
						.cookie(Hosts.session(added)))
					.andExpect(status().isOk())
					.andReturn());
		assertThat(page).contains("Kalender ditambahkan.", "127.0.0.1/…/basic.ics", "1 waktu sibuk")
			.doesNotContain(SECRET);
	}

	@Test
	void aBadAddressIsRefusedWithAMessageAndChangesNothing() throws Exception {
		Account host = this.hosts.host("salah");

		MvcResult refused = this.mvc
			.perform(post("/settings/hosting/schedule/calendars").param("address", "http://example.com/kalender.ics")
				.with(Members.as(host))
				.with(csrf()))
			.andExpect(redirectedUrl("/settings/hosting/schedule#calendars"))
			.andReturn();

		Document page = Hosts.html(
				this.mvc
					.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
						.get("/settings/hosting/schedule")
						.with(Members.as(host))
						.cookie(Hosts.session(refused)))
					.andReturn());
		assertThat(page.select("#calendars .notice").text()).as("next to the form it is about")
			.contains("Alamat ini tidak bisa dipakai. Tempel alamat lengkap yang diawali https://.");
		assertThat(this.calendars.of(host.id())).isEmpty();
	}

	@Test
	void nobodyElseRefreshesOrRemovesAHostsCalendarAndNothingChangesWithoutCsrf() throws Exception {
		Account host = this.hosts.host("punyaku");
		this.hosts.offering(host);
		this.hosts.schedule(host);
		SERVER.stubFor(get(urlEqualTo("/ics/punyaku.ics")).willReturn(ok(busyEvening(LocalDate.now(JAKARTA)))));
		this.calendars.add(host.id(), url("/ics/punyaku.ics"));
		BusyCalendar calendar = this.calendars.of(host.id()).get(0);
		Account other = this.hosts.host("orangLain");
		String refresh = "/settings/hosting/schedule/calendars/" + calendar.id() + "/refresh";
		String remove = "/settings/hosting/schedule/calendars/" + calendar.id() + "/remove";

		this.mvc.perform(post(refresh).with(Members.as(other)).with(csrf())).andExpect(status().isNotFound());
		this.mvc.perform(post(remove).with(Members.as(other)).with(csrf())).andExpect(status().isNotFound());
		this.mvc.perform(post(remove).with(Members.as(host))).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/settings/hosting/schedule/calendars/bukan-id/remove").with(Members.as(host)).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(this.calendars.of(host.id())).containsExactly(calendar);

		this.mvc.perform(post(remove).with(Members.as(host)).with(csrf()))
			.andExpect(redirectedUrl("/settings/hosting/schedule#calendars"));
		assertThat(this.calendars.of(host.id())).isEmpty();
	}

	@Test
	void theHostsPageCostsTheSameWithOneBusyTimeOrSixty() throws Exception {
		Account host = this.hosts.host("biaya");
		this.hosts.offering(host);
		this.hosts.schedule(host);
		LocalDate today = LocalDate.now(JAKARTA);
		SERVER.stubFor(get(urlEqualTo("/ics/biaya.ics")).willReturn(ok(busyEvenings(today, 1))));
		this.calendars.add(host.id(), url("/ics/biaya.ics"));
		// the page's track record is kept after the first visit; what busy times change
		// is
		// the slots, read again after each read of the calendar
		cost("/@" + host.handle().value());
		this.calendars.refresh(host.id(), this.calendars.of(host.id()).get(0).id());
		int withOne = cost("/@" + host.handle().value());

		SERVER.stubFor(get(urlEqualTo("/ics/biaya.ics")).willReturn(ok(busyEvenings(today, 60))));
		this.calendars.refresh(host.id(), this.calendars.of(host.id()).get(0).id());

		assertThat(this.calendars.of(host.id()).get(0).blocks()).isEqualTo(60);
		assertThat(cost("/@" + host.handle().value())).isEqualTo(withOne);
	}

	private int cost(String path) throws Exception {
		this.statements.start();
		try {
			this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path))
				.andExpect(status().isOk());
			return this.statements.stop().size();
		}
		finally {
			this.statements.stop();
		}
	}

	/** A calendar busy every evening from the day on, for {@code days} days. */
	private static String busyEvenings(LocalDate from, int days) {
		StringBuilder events = new StringBuilder();
		for (int day = 0; day < days; day++) {
			String event = busyEvening(from.plusDays(day));
			events.append(event, event.indexOf("BEGIN:VEVENT"), event.indexOf("END:VCALENDAR"));
			events.replace(events.lastIndexOf("UID:"), events.indexOf("\r\n", events.lastIndexOf("UID:")),
					"UID:sibuk" + day + "@ngupi.test");
		}
		return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Ngupi tests//EN\r\n" + events + "END:VCALENDAR\r\n";
	}

	/**
	 * A calendar whose one event fills the evening of the day, 18.00 to 22.00 in Jakarta.
	 */
	private static String busyEvening(LocalDate day) {
		ZonedDateTime start = day.atTime(18, 0).atZone(JAKARTA);
		String from = start.withZoneSameInstant(ZoneId.of("UTC"))
			.toLocalDateTime()
			.toString()
			.replace("-", "")
			.replace(":", "");
		String to = start.plus(Duration.ofHours(4))
			.withZoneSameInstant(ZoneId.of("UTC"))
			.toLocalDateTime()
			.toString()
			.replace("-", "")
			.replace(":", "");
		return String.join("\r\n",
				List.of("BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Ngupi tests//EN", "BEGIN:VEVENT",
						"UID:sibuk@ngupi.test", "DTSTAMP:20260101T000000Z", "DTSTART:" + from + "00Z",
						"DTEND:" + to + "00Z", "SUMMARY:Rapat kantor", "END:VEVENT", "END:VCALENDAR", ""));
	}

	private static String url(String path) {
		return "http://127.0.0.1:" + SERVER.port() + path;
	}

}
