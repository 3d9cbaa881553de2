package id.ngupi.web.booking;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import id.ngupi.booking.Booking;
import id.ngupi.booking.BookingQueries;
import id.ngupi.booking.BookingStatus;
import id.ngupi.booking.Bookings;
import id.ngupi.booking.OpenSlots;
import id.ngupi.hosting.Hosting;
import id.ngupi.identity.Account;
import id.ngupi.identity.Accounts;
import id.ngupi.web.NgupiWebTest;
import id.ngupi.web.booking.Bookers.Host;
import id.ngupi.web.profile.Members;
import id.ngupi.web.support.Links;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A session Ngupi called off because the host's account was suspended tells the attendee
 * so on its page, without naming why and without naming a person who cancelled it.
 */
@NgupiWebTest
class CalledOffSessionTests {

	private final MockMvc mvc;

	private final Accounts accounts;

	private final Bookings bookings;

	private final BookingQueries queries;

	private final Bookers people;

	CalledOffSessionTests(@Autowired MockMvc mvc, @Autowired Accounts accounts, @Autowired Hosting hosting,
			@Autowired OpenSlots openSlots, @Autowired Bookings bookings, @Autowired BookingQueries queries) {
		this.mvc = mvc;
		this.accounts = accounts;
		this.bookings = bookings;
		this.queries = queries;
		this.people = new Bookers(accounts, hosting, openSlots);
	}

	@Test
	void theAttendeeReadsThatNgupiCalledTheSessionOff() throws Exception {
		Host host = this.people.host("ditangguhkan", false);
		Account attendee = this.people.member("peserta");
		Booking booking = Bookers.book(this.bookings, attendee, host, this.people.open(host).get(0));

		this.accounts.suspend(host.account().id(), "Melanggar aturan komunitas.");
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.queries.find(attendee.id(), booking.id()).orElseThrow().status(),
					status -> status == BookingStatus.CANCELLED);

		String page = this.mvc.perform(get(Links.session(booking.id())).with(Members.as(attendee)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Dibatalkan oleh Ngupi karena host tidak bisa melanjutkan.")
			.doesNotContain("Melanggar aturan komunitas")
			.doesNotContain("Dibatalkan oleh " + host.account().displayName());
	}

}
