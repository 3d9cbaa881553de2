package id.ngupi.web.booking;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import id.ngupi.booking.Booking;
import id.ngupi.booking.BookingStatus;
import id.ngupi.booking.BookingQueries;
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
 * Time limits on a session's page: a host answering a request after its deadline finds it
 * expired and is told so, and a session that has started can no longer be moved; each
 * with a clear message in the member's language, and nothing else changed.
 */
@NgupiWebTest
class SessionDeadlinesWebTests {

	private static final Cookie ENGLISH = new Cookie("ngupi-lang", "en");

	private final MockMvc mvc;

	private final BookingQueries queries;

	private final Bookers people;

	private final RunningTestClock clock;

	SessionDeadlinesWebTests(@Autowired MockMvc mvc, @Autowired Accounts accounts, @Autowired Hosting hosting,
			@Autowired OpenSlots openSlots, @Autowired BookingQueries queries, @Autowired RunningTestClock clock) {
		this.mvc = mvc;
		this.queries = queries;
		this.people = new Bookers(accounts, hosting, openSlots);
		this.clock = clock;
	}

	@AfterEach
	void letTimeRunAgain() {
		this.clock.reset();
	}

	@Test
	void anAnswerAfterTheDeadlineFindsTheRequestExpiredAndSaysSo() throws Exception {
		Host host = this.people.host("telat", true);
		List<Instant> open = this.people.open(host);
		Booking approving = request(host, this.people.member("dina"), open.get(0));
		Booking declining = request(host, this.people.member("eka"), open.get(1));
		this.clock.set(declining.respondBy().plusSeconds(1));

		MvcResult approved = answer(host, approving, "setujui", null);
		MvcResult declined = answer(host, declining, "tolak", ENGLISH);

		assertThat(notice(approved, host, null)).isEqualTo(
				"Batas waktu menjawab sudah lewat, jadi permintaan ini kedaluwarsa. Waktunya terbuka lagi untuk orang lain.");
		assertThat(notice(declined, host, ENGLISH))
			.isEqualTo("The time to answer has passed, so this request has expired. Its time is open to others again.");
		for (Booking booking : List.of(approving, declining)) {
			Booking now = this.queries.find(host.account().id(), booking.id()).orElseThrow();
			assertThat(now.status()).isEqualTo(BookingStatus.EXPIRED);
			assertThat(now.hostMessage()).isNull();
		}
	}

	@Test
	void aSessionThatHasStartedCannotBeMovedAndItsPageNoLongerOffersIt() throws Exception {
		Host host = this.people.host("mulai", false);
		Account attendee = this.people.member("fani");
		List<Instant> open = this.people.open(host);
		Booking session = book(host, attendee, open.get(0));
		this.clock.set(session.start().plus(Duration.ofMinutes(5)));

		Document page = Bookers.html(this.mvc.perform(get("/sesi/" + session.id()).with(Members.as(attendee)))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(page.select(".session__reschedule")).isEmpty();

		MvcResult moved = this.mvc
			.perform(post("/sesi/" + session.id() + "/jadwal-ulang").param("start", open.get(3).toString())
				.param("requestKey", UUID.randomUUID().toString())
				.with(Members.as(attendee))
				.with(csrf()))
			.andExpect(status().isFound())
			.andReturn();

		assertThat(moved.getResponse().getRedirectedUrl()).isEqualTo("/sesi/" + session.id());
		assertThat(sessionNotice(moved, attendee, session))
			.isEqualTo("Sesi ini sudah dimulai, jadi tidak bisa dipindah lagi.");
		assertThat(this.queries.asAttendee(attendee.id())).singleElement()
			.satisfies(found -> assertThat(found.status()).isEqualTo(BookingStatus.CONFIRMED));
	}

	private Booking request(Host host, Account attendee, Instant start) throws Exception {
		Booking booking = book(host, attendee, start);
		assertThat(booking.status()).isEqualTo(BookingStatus.PENDING);
		return booking;
	}

	private Booking book(Host host, Account attendee, Instant start) throws Exception {
		this.mvc
			.perform(post(host.formPath()).param("start", start.toString())
				.param("answer", Bookers.ANSWER)
				.param("requestKey", UUID.randomUUID().toString())
				.param("topics", "karier")
				.with(Members.as(attendee))
				.with(csrf()))
			.andExpect(status().isFound());
		return this.queries.asAttendee(attendee.id()).get(0);
	}

	private MvcResult answer(Host host, Booking booking, String action, Cookie language) throws Exception {
		var request = post("/sesi/" + booking.id() + "/" + action).param("message", "Maaf, baru sempat")
			.with(Members.as(host.account()))
			.with(csrf());
		if (language != null) {
			request.cookie(language);
		}
		MvcResult result = this.mvc.perform(request).andExpect(status().isFound()).andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/sesi/host");
		return result;
	}

	/** The notice the host's dashboard shows after the answer. */
	private String notice(MvcResult answered, Host host, Cookie language) throws Exception {
		var request = get("/sesi/host").cookie(answered.getResponse().getCookie("NGUPI_SESSION"))
			.with(Members.as(host.account()));
		if (language != null) {
			request.cookie(language);
		}
		return Bookers.html(this.mvc.perform(request).andExpect(status().isOk()).andReturn())
			.selectFirst("#notice")
			.text();
	}

	private String sessionNotice(MvcResult moved, Account attendee, Booking session) throws Exception {
		return Bookers
			.html(this.mvc.perform(get("/sesi/" + session.id()).cookie(moved.getResponse().getCookie("NGUPI_SESSION"))
				.with(Members.as(attendee))).andExpect(status().isOk()).andReturn())
			.selectFirst("#notice")
			.text();
	}

}
