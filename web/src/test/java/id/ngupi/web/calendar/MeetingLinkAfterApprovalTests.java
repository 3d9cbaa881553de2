package id.ngupi.web.calendar;

import java.nio.charset.StandardCharsets;
import java.util.List;

import biweekly.ICalendar;
import biweekly.component.VEvent;
import id.ngupi.booking.Booking;
import id.ngupi.booking.BookingStatus;
import id.ngupi.booking.Bookings;
import id.ngupi.booking.CalendarFeeds;
import id.ngupi.booking.OpenSlots;
import id.ngupi.hosting.HostDirectory;
import id.ngupi.hosting.Hosting;
import id.ngupi.identity.Account;
import id.ngupi.identity.Accounts;
import id.ngupi.web.NgupiWebTest;
import id.ngupi.web.profile.Members;
import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.UriUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A request waiting for the host's approval carries no meeting link anywhere: not on the
 * session's page (which says in words when it comes), not in its Google Calendar link,
 * not in its calendar file, not in the calendar feed. Once the host approves, all of them
 * carry it.
 */
@NgupiWebTest
class MeetingLinkAfterApprovalTests {

	private static final Cookie ENGLISH = new Cookie("ngupi-lang", "en");

	private final MockMvc mvc;

	private final Bookings bookings;

	private final CalendarFeeds feeds;

	private final Sessions sessions;

	MeetingLinkAfterApprovalTests(@Autowired MockMvc mvc, @Autowired Accounts accounts, @Autowired Hosting hosting,
			@Autowired HostDirectory directory, @Autowired OpenSlots openSlots, @Autowired Bookings bookings,
			@Autowired CalendarFeeds feeds) {
		this.mvc = mvc;
		this.bookings = bookings;
		this.feeds = feeds;
		this.sessions = new Sessions(accounts, hosting, directory, openSlots, bookings);
	}

	@Test
	void aPendingRequestsPageCalendarLinkFileAndFeedCarryNoLinkUntilTheHostApproves() throws Exception {
		Account host = this.sessions.host("Ayu", true);
		Account attendee = this.sessions.member("Rina");
		Booking booking = this.sessions.book(attendee, host);
		assertThat(booking.status()).isEqualTo(BookingStatus.PENDING);
		String attendeeFeed = "/kalender/" + this.feeds.renew(attendee.id()) + ".ics";
		String hostFeed = "/kalender/" + this.feeds.renew(host.id()) + ".ics";

		for (Account viewer : List.of(attendee, host)) {
			String source = text(get("/sesi/" + booking.id()).with(Members.as(viewer)));
			assertThat(source).doesNotContain("meet.google.com");
			Document page = Jsoup.parse(source);
			assertThat(page.select("a.meeting-link")).isEmpty();
			assertThat(page.selectFirst("#addToCalendar a[href^=https://calendar.google.com]").attr("href"))
				.doesNotContain("location=");
			assertThat(text(get("/sesi/" + booking.id() + "/kalender.ics").with(Members.as(viewer))))
				.doesNotContain("meet.google.com");
			assertThat(event(get("/sesi/" + booking.id() + "/kalender.ics").with(Members.as(viewer))).getLocation())
				.isNull();
		}
		for (String feed : List.of(attendeeFeed, hostFeed)) {
			assertThat(text(get(feed))).doesNotContain("meet.google.com");
			assertThat(event(get(feed)).getLocation()).isNull();
		}

		this.bookings.approve(host.id(), booking.id(), null);

		for (Account viewer : List.of(attendee, host)) {
			Document page = Jsoup.parse(text(get("/sesi/" + booking.id()).with(Members.as(viewer))));
			assertThat(page.selectFirst("a.meeting-link").attr("href")).isEqualTo(Sessions.MEETING);
			assertThat(page.select(".meeting-link__pending")).isEmpty();
			assertThat(UriUtils.decode(
					page.selectFirst("#addToCalendar a[href^=https://calendar.google.com]").attr("href"),
					StandardCharsets.UTF_8))
				.contains("location=" + Sessions.MEETING);
			assertThat(event(get("/sesi/" + booking.id() + "/kalender.ics").with(Members.as(viewer))).getLocation()
				.getValue()).isEqualTo(Sessions.MEETING);
		}
		for (String feed : List.of(attendeeFeed, hostFeed)) {
			assertThat(event(get(feed)).getLocation().getValue()).isEqualTo(Sessions.MEETING);
		}
	}

	@Test
	void aPendingRequestsPageSaysTheLinkComesOnceTheHostApprovesInBothLanguages() throws Exception {
		Account host = this.sessions.host("Ayu", true);
		Account attendee = this.sessions.member("Rina");
		Booking booking = this.sessions.book(attendee, host);
		String path = "/sesi/" + booking.id();

		assertThat(pendingNote(get(path).with(Members.as(attendee))))
			.isEqualTo("Tautan rapat akan muncul di sini setelah host menyetujui permintaanmu.");
		assertThat(pendingNote(get(path).cookie(ENGLISH).with(Members.as(attendee))))
			.isEqualTo("The meeting link will appear here once the host approves your request.");
		assertThat(pendingNote(get(path).with(Members.as(host))))
			.isEqualTo("Peserta baru mendapat tautan rapat setelah kamu menyetujui permintaan ini.");
		assertThat(pendingNote(get(path).cookie(ENGLISH).with(Members.as(host))))
			.isEqualTo("The attendee gets the meeting link only once you approve this request.");

		this.mvc.perform(post(path + "/tolak").param("message", "Maaf").with(Members.as(host)).with(csrf()))
			.andExpect(status().isFound());
		String declined = text(get(path).with(Members.as(attendee)));
		assertThat(declined).doesNotContain("meet.google.com", "meeting-link__pending");
	}

	private String pendingNote(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup.parse(text(request)).selectFirst(".session__meeting .meeting-link__pending").text();
	}

	private VEvent event(MockHttpServletRequestBuilder request) throws Exception {
		ICalendar calendar = Sessions.calendar(this.mvc.perform(request).andExpect(status().isOk()).andReturn());
		assertThat(calendar.getEvents()).hasSize(1);
		return calendar.getEvents().get(0);
	}

	private String text(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
