package id.ngupi.web.calendar;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;

import biweekly.ICalendar;
import biweekly.component.VEvent;
import id.ngupi.booking.Booking;
import id.ngupi.booking.Bookings;
import id.ngupi.booking.Bookings.AnswerOutcome;
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
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A session's calendar file: for its two participants only, with a UID that stays and a
 * sequence that rises through approval and cancellation, until the file withdraws the
 * session.
 */
@NgupiWebTest
class CalendarFileTests {

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private final MockMvc mvc;

	private final Bookings bookings;

	private final Sessions sessions;

	CalendarFileTests(@Autowired MockMvc mvc, @Autowired Accounts accounts, @Autowired Hosting hosting,
			@Autowired HostDirectory directory, @Autowired OpenSlots openSlots, @Autowired Bookings bookings) {
		this.mvc = mvc;
		this.bookings = bookings;
		this.sessions = new Sessions(accounts, hosting, directory, openSlots, bookings);
	}

	@Test
	void givesEachParticipantTheSessionWithTheOtherPersonAndTheMeetingLink() throws Exception {
		Account host = this.sessions.host("Ayu", false);
		Account attendee = this.sessions.member("Rina");
		Booking booking = this.sessions.book(attendee, host);

		VEvent forAttendee = event(attendee, booking);
		ICalendar calendar = calendar(attendee, booking);
		assertThat(calendar.getMethod().getValue()).isEqualTo("REQUEST");
		assertThat(forAttendee.getUid().getValue()).isEqualTo(booking.id() + "@ngupi.id");
		assertThat(forAttendee.getSequence().getValue()).isEqualTo(booking.sequence());
		assertThat(forAttendee.getStatus().getValue()).isEqualTo("CONFIRMED");
		assertThat(forAttendee.getDateStart().getValue()).isEqualTo(Date.from(booking.start()));
		assertThat(forAttendee.getDateEnd().getValue()).isEqualTo(Date.from(booking.end()));
		assertThat(forAttendee.getSummary().getValue()).isEqualTo("Ngupi: Ngobrol karier dengan " + host.displayName());
		assertThat(forAttendee.getDescription().getValue()).contains("Topik: ").contains("/sesi/" + booking.id());
		assertThat(forAttendee.getUrl().getValue()).endsWith("/sesi/" + booking.id());
		assertThat(forAttendee.getLocation().getValue()).isEqualTo(Sessions.MEETING);

		VEvent forHost = event(host, booking);
		assertThat(forHost.getUid().getValue()).isEqualTo(forAttendee.getUid().getValue());
		assertThat(forHost.getSummary().getValue()).isEqualTo("Ngupi: Ngobrol karier dengan " + attendee.displayName());
	}

	@Test
	void theSessionsPageOffersTheFileAndGoogleCalendarAndOnceCancelledOnlyTheFileThatRemovesIt() throws Exception {
		Account host = this.sessions.host("Ayu", false);
		Account attendee = this.sessions.member("Rina");
		Booking booking = this.sessions.book(attendee, host);

		Document page = sessionPage(attendee, booking);
		assertThat(page.selectFirst("#addToCalendar a[download]").attr("href"))
			.isEqualTo("/sesi/" + booking.id() + "/kalender.ics");
		String google = page.selectFirst("#addToCalendar a[href^=https://calendar.google.com]").attr("href");
		assertThat(google).contains("dates=" + UTC.format(booking.start()) + "%2F" + UTC.format(booking.end()));

		this.bookings.cancel(attendee.id(), booking.id(), "Ada urusan mendadak");
		Document cancelled = sessionPage(host, booking);
		assertThat(cancelled.select("#addToCalendar a")).hasSize(1);
		assertThat(cancelled.selectFirst("#addToCalendar a[download]").text()).isEqualTo("Hapus dari kalender (.ics)");
	}

	@Test
	void isAnAttachmentTheBrowserDoesNotKeep() throws Exception {
		Account host = this.sessions.host("Ayu", false);
		Account attendee = this.sessions.member("Rina");
		Booking booking = this.sessions.book(attendee, host);

		this.mvc.perform(get("/sesi/" + booking.id() + "/kalender.ics").with(Members.as(attendee)))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_TYPE, "text/calendar;charset=UTF-8"))
			.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"ngupi-" + booking.id() + ".ics\""))
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, "no-store, private"))
			.andExpect(content().string(containsString("DTSTART:" + UTC.format(booking.start()) + "\r\n")))
			.andExpect(content().string(containsString("DTEND:" + UTC.format(booking.end()) + "\r\n")));
	}

	@Test
	void isNotFoundForAnyMemberButTheParticipants() throws Exception {
		Account host = this.sessions.host("Ayu", false);
		Booking booking = this.sessions.book(this.sessions.member("Rina"), host);
		String path = "/sesi/" + booking.id() + "/kalender.ics";

		this.mvc.perform(get(path).with(Members.as(this.sessions.member("Mallory")))).andExpect(status().isNotFound());
		// a visitor is sent to log in first, like for every session page
		this.mvc.perform(get(path)).andExpect(status().isFound());
		this.mvc.perform(get("/sesi/bukan-uuid/kalender.ics").with(Members.as(host))).andExpect(status().isNotFound());
	}

	@Test
	void keepsItsUidAndRaisesItsSequenceThroughApprovalAndCancellation() throws Exception {
		Account host = this.sessions.host("Ayu", true);
		Account attendee = this.sessions.member("Eko");
		Booking booking = this.sessions.book(attendee, host);

		VEvent requested = event(attendee, booking);
		assertThat(requested.getStatus().getValue()).isEqualTo("TENTATIVE");
		assertThat(calendar(attendee, booking).getMethod().getValue()).isEqualTo("REQUEST");

		assertThat(this.bookings.approve(host.id(), booking.id(), "Sampai ketemu!")).isEqualTo(AnswerOutcome.ANSWERED);
		VEvent approved = event(attendee, booking);
		assertThat(approved.getStatus().getValue()).isEqualTo("CONFIRMED");
		assertThat(approved.getSequence().getValue()).isGreaterThan(requested.getSequence().getValue());

		this.bookings.cancel(attendee.id(), booking.id(), "Ada urusan mendadak");
		ICalendar cancelled = calendar(attendee, booking);
		assertThat(cancelled.getMethod().getValue()).isEqualTo("CANCEL");
		VEvent withdrawn = cancelled.getEvents().get(0);
		assertThat(withdrawn.getStatus().getValue()).isEqualTo("CANCELLED");
		assertThat(withdrawn.getSequence().getValue()).isGreaterThan(approved.getSequence().getValue());
		assertThat(withdrawn.getUid().getValue()).isEqualTo(requested.getUid().getValue());
		assertThat(withdrawn.getDateStart().getValue()).isEqualTo(Date.from(booking.start()));
		assertThat(withdrawn.getLocation()).isNull();
	}

	private Document sessionPage(Account viewer, Booking booking) throws Exception {
		return Jsoup.parse(this.mvc.perform(get("/sesi/" + booking.id()).with(Members.as(viewer)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	private ICalendar calendar(Account viewer, Booking booking) throws Exception {
		return Sessions
			.calendar(this.mvc.perform(get("/sesi/" + booking.id() + "/kalender.ics").with(Members.as(viewer)))
				.andExpect(status().isOk())
				.andReturn());
	}

	private VEvent event(Account viewer, Booking booking) throws Exception {
		ICalendar calendar = calendar(viewer, booking);
		assertThat(calendar.getEvents()).hasSize(1);
		return calendar.getEvents().get(0);
	}

}
