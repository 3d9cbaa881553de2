package id.ngupi.web.booking;

import java.util.UUID;

import id.ngupi.booking.BookingQueries;
import id.ngupi.booking.OpenSlots;
import id.ngupi.hosting.Hosting;
import id.ngupi.identity.Account;
import id.ngupi.identity.Accounts;
import id.ngupi.web.NgupiWebTest;
import id.ngupi.web.booking.Bookers.Host;
import id.ngupi.web.profile.Members;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A member sending the booking form over and over is held back after ten tries within ten
 * minutes (the default limit): the eleventh answer is 429 with a wait, nothing is booked,
 * and other members book as usual.
 */
@NgupiWebTest
class BookingRateLimitTests {

	private final MockMvc mvc;

	private final BookingQueries queries;

	private final Bookers people;

	BookingRateLimitTests(@Autowired MockMvc mvc, @Autowired Accounts accounts, @Autowired Hosting hosting,
			@Autowired OpenSlots openSlots, @Autowired BookingQueries queries) {
		this.mvc = mvc;
		this.queries = queries;
		this.people = new Bookers(accounts, hosting, openSlots);
	}

	@Test
	void theEleventhFormWithinTenMinutesIsHeldBackAndBooksNothing() throws Exception {
		Host host = this.people.host("ramai", false);
		Account eager = this.people.member("buru");
		String start = this.people.open(host).get(0).toString();

		for (int i = 0; i < 10; i++) {
			// a form with a too short answer: refused with errors, but it counts
			this.mvc.perform(form(host, eager, start, "Pendek")).andExpect(status().isOk());
		}
		MvcResult held = this.mvc.perform(form(host, eager, start, Bookers.ANSWER))
			.andExpect(status().isTooManyRequests())
			.andReturn();

		assertThat(Long.parseLong(held.getResponse().getHeader(HttpHeaders.RETRY_AFTER))).isBetween(1L, 600L);
		assertThat(this.queries.asAttendee(eager.id())).isEmpty();

		Account other = this.people.member("santai");
		this.mvc.perform(form(host, other, start, Bookers.ANSWER))
			.andExpect(status().isFound())
			.andExpect(redirectedUrlPattern("/sesi/*"));
		assertThat(this.queries.asAttendee(other.id())).hasSize(1);
	}

	private static MockHttpServletRequestBuilder form(Host host, Account attendee, String start, String answer) {
		return post(host.formPath()).param("start", start)
			.param("answer", answer)
			.param("topics", "karier")
			.param("requestKey", UUID.randomUUID().toString())
			.with(Members.as(attendee))
			.with(csrf());
	}

}
