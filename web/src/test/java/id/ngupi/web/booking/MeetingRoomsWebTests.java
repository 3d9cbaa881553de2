package id.ngupi.web.booking;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import id.ngupi.booking.Booking;
import id.ngupi.booking.BookingStatus;
import id.ngupi.booking.Bookings;
import id.ngupi.booking.OpenSlots;
import id.ngupi.hosting.HostDirectory;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A host without a fixed link turns on a room for every session: they can be booked, each
 * confirmed session meets in its own unguessable room shown on its page and in its
 * calendar file to its two participants only, a request waiting for approval shows none,
 * and the setting changes only with the form's CSRF token.
 */
@NgupiWebTest
class MeetingRoomsWebTests {

	private static final String ROOM = "https://meet.jit.si/ngupi-";

	private final MockMvc mvc;

	private final Bookings bookings;

	private final HostDirectory directory;

	private final Bookers people;

	MeetingRoomsWebTests(@Autowired MockMvc mvc, @Autowired Accounts accounts, @Autowired Hosting hosting,
			@Autowired OpenSlots openSlots, @Autowired Bookings bookings, @Autowired HostDirectory directory) {
		this.mvc = mvc;
		this.bookings = bookings;
		this.directory = directory;
		this.people = new Bookers(accounts, hosting, openSlots);
	}

	@Test
	void eachConfirmedSessionMeetsInARoomOfItsOwnSeenOnlyByItsTwoParticipants() throws Exception {
		Host host = this.people.host("ruang", false);
		this.people.removeMeetingLink(host);
		assertThat(this.directory.offering(host.offering())
			.orElseThrow()
			.bookable(this.directory.find(host.account().id()).orElseThrow())).as("no way to meet yet").isFalse();

		this.mvc.perform(post("/settings/hosting/rooms").param("rooms", "true").with(Members.as(host.account())))
			.andExpect(status().isForbidden());
		this.mvc.perform(
				post("/settings/hosting/rooms").param("rooms", "true").with(Members.as(host.account())).with(csrf()))
			.andExpect(redirectedUrl("/settings/hosting#rooms"));

		Document settings = Bookers.page(this.mvc, "/settings/hosting", host.account());
		assertThat(settings.selectFirst("#checklist-meeting").hasClass("hosting-checklist__item--done")).isTrue();
		assertThat(settings.selectFirst("#checklist-meeting").text())
			.isEqualTo("Setiap sesi mendapat ruang rapatnya sendiri.");

		Account first = this.people.member("satu");
		Account second = this.people.member("dua");
		List<Instant> open = this.people.open(host);
		Booking one = Bookers.book(this.bookings, first, host, open.get(0));
		Booking two = Bookers.book(this.bookings, second, host, open.get(1));
		String room = roomOn(one, first);
		assertThat(room).startsWith(ROOM).hasSize(ROOM.length() + 26);
		assertThat(roomOn(one, host.account())).as("the host meets in the same room").isEqualTo(room);
		assertThat(roomOn(two, second)).as("another session, another room").isNotEqualTo(room).startsWith(ROOM);
		assertThat(text("/sesi/" + one.id() + "/kalender.ics", first)).as("carried in the calendar file")
			.contains(room);
		this.mvc.perform(get("/sesi/" + one.id()).with(Members.as(second))).andExpect(status().isNotFound());
		this.mvc.perform(get("/sesi/" + one.id() + "/kalender.ics").with(Members.as(second)))
			.andExpect(status().isNotFound());
	}

	@Test
	void aRequestWaitingForApprovalShowsNoRoomUntilTheHostApproves() throws Exception {
		Host host = this.people.host("setuju", true);
		this.people.removeMeetingLink(host);
		this.mvc.perform(
				post("/settings/hosting/rooms").param("rooms", "true").with(Members.as(host.account())).with(csrf()))
			.andExpect(status().isFound());
		Account attendee = this.people.member("tunggu");
		Booking request = Bookers.book(this.bookings, attendee, host, this.people.open(host).get(0));
		assertThat(request.status()).isEqualTo(BookingStatus.PENDING);

		assertThat(text("/sesi/" + request.id(), attendee)).doesNotContain(ROOM);
		assertThat(text("/sesi/" + request.id() + "/kalender.ics", attendee)).doesNotContain(ROOM);

		this.bookings.approve(host.account().id(), request.id(), null);
		assertThat(roomOn(request, attendee)).startsWith(ROOM);
	}

	private String roomOn(Booking booking, Account viewer) throws Exception {
		Document page = Bookers.page(this.mvc, "/sesi/" + booking.id(), viewer);
		return page.selectFirst("a.meeting-link").attr("href");
	}

	private String text(String path, Account viewer) throws Exception {
		return this.mvc.perform(get(path).with(Members.as(viewer)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
