package id.ngupi.web.rounds;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import id.ngupi.booking.OpenSlots;
import id.ngupi.hosting.Hosting;
import id.ngupi.identity.Account;
import id.ngupi.identity.Accounts;
import id.ngupi.rounds.Picking;
import id.ngupi.rounds.Round;
import id.ngupi.rounds.RoundOutcome;
import id.ngupi.rounds.RoundOutcome.Opened;
import id.ngupi.rounds.RoundPlan;
import id.ngupi.rounds.Rounds;
import id.ngupi.web.RunningTestClock;
import id.ngupi.web.booking.Bookers;
import id.ngupi.web.booking.Bookers.Host;
import id.ngupi.web.profile.Members;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Hosts, members and rounds for the tests of the rounds' public pages: hosts as the
 * booking tests make them (evenings every day, 30 minutes, karier and backend), rounds
 * opened through the rounds facade at two of their open times a day or more ahead, the
 * window closing in an hour.
 */
final class RoundFixtures {

	static final String ANSWER = Bookers.ANSWER;

	final Bookers people;

	private final Rounds rounds;

	private final RunningTestClock clock;

	private final MockMvc mvc;

	RoundFixtures(Accounts accounts, Hosting hosting, OpenSlots openSlots, Rounds rounds, RunningTestClock clock,
			MockMvc mvc) {
		this.people = new Bookers(accounts, hosting, openSlots);
		this.rounds = rounds;
		this.clock = clock;
		this.mvc = mvc;
	}

	Host host(String name) {
		return this.people.host(name, false);
	}

	Account member(String name) {
		return this.people.member(name);
	}

	/** A round of the host's at their first two open times, closing in an hour. */
	Round round(Host host, Picking picking) {
		return round(host, picking, null, this.clock.instant().plus(Duration.ofHours(1)));
	}

	Round round(Host host, Picking picking, Instant opensAt, Instant closesAt) {
		List<Instant> open = this.people.open(host);
		RoundOutcome outcome = this.rounds.open(host.account().id(),
				new RoundPlan(host.offering(), List.of(open.get(0), open.get(2)), opensAt, closesAt, picking, false));
		assertThat(outcome).isInstanceOf(Opened.class);
		return ((Opened) outcome).round();
	}

	/** The application form sent as the member, any time, topic karier. */
	MvcResult apply(Round round, Account member, String answer, String... ranked) throws Exception {
		MockHttpServletRequestBuilder request = post("/putaran/" + round.id() + "/daftar").with(Members.as(member))
			.with(csrf())
			.param("topics", "karier")
			.param("answer", answer);
		if (ranked.length == 0) {
			request.param("anyTime", "true");
		}
		else {
			request.param("ranked", ranked);
		}
		return this.mvc.perform(request).andReturn();
	}

	Document page(String path, Account viewer) throws Exception {
		MockHttpServletRequestBuilder request = (viewer != null) ? get(path).with(Members.as(viewer)) : get(path);
		MvcResult result = this.mvc.perform(request).andReturn();
		assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
		return html(result);
	}

	static Document html(MvcResult result) throws Exception {
		return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
