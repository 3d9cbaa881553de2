package id.ngupi.web.booking;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
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
import id.ngupi.web.booking.Bookers.Host;
import id.ngupi.web.profile.Members;
import id.ngupi.web.time.TimeFormat;
import jakarta.servlet.http.Cookie;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The per-host limit said before the form: an attendee who already holds as many upcoming
 * sessions with a host as allowed (one, by default) is told on the host's page, the
 * offering's page and the booking form which session that is, with its page and the way
 * to move it, and sees no time that links to a form that would be refused; a refusal for
 * the limit (a form from a stale tab) says the same and offers no other time. Anyone
 * below the limit, and a visitor, sees the times to book as before.
 */
@NgupiWebTest
class HostLimitWebTests {

	/** A viewer east of the host: the notice writes the time in the viewer's zone. */
	private static final String MAKASSAR = "Asia/Makassar";

	private final MockMvc mvc;

	private final Bookings bookings;

	private final BookingQueries queries;

	private final Bookers people;

	HostLimitWebTests(@Autowired MockMvc mvc, @Autowired Accounts accounts, @Autowired Hosting hosting,
			@Autowired OpenSlots openSlots, @Autowired Bookings bookings, @Autowired BookingQueries queries) {
		this.mvc = mvc;
		this.bookings = bookings;
		this.queries = queries;
		this.people = new Bookers(accounts, hosting, openSlots);
	}

	@Test
	void theHostsPageTellsAnAttendeeAtTheLimitWhichSessionTheyHaveAndLinksNoTimeToAForm() throws Exception {
		Host host = this.people.host("batas", false);
		Account attendee = this.people.member("rani", MAKASSAR);
		Booking held = Bookers.book(this.bookings, attendee, host, this.people.open(host).get(0));

		Document page = Bookers.page(this.mvc, "/@" + host.handle(), attendee);

		assertNoticeNames(page, host, held, "Kamu sudah punya sesi dengan");
		assertThat(page.select(".slot time")).as("the times are still shown").isNotEmpty();
		assertThat(page.select(".slot a")).as("but none leads to a form that would be refused").isEmpty();
	}

	@Test
	void theOfferingsPageTellsAnAttendeeAtTheLimitInsteadOfAskingThemToPickATime() throws Exception {
		Host host = this.people.host("batasp", false);
		Account attendee = this.people.member("sinta", MAKASSAR);
		Booking held = Bookers.book(this.bookings, attendee, host, this.people.open(host).get(0));

		Document page = Bookers.page(this.mvc, offeringPath(host), attendee);

		assertNoticeNames(page, host, held, "Kamu sudah punya sesi dengan");
		assertThat(page.selectFirst(".offering-page__pick")).isNull();
		assertThat(page.select(".slot time")).isNotEmpty();
		assertThat(page.select(".slot a")).isEmpty();
	}

	@Test
	void theBookingFormShowsTheNoticeAndNoFormToAnAttendeeAtTheLimit() throws Exception {
		Host host = this.people.host("batasf", false);
		Account attendee = this.people.member("tari", MAKASSAR);
		List<Instant> open = this.people.open(host);
		Booking held = Bookers.book(this.bookings, attendee, host, open.get(0));

		Document page = Bookers.page(this.mvc, host.formPath() + "?start=" + open.get(2), attendee);

		assertNoticeNames(page, host, held, "Kamu sudah punya sesi dengan");
		assertThat(page.select("form[action=" + host.formPath() + "]")).isEmpty();
		assertThat(page.selectFirst("#refusal")).isNull();
	}

	@Test
	void aFormSentFromAStaleTabIsRefusedWithTheSameNoticeAndNoOtherTimes() throws Exception {
		Host host = this.people.host("basi", false);
		Account attendee = this.people.member("umi", MAKASSAR);
		List<Instant> open = this.people.open(host);
		// the form was opened while the attendee was below the limit, then they booked
		Document before = Bookers.page(this.mvc, host.formPath() + "?start=" + open.get(2), attendee);
		assertThat(before.select("form[action=" + host.formPath() + "]")).hasSize(1);
		Booking held = Bookers.book(this.bookings, attendee, host, open.get(0));

		Document page = Bookers
			.html(this.mvc.perform(bookingForm(host, attendee, open.get(2))).andExpect(status().isOk()).andReturn());

		assertNoticeNames(page, host, held, "Kamu sudah punya sesi dengan");
		assertThat(page.select(".booking-form__alternatives, .slot a")).as("no time the attendee cannot take")
			.isEmpty();
		assertThat(page.selectFirst("#refusal")).isNull();
		assertThat(page.select("form[action=" + host.formPath() + "]")).isEmpty();
		assertThat(this.queries.asAttendee(attendee.id())).extracting(Booking::id).containsExactly(held.id());
	}

	@Test
	void aRequestWaitingForTheHostHoldsTheLimitAndTheNoticeSaysItWaits() throws Exception {
		Host host = this.people.host("tunggu", true);
		Account attendee = this.people.member("vina", MAKASSAR);
		Booking waiting = Bookers.book(this.bookings, attendee, host, this.people.open(host).get(0));
		assertThat(waiting.status()).isEqualTo(BookingStatus.PENDING);

		for (String path : List.of("/@" + host.handle(), offeringPath(host),
				host.formPath() + "?start=" + this.people.open(host).get(1))) {
			Document page = Bookers.page(this.mvc, path, attendee);
			assertNoticeNames(page, host, waiting, "Kamu sudah meminta sesi dengan");
			assertThat(page.selectFirst("#host-limit").text()).as(path).contains("masih menunggu jawaban host");
			assertThat(page.select(".slot a, form[action=" + host.formPath() + "]")).as(path).isEmpty();
		}
	}

	@Test
	void theNoticeSpeaksTheViewersLanguage() throws Exception {
		Host host = this.people.host("bahasa", false);
		Account attendee = this.people.member("wulan", MAKASSAR);
		Booking held = Bookers.book(this.bookings, attendee, host, this.people.open(host).get(0));

		Document page = Bookers.page(this.mvc, "/@" + host.handle(), attendee, new Cookie("ngupi-lang", "en"));

		String time = new TimeFormat(ZoneId.of(MAKASSAR), Locale.ENGLISH).dateTime(held.start());
		assertThat(page.selectFirst("#host-limit .host-limit__session").text())
			.isEqualTo("You already have a session with " + host.account().displayName() + " on " + time + ".");
		assertThat(page.selectFirst("#host-limit .host-limit__reschedule").text()).isEqualTo("Reschedule");
	}

	@Test
	void anAttendeeBelowTheLimitSeesTheTimesToBookAsBefore() throws Exception {
		Host host = this.people.host("longgar", false);
		Host other = this.people.host("lain", false);
		Account attendee = this.people.member("xena", MAKASSAR);
		// a session with another host, and one with this host called off: neither counts
		Bookers.book(this.bookings, attendee, other, this.people.open(other).get(0));
		Booking cancelled = Bookers.book(this.bookings, attendee, host, this.people.open(host).get(2));
		this.bookings.cancel(attendee.id(), cancelled.id(), null);

		assertBookable(host, attendee);
	}

	@Test
	void aVisitorAndTheHostThemselvesSeeNoNotice() throws Exception {
		Host host = this.people.host("tamu", false);
		Account attendee = this.people.member("yudi");
		Bookers.book(this.bookings, attendee, host, this.people.open(host).get(0));

		Document visitor = Bookers.html(this.mvc.perform(get("/@" + host.handle())).andReturn());
		assertThat(visitor.selectFirst("#host-limit")).isNull();
		assertThat(visitor.select(".slot a")).isNotEmpty()
			.allSatisfy(link -> assertThat(link.attr("href")).startsWith(host.formPath() + "?start="));
		Document offering = Bookers.html(this.mvc.perform(get(offeringPath(host))).andReturn());
		assertThat(offering.selectFirst("#host-limit")).isNull();
		assertThat(offering.select(".slot a")).isNotEmpty();

		Document own = Bookers.page(this.mvc, "/@" + host.handle(), host.account());
		assertThat(own.selectFirst("#host-limit")).isNull();
	}

	private void assertBookable(Host host, Account attendee) throws Exception {
		Document page = Bookers.page(this.mvc, "/@" + host.handle(), attendee);
		assertThat(page.selectFirst("#host-limit")).isNull();
		assertThat(page.select(".slot a")).isNotEmpty()
			.allSatisfy(link -> assertThat(link.attr("href")).startsWith(host.formPath() + "?start="));
		Document offering = Bookers.page(this.mvc, offeringPath(host), attendee);
		assertThat(offering.selectFirst("#host-limit")).isNull();
		assertThat(offering.selectFirst(".offering-page__pick")).isNotNull();
		assertThat(offering.select(".slot a")).isNotEmpty();
		Document form = Bookers.page(this.mvc, host.formPath() + "?start=" + this.people.open(host).get(1), attendee);
		assertThat(form.selectFirst("#host-limit")).isNull();
		assertThat(form.select("form[action=" + host.formPath() + "]")).hasSize(1);
	}

	/**
	 * The notice names the host and the session's time in the viewer's zone, links to the
	 * session's page and to its reschedule step.
	 */
	private static void assertNoticeNames(Document page, Host host, Booking held, String opening) {
		Element notice = page.selectFirst("#host-limit");
		assertThat(notice).as("the notice of the per-host limit").isNotNull();
		String time = new TimeFormat(ZoneId.of(MAKASSAR), Locale.forLanguageTag("id")).dateTime(held.start());
		assertThat(time).contains("WITA");
		assertThat(notice.selectFirst(".host-limit__session").text())
			.startsWith(opening + " " + host.account().displayName() + " pada " + time);
		assertThat(notice.selectFirst(".host-limit__session time").attr("datetime")).isEqualTo(held.start().toString());
		assertThat(notice.selectFirst("a.host-limit__view").attr("href")).isEqualTo("/sesi/" + held.id());
		Element reschedule = notice.selectFirst("a.host-limit__reschedule");
		assertThat(reschedule.text()).isEqualTo("Jadwal ulang");
		assertThat(reschedule.attr("href")).isEqualTo("/sesi/" + held.id() + "/jadwal-ulang");
	}

	private static String offeringPath(Host host) {
		return "/@" + host.handle() + "/ngupi/" + host.offering();
	}

	private static MockHttpServletRequestBuilder bookingForm(Host host, Account attendee, Instant start) {
		return post(host.formPath()).param("start", start.toString())
			.param("answer", Bookers.ANSWER)
			.param("topics", "karier")
			.param("requestKey", UUID.randomUUID().toString())
			.with(Members.as(attendee))
			.with(csrf());
	}

}
