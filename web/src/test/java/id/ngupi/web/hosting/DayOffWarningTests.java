package id.ngupi.web.hosting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import id.ngupi.booking.Booking;
import id.ngupi.booking.BookingOutcome.Booked;
import id.ngupi.booking.BookingRequest;
import id.ngupi.booking.BookingStatus;
import id.ngupi.booking.BookingQueries;
import id.ngupi.booking.Bookings;
import id.ngupi.booking.OpenSlots;
import id.ngupi.hosting.HostDirectory;
import id.ngupi.hosting.Hosting;
import id.ngupi.identity.Account;
import id.ngupi.identity.Accounts;
import id.ngupi.web.NgupiWebTest;
import id.ngupi.web.booking.Bookers;
import id.ngupi.web.booking.Bookers.Host;
import id.ngupi.web.profile.Members;
import id.ngupi.web.time.TimeFormat;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static id.ngupi.web.hosting.Hosts.html;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A day off on a date the host already has sessions on asks first: it lists those
 * sessions (time in the zone of the host's schedule, the attendee, a link to the session)
 * and says that the day off does not call them off. Nothing is saved until the host
 * confirms, with or without JavaScript; the sessions stay as they are either way.
 */
@NgupiWebTest
class DayOffWarningTests {

	private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

	private final MockMvc mvc;

	private final Bookings bookings;

	private final BookingQueries queries;

	private final HostDirectory directory;

	private final Bookers bookers;

	DayOffWarningTests(@Autowired MockMvc mvc, @Autowired Accounts accounts, @Autowired Hosting hosting,
			@Autowired HostDirectory directory, @Autowired Bookings bookings, @Autowired BookingQueries queries,
			@Autowired OpenSlots openSlots) {
		this.mvc = mvc;
		this.bookings = bookings;
		this.queries = queries;
		this.directory = directory;
		this.bookers = new Bookers(accounts, hosting, openSlots);
	}

	@Test
	void asksFirstListingTheDatesSessionsAndSavesTheDayOffOnlyOnceConfirmed() throws Exception {
		Host host = this.bookers.host("liburpenuh", true);
		DateWithSessions day = sessionsOnOneDate(host);
		LocalDate date = day.date;

		Document asked = html(this.mvc.perform(dayOff(host, date)).andExpect(status().isOk()).andReturn());

		assertThat(daysOff(host)).as("nothing saved yet").isEmpty();
		Element check = asked.selectFirst("#scheduleOverrides #dayOffCheck");
		assertThat(check).as("asked in place of the form").isNotNull();
		assertThat(asked.select("#dayOffForm")).isEmpty();
		assertThat(check.attr("role")).isEqualTo("alert");
		assertThat(check.selectFirst("h4").text()).isEqualTo(
				"Sudah ada sesi yang dipesan pada " + new HostTimes(JAKARTA, Locale.forLanguageTag("id")).date(date));
		TimeFormat times = new TimeFormat(JAKARTA, Locale.forLanguageTag("id"));
		assertThat(check.select("li a").eachText()).containsExactly(
				times.time(day.confirmed.start()) + ", bersama " + day.confirmedName,
				times.time(day.pending.start()) + ", permintaan dari " + day.pendingName + " (menunggu jawabanmu)");
		assertThat(check.select("li a").eachAttr("href")).containsExactly("/sesi/" + day.confirmed.id(),
				"/sesi/" + day.pending.id());
		assertThat(times.time(day.confirmed.start())).as("the site's way of writing times")
			.matches("\\d\\d\\.\\d\\d WIB");
		assertThat(check.text()).contains("Sesi di atas tidak ikut batal dan tetap berjalan.")
			.contains("buka sesinya lalu batalkan dengan alasan, atau tolak permintaannya");
		assertThat(check.select("form input[name=dayOffDate]").val()).isEqualTo(date.toString());
		assertThat(check.select("form input[name=confirmed]").val()).isEqualTo("true");
		assertThat(check.select("a.button").attr("href")).as("back, without adding it")
			.isEqualTo("/settings/hosting/schedule");

		MvcResult confirmed = this.mvc.perform(dayOff(host, date).param("confirmed", "true"))
			.andExpect(redirectedUrl("/settings/hosting/schedule"))
			.andReturn();

		assertThat(daysOff(host)).containsExactly(date);
		Document page = html(this.mvc
			.perform(
					get("/settings/hosting/schedule").cookie(Hosts.session(confirmed)).with(Members.as(host.account())))
			.andReturn());
		assertThat(page.selectFirst("#notice").text()).startsWith("Hari libur ditambahkan: ")
			.endsWith("Sesi yang sudah dipesan di tanggal itu tetap berjalan.");
		assertThat(this.queries.find(host.account().id(), day.confirmed.id()).orElseThrow().status())
			.isEqualTo(BookingStatus.CONFIRMED);
		assertThat(this.queries.find(host.account().id(), day.pending.id()).orElseThrow().status())
			.isEqualTo(BookingStatus.PENDING);
	}

	@Test
	void asksInEnglishToAnEnglishViewer() throws Exception {
		Host host = this.bookers.host("liburinggris", true);
		DateWithSessions day = sessionsOnOneDate(host);

		Document asked = html(
				this.mvc.perform(dayOff(host, day.date).cookie(Hosts.ENGLISH)).andExpect(status().isOk()).andReturn());

		Element check = asked.selectFirst("#dayOffCheck");
		assertThat(check.selectFirst("h4").text()).startsWith("Sessions are already booked on ");
		TimeFormat times = new TimeFormat(JAKARTA, Locale.ENGLISH);
		assertThat(check.select("li a").eachText()).first()
			.isEqualTo(times.time(day.confirmed.start()) + ", with " + day.confirmedName);
		assertThat(check.text()).contains("The sessions above are not cancelled and still take place.");
		assertThat(check.select("button").text()).isEqualTo("Add the day off anyway");
		assertThat(daysOff(host)).isEmpty();
	}

	@Test
	void throughHtmxTheQuestionAndTheConfirmedDayOffArriveAsFragments() throws Exception {
		Host host = this.bookers.host("liburhtmx", true);
		DateWithSessions day = sessionsOnOneDate(host);

		String asked = Hosts.text(this.mvc.perform(dayOff(host, day.date).header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andReturn());

		assertThat(asked).doesNotContain("<html", "<header");
		Document fragments = Jsoup.parse(asked);
		assertThat(fragments.select("#scheduleOverrides #dayOffCheck li")).hasSize(2);
		assertThat(fragments.selectFirst("#dayOffCheck form").attr("hx-post"))
			.isEqualTo("/settings/hosting/schedule/days-off");
		assertThat(fragments.select("#schedulePreview[hx-swap-oob=true]")).hasSize(1);
		assertThat(daysOff(host)).isEmpty();

		Document done = Jsoup.parse(Hosts
			.text(this.mvc.perform(dayOff(host, day.date).param("confirmed", "true").header("HX-Request", "true"))
				.andExpect(status().isOk())
				.andReturn()));

		assertThat(done.select("#dayOffCheck")).isEmpty();
		assertThat(done.select("#dayOffForm")).hasSize(1);
		assertThat(done.select("#daysOff-list input[name=date]").eachAttr("value"))
			.containsExactly(day.date.toString());
		assertThat(done.selectFirst("#scheduleOverrides #notice").text())
			.endsWith("Sesi yang sudah dipesan di tanggal itu tetap berjalan.");
		assertThat(daysOff(host)).containsExactly(day.date);
	}

	@Test
	void addsADayOffAtOnceWhenTheDateHoldsNoComingSessionOfThisHost() throws Exception {
		Host host = this.bookers.host("liburkosong", false);
		Host other = this.bookers.host("liburlain", false);
		List<Instant> open = this.bookers.open(host);
		Instant live = open.get(0);
		Instant later = open.stream()
			.filter(start -> LocalDate.ofInstant(start, JAKARTA).isAfter(LocalDate.ofInstant(live, JAKARTA)))
			.findFirst()
			.orElseThrow();
		book(host, this.bookers.member("hadir"), live);
		Booking cancelled = book(host, this.bookers.member("batal"), later);
		this.bookings.cancel(host.account().id(), cancelled.id(), "Ada urusan");

		this.mvc.perform(dayOff(host, LocalDate.ofInstant(later, JAKARTA)))
			.andExpect(redirectedUrl("/settings/hosting/schedule"));
		this.mvc.perform(dayOff(other, LocalDate.ofInstant(live, JAKARTA)))
			.andExpect(redirectedUrl("/settings/hosting/schedule"));

		assertThat(daysOff(host)).as("a cancelled session asks nothing")
			.containsExactly(LocalDate.ofInstant(later, JAKARTA));
		assertThat(daysOff(other)).as("another host's session asks nothing")
			.containsExactly(LocalDate.ofInstant(live, JAKARTA));
	}

	/**
	 * Two sessions of the host on one date a day or more ahead: a confirmed one, and a
	 * request after it still waiting for the host.
	 */
	private DateWithSessions sessionsOnOneDate(Host host) {
		List<Instant> open = this.bookers.open(host);
		Instant first = open.get(0);
		Instant second = open.stream()
			.filter(start -> start.isAfter(first)
					&& LocalDate.ofInstant(start, JAKARTA).equals(LocalDate.ofInstant(first, JAKARTA)))
			.findFirst()
			.orElseThrow();
		Account ani = this.bookers.member("ani");
		Account budi = this.bookers.member("budi");
		Booking confirmed = book(host, ani, first);
		this.bookings.approve(host.account().id(), confirmed.id(), null);
		Booking pending = book(host, budi, second);
		return new DateWithSessions(LocalDate.ofInstant(first, JAKARTA), confirmed, ani.displayName(), pending,
				budi.displayName());
	}

	private Booking book(Host host, Account attendee, Instant start) {
		return ((Booked) this.bookings.book(attendee.id(),
				new BookingRequest(host.offering(), start, List.of("karier"), Bookers.ANSWER, UUID.randomUUID())))
			.booking();
	}

	private java.util.Set<LocalDate> daysOff(Host host) {
		return this.directory.availability(host.account().id()).orElseThrow().daysOff();
	}

	private static MockHttpServletRequestBuilder dayOff(Host host, LocalDate date) {
		return post("/settings/hosting/schedule/days-off").param("dayOffDate", date.toString())
			.with(Members.as(host.account()))
			.with(csrf());
	}

	private record DateWithSessions(LocalDate date, Booking confirmed, String confirmedName, Booking pending,
			String pendingName) {
	}

}
