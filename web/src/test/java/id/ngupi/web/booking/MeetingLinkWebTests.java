package id.ngupi.web.booking;

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
import id.ngupi.web.booking.Bookers.Host;
import id.ngupi.web.profile.Members;
import org.jsoup.nodes.Document;
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
 * A session needs somewhere to meet. The server refuses a booking of an offering with no
 * meeting link of its own or its host's, whatever the form says; a session booked before
 * the link was removed stays, and its page tells each side what to expect.
 */
@NgupiWebTest
class MeetingLinkWebTests {

	private final MockMvc mvc;

	private final Bookings bookings;

	private final BookingQueries queries;

	private final Bookers people;

	MeetingLinkWebTests(@Autowired MockMvc mvc, @Autowired Accounts accounts, @Autowired Hosting hosting,
			@Autowired OpenSlots openSlots, @Autowired Bookings bookings, @Autowired BookingQueries queries) {
		this.mvc = mvc;
		this.bookings = bookings;
		this.queries = queries;
		this.people = new Bookers(accounts, hosting, openSlots);
	}

	@Test
	void aBookingPostedStraightToAnOfferingWithoutAMeetingLinkIsRefusedAndSavesNothing() throws Exception {
		Host host = this.people.host("tanpa-tautan", false);
		Instant start = this.people.open(host).get(0);
		Account attendee = this.people.member("rina");
		this.people.removeMeetingLink(host);

		MvcResult answer = this.mvc
			.perform(post(host.formPath()).param("start", start.toString())
				.param("answer", Bookers.ANSWER)
				.param("topics", "karier")
				.param("requestKey", UUID.randomUUID().toString())
				.with(Members.as(attendee))
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn();

		Document page = Bookers.html(answer);
		assertThat(page.selectFirst("#refusal p").text()).isEqualTo(
				"Host belum menambahkan tautan rapat untuk jenis sesi ini, jadi belum bisa dipesan. Coba lagi nanti.");
		assertThat(page.select(".booking-form__alternatives a")).as("no other time to offer").isEmpty();
		assertThat(this.queries.asAttendee(attendee.id())).isEmpty();
		assertThat(this.queries.asHost(host.account().id())).isEmpty();
	}

	@Test
	void aComingSessionWhoseLinkWasRemovedStaysAndSaysSoToBothSides() throws Exception {
		Host host = this.people.host("hapus-tautan", false);
		Account attendee = this.people.member("sari");
		Booking booking = Bookers.book(this.bookings, attendee, host, this.people.open(host).get(0));

		this.people.removeMeetingLink(host);

		Document attendeeView = Bookers.page(this.mvc, "/sesi/" + booking.id(), attendee);
		assertThat(attendeeView.select("a.meeting-link")).isEmpty();
		assertThat(attendeeView.selectFirst(".session__meeting .meeting-link__none").text())
			.isEqualTo("Host belum menambahkan tautan rapat. Tautannya muncul di sini begitu host menambahkannya.");
		assertThat(attendeeView.select(".session__actions .session__cancel")).as("it can still be called off")
			.hasSize(1);
		Document hostView = Bookers.page(this.mvc, "/sesi/" + booking.id(), host.account());
		assertThat(hostView.selectFirst(".session__meeting .meeting-link__none").text())
			.startsWith("Sesi ini belum punya tautan rapat.");
		assertThat(hostView.selectFirst(".session__meeting .meeting-link__none a").attr("href"))
			.isEqualTo("/settings/hosting#meetingUrl");
		assertThat(hostView.select(".session__meeting form input[name=url]")).as("a link for this session only")
			.hasSize(1);
		String calendar = Bookers
			.text(this.mvc.perform(get("/sesi/" + booking.id() + "/kalender.ics").with(Members.as(attendee)))
				.andExpect(status().isOk())
				.andReturn());
		assertThat(calendar).contains("STATUS:CONFIRMED").doesNotContain("LOCATION", Bookers.HOST_MEETING);

		assertThat(this.queries.find(attendee.id(), booking.id()).orElseThrow().status())
			.isEqualTo(BookingStatus.CONFIRMED);
	}

	@Test
	void movingASessionWhoseLinkWasRemovedIsRefusedAndKeepsItWhereItWas() throws Exception {
		Host host = this.people.host("pindah-tanpa-tautan", false);
		Account attendee = this.people.member("budi");
		List<Instant> open = this.people.open(host);
		Booking booking = Bookers.book(this.bookings, attendee, host, open.get(0));
		this.people.removeMeetingLink(host);

		MvcResult refused = this.mvc
			.perform(post("/sesi/" + booking.id() + "/jadwal-ulang").param("start", open.get(1).toString())
				.param("requestKey", UUID.randomUUID().toString())
				.with(Members.as(attendee))
				.with(csrf()))
			.andExpect(status().isFound())
			.andReturn();

		Document page = Bookers.html(
				this.mvc
					.perform(get("/sesi/" + booking.id()).cookie(refused.getResponse().getCookie("NGUPI_SESSION"))
						.with(Members.as(attendee)))
					.andExpect(status().isOk())
					.andReturn());
		assertThat(page.selectFirst("#notice").text()).isEqualTo(
				"Host belum menambahkan tautan rapat, jadi sesi ini belum bisa dipindah. Sesimu tetap di waktu lama.");
		Booking kept = this.queries.find(attendee.id(), booking.id()).orElseThrow();
		assertThat(kept.status()).isEqualTo(BookingStatus.CONFIRMED);
		assertThat(kept.start()).isEqualTo(open.get(0));
		assertThat(this.queries.asAttendee(attendee.id())).hasSize(1);
	}

}
