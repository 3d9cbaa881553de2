package id.ngupi.web.booking;

import java.util.List;
import java.util.UUID;

import id.ngupi.booking.Booking;
import id.ngupi.booking.BookingRequest;
import id.ngupi.booking.BookingOutcome.Booked;
import id.ngupi.booking.BookingStatus;
import id.ngupi.booking.BookingQueries;
import id.ngupi.booking.Bookings;
import id.ngupi.booking.OpenSlots;
import id.ngupi.hosting.Hosting;
import id.ngupi.identity.Account;
import id.ngupi.identity.Accounts;
import id.ngupi.web.NgupiWebTest;
import id.ngupi.web.booking.Bookers.Host;
import id.ngupi.web.support.Notice;
import jakarta.servlet.http.Cookie;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static id.ngupi.web.profile.Members.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What a participant writes to the other (a cancel reason, the host's answer to a
 * request) is refused with a message in their language when it holds control characters
 * or is too long, and nothing changes: never stored with an escape sequence, never cut
 * without telling them.
 */
@NgupiWebTest
class SessionMessagesWebTests {

	private final MockMvc mvc;

	private final Bookers people;

	private final Bookings bookings;

	private final BookingQueries queries;

	SessionMessagesWebTests(@Autowired MockMvc mvc, @Autowired Accounts accounts, @Autowired Hosting hosting,
			@Autowired OpenSlots openSlots, @Autowired Bookings bookings, @Autowired BookingQueries queries) {
		this.mvc = mvc;
		this.bookings = bookings;
		this.queries = queries;
		this.people = new Bookers(accounts, hosting, openSlots);
	}

	@Test
	void aCancelReasonWithControlCharactersOrTooLongIsRefusedWithAMessage() throws Exception {
		Host host = this.people.host("alasan", false);
		Account attendee = this.people.member("nisa");
		Booking booking = book(host, attendee);

		Document control = Bookers.html(
				this.mvc
					.perform(post("/sesi/" + booking.id() + "/batal").param("reason", "Maaf\u0001\u001b[31m")
						.with(as(host.account()))
						.with(csrf()))
					.andExpect(status().isOk())
					.andReturn());
		Document tooLong = Bookers.html(
				this.mvc
					.perform(post("/sesi/" + booking.id() + "/batal").param("reason", "a".repeat(1001))
						.with(as(attendee))
						.with(csrf())
						.cookie(new Cookie("ngupi-lang", "en")))
					.andExpect(status().isOk())
					.andReturn());

		assertThat(control.select("#reason-error li").eachText())
			.containsExactly("Teks ini mengandung karakter kontrol tak terlihat yang tidak diizinkan. "
					+ "Hapus karakter itu lalu coba lagi.");
		assertThat(tooLong.select("#reason-error li").eachText())
			.containsExactly("This message is too long: 1,000 characters at most. Shorten it and send it again.");
		Booking unchanged = this.queries.find(attendee.id(), booking.id()).orElseThrow();
		assertThat(unchanged.status()).isEqualTo(BookingStatus.CONFIRMED);
		assertThat(unchanged.cancelReason()).isNull();
	}

	@Test
	void aHostsAnswerWithControlCharactersIsRefusedAndTheRequestStaysPending() throws Exception {
		Host host = this.people.host("jawab", true);
		Account attendee = this.people.member("omar");
		Booking booking = book(host, attendee);

		for (String path : List.of("/setujui", "/tolak")) {
			this.mvc
				.perform(post("/sesi/" + booking.id() + path).param("message", "Oke\u0000")
					.with(as(host.account()))
					.with(csrf()))
				.andExpect(status().isFound())
				.andExpect(flash().attribute(Notice.ATTRIBUTE, Notice.failure("validation.plainText")));
		}

		Booking unchanged = this.queries.find(attendee.id(), booking.id()).orElseThrow();
		assertThat(unchanged.status()).isEqualTo(BookingStatus.PENDING);
		assertThat(unchanged.hostMessage()).isNull();
	}

	private Booking book(Host host, Account attendee) {
		return ((Booked) this.bookings.book(attendee.id(), new BookingRequest(host.offering(),
				this.people.open(host).get(0), List.of("karier"), Bookers.ANSWER, UUID.randomUUID())))
			.booking();
	}

}
