package id.ngupi.booking;

import java.time.Duration;
import java.time.Instant;

import id.ngupi.booking.BookingExport.Session;
import id.ngupi.booking.BookingOutcome.Booked;
import id.ngupi.db.test.TestClock;
import id.ngupi.identity.AccountId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

import static id.ngupi.booking.Fixtures.monday;
import static id.ngupi.booking.Fixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Booking's part of a member's data export: every booking on both sides and nobody
 * else's, the member's own waitlist places but not who waits for them, whether they have
 * a calendar feed but never its secret, and a booking's own meeting link only as far as
 * the member may see it.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ExtendWith(MondayMorning.class)
class BookingExportsTests {

	private final BookingExports exports;

	private final Bookings bookings;

	private final Waitlist waitlist;

	private final CalendarFeeds feeds;

	private final Fixtures fixtures;

	private final TestClock clock;

	BookingExportsTests(@Autowired BookingExports exports, @Autowired Bookings bookings, @Autowired Waitlist waitlist,
			@Autowired CalendarFeeds feeds, @Autowired Fixtures fixtures, @Autowired TestClock clock) {
		this.exports = exports;
		this.bookings = bookings;
		this.waitlist = waitlist;
		this.feeds = feeds;
		this.fixtures = fixtures;
		this.clock = clock;
	}

	@Test
	void holdsNothingForAMemberWithoutBookings() {
		BookingExport export = this.exports.export(this.fixtures.member("Kosong"));

		assertThat(export.sessions()).isEmpty();
		assertThat(export.waitlist()).isEmpty();
		assertThat(export.hasCalendarFeed()).isFalse();
		assertThat(export.calendarFeedCreatedAt()).isNull();
	}

	@Test
	void holdsTheMembersBookingsOnBothSidesTheirWaitlistPlacesAndWhenTheirFeedWasMade() {
		AccountId member = this.fixtures.host();
		AccountId otherHost = this.fixtures.host();
		AccountId attendee = this.fixtures.member("Rina");
		AccountId stranger = this.fixtures.member("Orang lain");
		Booking hosted = booked(attendee, member, monday(19, 0));
		Booking attended = booked(member, otherHost, monday(20, 0));
		Booking elsewhere = booked(stranger, otherHost, monday(19, 0));
		AccountId full = this.fixtures.hostWithoutTimes();
		this.waitlist.join(member, full);
		this.clock.advance(Duration.ofMinutes(5));
		this.feeds.renew(member);
		Instant feedMade = this.clock.instant();
		AccountId memberWithoutTimes = this.fixtures.hostWithoutTimes();
		this.waitlist.join(stranger, memberWithoutTimes);

		BookingExport export = this.exports.export(member);

		assertThat(export.sessions()).extracting(Session::booking).containsExactly(hosted, attended);
		assertThat(export.sessions()).extracting(Session::booking).doesNotContain(elsewhere);
		assertThat(export.waitlist()).singleElement().satisfies(place -> {
			assertThat(place.host()).isEqualTo(full);
			assertThat(place.joinedAt()).isEqualTo(Fixtures.MONDAY_MORNING);
			assertThat(place.notifiedAt()).isNull();
		});
		assertThat(export.calendarFeedCreatedAt()).isEqualTo(feedMade);
		assertThat(this.exports.export(memberWithoutTimes).waitlist()).as("who waits for a host is theirs").isEmpty();
	}

	@Test
	void givesTheAttendeeTheBookingsOwnLinkOnlyWhileItIsLiveAndTheHostAlways() {
		AccountId host = this.fixtures.host();
		AccountId otherHost = this.fixtures.host();
		AccountId attendee = this.fixtures.member("Dewi");
		Booking live = booked(attendee, host, monday(19, 0));
		Booking called = booked(attendee, otherHost, monday(20, 30));
		this.bookings.setMeetingLink(host, live.id(), "https://meet.example.id/hidup");
		this.bookings.setMeetingLink(otherHost, called.id(), "https://meet.example.id/batal");
		this.bookings.cancel(attendee, called.id(), null);

		assertThat(this.exports.export(attendee).sessions()).extracting(Session::meetingUrl)
			.containsExactly("https://meet.example.id/hidup", null);
		assertThat(this.exports.export(host).sessions()).extracting(Session::meetingUrl)
			.containsExactly("https://meet.example.id/hidup");
		assertThat(this.exports.export(otherHost).sessions()).extracting(Session::meetingUrl)
			.as("the host who set it")
			.containsExactly("https://meet.example.id/batal");
	}

	private Booking booked(AccountId attendee, AccountId host, Instant start) {
		return ((Booked) this.bookings.book(attendee, request(this.fixtures.offering(host), start))).booking();
	}

}
