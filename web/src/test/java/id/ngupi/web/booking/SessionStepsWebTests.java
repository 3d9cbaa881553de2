package id.ngupi.web.booking;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import id.ngupi.booking.Booking;
import id.ngupi.booking.BookingStatus;
import id.ngupi.booking.BookingQueries;
import id.ngupi.booking.Bookings;
import id.ngupi.booking.OpenSlots;
import id.ngupi.hosting.Hosting;
import id.ngupi.identity.Account;
import id.ngupi.identity.Accounts;
import id.ngupi.web.NgupiWebTest;
import id.ngupi.web.RunningTestClock;
import id.ngupi.web.booking.Bookers.Host;
import id.ngupi.web.profile.Members;
import jakarta.servlet.http.Cookie;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Steps that change a session for good ask once, on a page of their own that works
 * without JavaScript: cancelling (either side), declining a request (the host), and
 * moving a session (the attendee), whose time picker opens from a button instead of
 * filling the session's page. Opening such a page changes nothing; only its form does.
 */
@NgupiWebTest
class SessionStepsWebTests {

	private final MockMvc mvc;

	private final Bookings bookings;

	private final BookingQueries queries;

	private final Bookers people;

	private final RunningTestClock clock;

	SessionStepsWebTests(@Autowired MockMvc mvc, @Autowired Accounts accounts, @Autowired Hosting hosting,
			@Autowired OpenSlots openSlots, @Autowired Bookings bookings, @Autowired BookingQueries queries,
			@Autowired RunningTestClock clock) {
		this.mvc = mvc;
		this.bookings = bookings;
		this.queries = queries;
		this.people = new Bookers(accounts, hosting, openSlots);
		this.clock = clock;
	}

	@AfterEach
	void letTimeRunAgain() {
		this.clock.reset();
	}

	@Test
	void cancellingAsksOnceOnAPageOfItsOwn() throws Exception {
		Host host = this.people.host("batalkan", false);
		Account attendee = this.people.member("gilang");
		Booking booking = Bookers.book(this.bookings, attendee, host, this.people.open(host).get(0));
		String cancel = "/sesi/" + booking.id() + "/batal";

		for (Account side : List.of(attendee, host.account())) {
			Document session = Bookers.page(this.mvc, "/sesi/" + booking.id(), side);
			assertThat(session.select("form[action=" + cancel + "]")).as("no one-tap cancel").isEmpty();
			assertThat(session.selectFirst("a.session__cancel").attr("href")).isEqualTo(cancel);

			Document asks = Bookers.page(this.mvc, cancel, side);
			assertThat(asks.selectFirst("h1").text()).isEqualTo("Batalkan sesi ini?");
			Element form = asks.selectFirst("form[action=" + cancel + "]");
			assertThat(form.attr("method")).isEqualTo("post");
			assertThat(form.selectFirst("input[name=_csrf]")).isNotNull();
			assertThat(form.selectFirst("label[for=reason]").text())
				.isEqualTo(side.equals(attendee) ? "Alasan (opsional)" : "Alasan (wajib untuk host)");
			assertThat(form.selectFirst("button[type=submit]").text()).isEqualTo("Ya, batalkan sesi");
			assertThat(form.selectFirst("a[href=/sesi/" + booking.id() + "]").text()).isEqualTo("Jangan batalkan");
			assertThat(asks.select("script:not([src])")).isEmpty();
		}
		assertThat(Bookers.page(this.mvc, cancel, attendee, new Cookie("ngupi-lang", "en")).selectFirst("h1").text())
			.isEqualTo("Cancel this session?");
		assertThat(statusOf(booking)).as("asking changed nothing").isEqualTo(BookingStatus.CONFIRMED);

		this.mvc.perform(post(cancel).with(Members.as(attendee)).with(csrf())).andExpect(status().isFound());
		assertThat(statusOf(booking)).isEqualTo(BookingStatus.CANCELLED);

		MvcResult again = this.mvc.perform(get(cancel).with(Members.as(attendee)))
			.andExpect(status().isFound())
			.andReturn();
		assertThat(again.getResponse().getRedirectedUrl()).isEqualTo("/sesi/" + booking.id());
		assertThat(notice(again, attendee, booking)).isEqualTo("Sesi ini sudah tidak bisa dibatalkan.");
		this.mvc.perform(get(cancel).with(Members.as(this.people.member("asing")))).andExpect(status().isNotFound());
	}

	@Test
	void aHostWithoutAReasonStaysOnTheCancelPageWithTheMessageNextToTheField() throws Exception {
		Host host = this.people.host("alasan", false);
		Booking booking = Bookers.book(this.bookings, this.people.member("hana"), host, this.people.open(host).get(0));

		Document refused = Bookers.html(
				this.mvc
					.perform(post("/sesi/" + booking.id() + "/batal").param("reason", " ")
						.with(Members.as(host.account()))
						.with(csrf()))
					.andExpect(status().isOk())
					.andReturn());

		assertThat(refused.selectFirst("h1").text()).isEqualTo("Batalkan sesi ini?");
		assertThat(refused.select("#reason-error li").eachText())
			.containsExactly("Sebagai host, tulis alasan pembatalan untuk peserta.");
		assertThat(statusOf(booking)).isEqualTo(BookingStatus.CONFIRMED);
	}

	@Test
	void decliningAsksOnceOnAPageOfItsOwnForTheHostOnly() throws Exception {
		Host host = this.people.host("tolakan", true);
		Account attendee = this.people.member("indra");
		Booking request = Bookers.book(this.bookings, attendee, host, this.people.open(host).get(0));
		String decline = "/sesi/" + request.id() + "/tolak";

		for (String path : List.of("/sesi/host", "/sesi/" + request.id())) {
			Document page = Bookers.page(this.mvc, path, host.account());
			assertThat(page.select("form[action=" + decline + "], button[formaction=" + decline + "]"))
				.as("no one-tap decline on " + path)
				.isEmpty();
			assertThat(page.select("a[href=" + decline + "]")).hasSize(1);
		}
		Document asks = Bookers.page(this.mvc, decline, host.account());
		assertThat(asks.selectFirst("h1").text()).isEqualTo("Tolak permintaan ini?");
		assertThat(asks.selectFirst(".session__answer").text()).isEqualTo(Bookers.ANSWER);
		Element form = asks.selectFirst("form[action=" + decline + "]");
		assertThat(form.attr("method")).isEqualTo("post");
		assertThat(form.selectFirst("textarea[name=message]")).isNotNull();
		assertThat(form.selectFirst("button[type=submit]").text()).isEqualTo("Ya, tolak permintaan");
		this.mvc.perform(get(decline).with(Members.as(attendee))).andExpect(status().isForbidden());
		this.mvc.perform(get(decline).with(Members.as(this.people.member("luar")))).andExpect(status().isNotFound());
		assertThat(statusOf(request)).as("asking changed nothing").isEqualTo(BookingStatus.PENDING);

		this.mvc.perform(
				post(decline).param("message", "Maaf, minggu ini penuh.").with(Members.as(host.account())).with(csrf()))
			.andExpect(status().isFound());
		assertThat(statusOf(request)).isEqualTo(BookingStatus.DECLINED);
		MvcResult again = this.mvc.perform(get(decline).with(Members.as(host.account())))
			.andExpect(status().isFound())
			.andReturn();
		assertThat(again.getResponse().getRedirectedUrl()).isEqualTo("/sesi/" + request.id());
	}

	@Test
	void theTimePickerOpensFromAButtonForTheAttendeeOnly() throws Exception {
		Host host = this.people.host("pindahan", false);
		Account attendee = this.people.member("joni");
		List<Instant> open = this.people.open(host);
		Booking booking = Bookers.book(this.bookings, attendee, host, open.get(0));
		String picker = "/sesi/" + booking.id() + "/jadwal-ulang";

		Document session = Bookers.page(this.mvc, "/sesi/" + booking.id(), attendee);
		assertThat(session.select("input[name=start]")).as("no times on the session's page").isEmpty();
		assertThat(session.selectFirst("a.session__reschedule").attr("href")).isEqualTo(picker);
		assertThat(Bookers.page(this.mvc, "/sesi/" + booking.id(), host.account()).select("a[href=" + picker + "]"))
			.isEmpty();

		Document times = Bookers.page(this.mvc, picker, attendee);
		Element form = times.selectFirst("form[action=" + picker + "]");
		assertThat(form.attr("method")).isEqualTo("post");
		assertThat(UUID.fromString(form.selectFirst("input[name=requestKey]").attr("value"))).isNotNull();
		assertThat(form.select("input[type=radio][name=start]").eachAttr("value")).contains(open.get(1).toString())
			.doesNotContain(open.get(0).toString())
			.hasSizeLessThanOrEqualTo(SessionPages.RESCHEDULE_TIMES);
		// by day, each time a chip to tap: 19.00 WIB under its day
		assertThat(form.select(".reschedule__day legend").eachText()).isNotEmpty().doesNotHaveDuplicates();
		assertThat(form.select(".reschedule__day .checkbox time").eachText())
			.allMatch(time -> time.matches("\\d\\d\\.\\d\\d WIB"));
		this.mvc.perform(get(picker).with(Members.as(host.account()))).andExpect(status().isForbidden());

		this.clock.set(booking.start().plus(Duration.ofMinutes(1)));
		MvcResult started = this.mvc.perform(get(picker).with(Members.as(attendee)))
			.andExpect(status().isFound())
			.andReturn();
		assertThat(started.getResponse().getRedirectedUrl()).isEqualTo("/sesi/" + booking.id());
		assertThat(notice(started, attendee, booking))
			.isEqualTo("Sesi ini sudah dimulai, jadi tidak bisa dipindah lagi.");
		assertThat(this.queries.asAttendee(attendee.id())).singleElement()
			.satisfies(found -> assertThat(found.start()).isEqualTo(open.get(0)));
	}

	private BookingStatus statusOf(Booking booking) {
		return this.queries.find(booking.attendee(), booking.id()).orElseThrow().status();
	}

	/** The notice the session's page shows after a redirect. */
	private String notice(MvcResult redirected, Account viewer, Booking booking) throws Exception {
		return Bookers
			.page(this.mvc, "/sesi/" + booking.id(), viewer, redirected.getResponse().getCookie("NGUPI_SESSION"))
			.selectFirst("#notice")
			.text();
	}

}
