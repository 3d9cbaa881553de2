package id.ngupi.web.rounds;

import id.ngupi.booking.OpenSlots;
import id.ngupi.hosting.Hosting;
import id.ngupi.identity.Account;
import id.ngupi.identity.Accounts;
import id.ngupi.rounds.Picking;
import id.ngupi.rounds.Round;
import id.ngupi.rounds.Rounds;
import id.ngupi.web.NgupiWebTest;
import id.ngupi.web.RunningTestClock;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A member applying and withdrawing over and over is held back like one sending booking
 * forms: ten tries within ten minutes, then 429 with a wait and nothing changes; other
 * members apply as usual.
 */
@NgupiWebTest
class RoundRateLimitTests {

	private final MockMvc mvc;

	private final Rounds rounds;

	private final RoundFixtures fixtures;

	RoundRateLimitTests(@Autowired MockMvc mvc, @Autowired Accounts accounts, @Autowired Hosting hosting,
			@Autowired OpenSlots openSlots, @Autowired Rounds rounds, @Autowired RunningTestClock clock) {
		this.mvc = mvc;
		this.rounds = rounds;
		this.fixtures = new RoundFixtures(accounts, hosting, openSlots, rounds, clock, mvc);
	}

	@Test
	void theEleventhApplicationOrWithdrawalWithinTenMinutesIsHeldBack() throws Exception {
		Host host = this.fixtures.host("laris");
		Round round = this.fixtures.round(host, Picking.DRAW);
		Account eager = this.fixtures.member("bolakbalik");

		for (int i = 0; i < 5; i++) {
			this.mvc.perform(apply(round, eager)).andExpect(status().isFound());
			this.mvc.perform(post("/putaran/" + round.id() + "/mundur").with(Members.as(eager)).with(csrf()))
				.andExpect(status().isFound());
		}
		MvcResult held = this.mvc.perform(apply(round, eager)).andExpect(status().isTooManyRequests()).andReturn();

		assertThat(Long.parseLong(held.getResponse().getHeader(HttpHeaders.RETRY_AFTER))).isBetween(1L, 600L);
		assertThat(this.rounds.applicationOf(eager.id(), round.id())).as("the held-back form changed nothing")
			.isEmpty();
		Account other = this.fixtures.member("sekali");
		this.mvc.perform(apply(round, other)).andExpect(status().isFound());
		assertThat(this.rounds.applicationOf(other.id(), round.id())).isPresent();
	}

	private static MockHttpServletRequestBuilder apply(Round round, Account member) {
		return post("/putaran/" + round.id() + "/daftar").param("topics", "karier")
			.param("answer", RoundFixtures.ANSWER)
			.param("anyTime", "true")
			.with(Members.as(member))
			.with(csrf());
	}

}
