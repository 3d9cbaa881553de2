package id.ngupi.web.booking;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import id.ngupi.booking.Booking;
import id.ngupi.booking.BookingQueries;
import id.ngupi.booking.Bookings;
import id.ngupi.booking.OpenSlots;
import id.ngupi.hosting.Hosting;
import id.ngupi.identity.Account;
import id.ngupi.identity.Accounts;
import id.ngupi.web.NgupiWebTest;
import id.ngupi.web.booking.Bookers.Host;
import id.ngupi.web.profile.Members;
import id.ngupi.web.time.TimeFormat;
import jakarta.servlet.http.Cookie;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What a newcomer reads about their sessions: a reschedule tells one story on both
 * sessions' pages and in the lists, Sesiku keeps what is coming, what waits for the host
 * and what is history apart, and a request says who answers by when, in the reader's
 * zone.
 */
@NgupiWebTest
class SessionStoryWebTests {

	private static final Locale INDONESIAN = Locale.forLanguageTag("id");

	private final MockMvc mvc;

	private final Bookings bookings;

	private final BookingQueries queries;

	private final Bookers people;

	SessionStoryWebTests(@Autowired MockMvc mvc, @Autowired Accounts accounts, @Autowired Hosting hosting,
			@Autowired OpenSlots openSlots, @Autowired Bookings bookings, @Autowired BookingQueries queries) {
		this.mvc = mvc;
		this.bookings = bookings;
		this.queries = queries;
		this.people = new Bookers(accounts, hosting, openSlots);
	}

	@Test
	void aRescheduleTellsOneStoryOnBothSessionsPagesAndInTheLists() throws Exception {
		Host host = this.people.host("cerita", false);
		Account attendee = this.people.member("wulan");
		List<Instant> open = this.people.open(host);
		Booking old = Bookers.book(this.bookings, attendee, host, open.get(0));
		this.mvc
			.perform(post("/sesi/" + old.id() + "/jadwal-ulang").param("start", open.get(1).toString())
				.param("requestKey", UUID.randomUUID().toString())
				.with(Members.as(attendee))
				.with(csrf()))
			.andExpect(status().isFound());
		Booking moved = this.queries.find(attendee.id(), old.id()).orElseThrow();
		Booking current = this.queries.find(attendee.id(), moved.rescheduledTo()).orElseThrow();
		String oldTime = jakarta().dateTime(open.get(0));
		String newTime = jakarta().dateTime(open.get(1));

		for (Account side : List.of(attendee, host.account())) {
			Document before = Bookers.page(this.mvc, "/sesi/" + old.id(), side);
			assertThat(before.selectFirst(".status").text()).isEqualTo("Dipindah");
			assertThat(before.selectFirst(".session__moved-to").text()).isEqualTo("Dipindah ke " + newTime);
			assertThat(before.selectFirst(".session__moved-to a").attr("href")).isEqualTo("/sesi/" + current.id());
			assertThat(before.selectFirst(".session__moved-to time").attr("datetime"))
				.isEqualTo(open.get(1).toString());
			assertThat(before.select(".session__cancelled")).as("moved, not called off").isEmpty();
			assertThat(before.select("form[action$=/batal], a[href$=/batal]")).isEmpty();

			Document after = Bookers.page(this.mvc, "/sesi/" + current.id(), side);
			assertThat(after.selectFirst(".status").text()).isEqualTo("Terkonfirmasi");
			assertThat(after.selectFirst(".session__moved-from").text()).isEqualTo("Dipindah dari " + oldTime);
			assertThat(after.selectFirst(".session__moved-from a").attr("href")).isEqualTo("/sesi/" + old.id());
			assertThat(after.select(".session__moved-to")).isEmpty();
		}

		for (String list : List.of("/sesi", "/sesi/host")) {
			Document sessions = Bookers.page(this.mvc, list, list.equals("/sesi") ? attendee : host.account());
			Element coming = sessions.selectFirst(".sessions__coming #session-" + current.id());
			assertThat(coming.selectFirst(".session-item__moved-from").text()).isEqualTo("Dipindah dari " + oldTime);
			Element history = sessions.selectFirst(".sessions__history #session-" + old.id());
			assertThat(history.selectFirst(".status").text()).isEqualTo("Dipindah");
			assertThat(history.selectFirst(".session-item__moved-to a").attr("href"))
				.isEqualTo("/sesi/" + current.id());
			assertThat(sessions.select(".sessions__coming .session-item")).hasSize(1);
		}
	}

	@Test
	void sesikuKeepsComingWaitingAndHistoryApartAndNeverCallsAFutureSessionPast() throws Exception {
		Host instant = this.people.host("langsung", false);
		Host approving = this.people.host("setuju", true);
		Host cancelling = this.people.host("batal", false);
		Account attendee = this.people.member("yusuf");
		Booking coming = Bookers.book(this.bookings, attendee, instant, this.people.open(instant).get(0));
		Booking waiting = Bookers.book(this.bookings, attendee, approving, this.people.open(approving).get(1));
		Booking cancelled = Bookers.book(this.bookings, attendee, cancelling, this.people.open(cancelling).get(2));
		this.bookings.cancel(cancelling.account().id(), cancelled.id(), "Sakit");

		Document sessions = Bookers.page(this.mvc, "/sesi", attendee);

		assertThat(sessions.select(".sessions__group h2").eachText()).containsExactly("Akan datang",
				"Menunggu jawaban host", "Riwayat");
		assertThat(ids(sessions, ".sessions__coming")).containsExactly("session-" + coming.id());
		assertThat(ids(sessions, ".sessions__waiting")).containsExactly("session-" + waiting.id());
		assertThat(ids(sessions, ".sessions__history")).as("called off, though its time is still ahead")
			.containsExactly("session-" + cancelled.id());
		assertThat(sessions.text()).doesNotContain("Sudah lewat");

		Document english = Bookers.page(this.mvc, "/sesi", attendee, new Cookie("ngupi-lang", "en"));
		assertThat(english.select(".sessions__group h2").eachText()).containsExactly("Coming up",
				"Waiting for the host", "History");
		Document dashboard = Bookers.page(this.mvc, "/sesi/host", approving.account());
		assertThat(dashboard.select(".sessions__group h2").eachText())
			.containsExactly("Permintaan yang perlu kamu jawab");
	}

	@Test
	void aRequestTellsTheAttendeeWhenTheHostAnswersInTheAttendeesZoneAndTheHostTheirOwnDeadline() throws Exception {
		Host host = this.people.host("tenggat", true);
		Account attendee = this.people.member("anouk", "Europe/Amsterdam");
		Booking request = Bookers.book(this.bookings, attendee, host, this.people.open(host).get(0));
		String amsterdam = new TimeFormat(ZoneId.of("Europe/Amsterdam"), INDONESIAN).dateTime(request.respondBy());
		String jakarta = jakarta().dateTime(request.respondBy());

		Document attendeePage = Bookers.page(this.mvc, "/sesi/" + request.id(), attendee);
		assertThat(attendeePage.selectFirst(".session__respond-by").text())
			.isEqualTo("Host menjawab sebelum " + amsterdam);
		assertThat(attendeePage.text()).doesNotContain("Jawab sebelum");
		Document attendeeList = Bookers.page(this.mvc, "/sesi", attendee);
		assertThat(attendeeList.selectFirst(".sessions__waiting .session-item__respond-by").text())
			.isEqualTo("Host menjawab sebelum " + amsterdam);
		Document english = Bookers.page(this.mvc, "/sesi/" + request.id(), attendee, new Cookie("ngupi-lang", "en"));
		assertThat(english.selectFirst(".session__respond-by").text()).isEqualTo("The host answers before "
				+ new TimeFormat(ZoneId.of("Europe/Amsterdam"), Locale.ENGLISH).dateTime(request.respondBy()));

		Document hostPage = Bookers.page(this.mvc, "/sesi/" + request.id(), host.account());
		assertThat(hostPage.selectFirst(".session__respond-by").text()).isEqualTo("Jawab sebelum " + jakarta);
		Document dashboard = Bookers.page(this.mvc, "/sesi/host", host.account());
		assertThat(dashboard.selectFirst(".sessions__waiting .session-item__respond-by").text())
			.isEqualTo("Jawab sebelum " + jakarta);
		assertThat(jakarta).matches(".* \\d\\d\\.\\d\\d WIB");
		assertThat(amsterdam).matches(".* \\d\\d\\.\\d\\d CET");
	}

	@Test
	void everySessionPageWritesTimesTheIndonesianWay() throws Exception {
		Host host = this.people.host("jam", true);
		Host other = this.people.host("jam-lain", false);
		Account attendee = this.people.member("zahra", "Asia/Makassar");
		Booking request = Bookers.book(this.bookings, attendee, host, this.people.open(host).get(0));
		List<Instant> open = this.people.open(other);
		Booking moved = Bookers.book(this.bookings, attendee, other, open.get(1));
		this.mvc
			.perform(post("/sesi/" + moved.id() + "/jadwal-ulang").param("start", open.get(2).toString())
				.param("requestKey", UUID.randomUUID().toString())
				.with(Members.as(attendee))
				.with(csrf()))
			.andExpect(status().isFound());
		List<String> attendeePages = List.of("/sesi", "/sesi/" + request.id(), "/sesi/" + moved.id(),
				"/sesi/" + request.id() + "/batal", "/sesi/" + request.id() + "/jadwal-ulang");
		List<String> hostPages = List.of("/sesi/host", "/sesi/" + request.id(), "/sesi/" + request.id() + "/tolak");

		for (String path : attendeePages) {
			assertIndonesianTimes(path, Bookers.page(this.mvc, path, attendee));
		}
		for (String path : hostPages) {
			assertIndonesianTimes(path, Bookers.page(this.mvc, path, host.account()));
		}
		Document english = Bookers.page(this.mvc, "/sesi/" + moved.id(), attendee, new Cookie("ngupi-lang", "en"));
		assertThat(english.selectFirst(".session__moved-to").text()).matches("Moved to .* \\d\\d:\\d\\d WITA");
	}

	/** Every time on the page reads {@code 19.00}, none {@code 19:00}. */
	private static void assertIndonesianTimes(String path, Document page) {
		assertThat(page.select("main time").eachText()).as(path)
			.isNotEmpty()
			.allMatch(time -> !time.matches(".*\\d:\\d\\d.*"))
			.anyMatch(time -> time.matches(".*\\b\\d\\d\\.\\d\\d (WIB|WITA)$"));
		assertThat(page.selectFirst("main").text()).as(path).doesNotContainPattern("\\b\\d{1,2}:\\d\\d\\b");
	}

	private static List<String> ids(Document page, String group) {
		return page.select(group + " .session-item").eachAttr("id");
	}

	private static TimeFormat jakarta() {
		return new TimeFormat(ZoneId.of("Asia/Jakarta"), INDONESIAN);
	}

	@Test
	void theHistoryComesAPageAtATimeAndTheListRefreshesTheWayItIsShown() throws Exception {
		Host host = this.people.host("riwayat", false);
		Account attendee = this.people.member("rajin");
		Instant start = this.people.open(host).get(0);
		for (int i = 0; i < BookingQueries.HISTORY_PAGE + 1; i++) {
			Booking booked = Bookers.book(this.bookings, attendee, host, start);
			this.bookings.cancel(attendee.id(), booked.id(), null);
		}

		Document first = Bookers.page(this.mvc, "/sesi", attendee);
		assertThat(first.select(".sessions__history .session-item")).hasSize(BookingQueries.HISTORY_PAGE);
		Element older = first.selectFirst(".sessions__older a");
		assertThat(older.text()).isEqualTo("Tampilkan sesi yang lebih lama");
		assertThat(older.attr("href")).isEqualTo("/sesi?riwayat=" + 2 * BookingQueries.HISTORY_PAGE);
		assertThat(first.selectFirst("#sessions").attr("hx-get")).isEqualTo("/sesi");

		Document all = Bookers.page(this.mvc, older.attr("href"), attendee);
		assertThat(all.select(".sessions__history .session-item")).hasSize(BookingQueries.HISTORY_PAGE + 1);
		assertThat(all.select(".sessions__older")).isEmpty();
		assertThat(all.selectFirst("#sessions").attr("hx-get"))
			.isEqualTo("/sesi?riwayat=" + (BookingQueries.HISTORY_PAGE + 1));

		this.mvc.perform(get("/sesi").param("riwayat", "banyak").with(Members.as(attendee)))
			.andExpect(status().isBadRequest());
	}

}
