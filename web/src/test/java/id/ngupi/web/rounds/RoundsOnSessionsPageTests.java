package id.ngupi.web.rounds;

import id.ngupi.booking.OpenSlots;
import id.ngupi.hosting.Hosting;
import id.ngupi.identity.Account;
import id.ngupi.identity.Accounts;
import id.ngupi.rounds.HostAnswer;
import id.ngupi.rounds.Picking;
import id.ngupi.rounds.Round;
import id.ngupi.rounds.Rounds;
import id.ngupi.web.NgupiWebTest;
import id.ngupi.web.RunningTestClock;
import id.ngupi.web.booking.Bookers.Host;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member finds the rounds they applied to on their sessions page until they are
 * settled, and a host the rounds they opened; nobody else sees them there.
 */
@NgupiWebTest
class RoundsOnSessionsPageTests {

	private final Rounds rounds;

	private final RoundFixtures fixtures;

	RoundsOnSessionsPageTests(@Autowired MockMvc mvc, @Autowired Accounts accounts, @Autowired Hosting hosting,
			@Autowired OpenSlots openSlots, @Autowired Rounds rounds, @Autowired RunningTestClock clock) {
		this.rounds = rounds;
		this.fixtures = new RoundFixtures(accounts, hosting, openSlots, rounds, clock, mvc);
	}

	@Test
	void theRoundsAMemberAppliedToAndAHostOpenedAreListedUntilTheyEnd() throws Exception {
		Host host = this.fixtures.host("gilang");
		Round round = this.fixtures.round(host, Picking.DRAW);
		Account member = this.fixtures.member("nina");
		Account stranger = this.fixtures.member("orang");
		assertThat(this.fixtures.apply(round, member, RoundFixtures.ANSWER).getResponse().getStatus()).isEqualTo(302);

		Document mine = this.fixtures.page("/sesi", member);
		assertThat(mine.select(".sessions__rounds a").attr("href")).isEqualTo("/putaran/" + round.id());
		assertThat(mine.select(".sessions__rounds a").text()).isEqualTo(host.account().displayName());
		assertThat(mine.select(".sessions__rounds li").text()).contains("pendaftaran dibuka sampai");

		Document hosts = this.fixtures.page("/sesi/host", host.account());
		assertThat(hosts.select(".sessions__rounds a").attr("href"))
			.isEqualTo("/settings/hosting/rounds/" + round.id());
		assertThat(hosts.select(".sessions__rounds a").text()).isEqualTo("Ngupi 30 menit");

		assertThat(this.fixtures.page("/sesi", stranger).select(".sessions__rounds")).isEmpty();
		assertThat(this.fixtures.page("/sesi", host.account()).select(".sessions__rounds"))
			.as("the host applied to nothing")
			.isEmpty();

		assertThat(this.rounds.cancel(host.account().id(), round.id(), "Ada acara kantor.")).isEqualTo(HostAnswer.DONE);
		assertThat(this.fixtures.page("/sesi", member).select(".sessions__rounds")).isEmpty();
		assertThat(this.fixtures.page("/sesi/host", host.account()).select(".sessions__rounds")).isEmpty();
	}

}
