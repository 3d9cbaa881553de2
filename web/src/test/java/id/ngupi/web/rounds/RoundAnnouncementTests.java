package id.ngupi.web.rounds;

import java.time.Duration;
import java.time.Instant;

import id.ngupi.booking.OpenSlots;
import id.ngupi.hosting.Hosting;
import id.ngupi.identity.Accounts;
import id.ngupi.rounds.Picking;
import id.ngupi.rounds.Round;
import id.ngupi.rounds.Rounds;
import id.ngupi.web.NgupiWebTest;
import id.ngupi.web.RunningTestClock;
import id.ngupi.web.booking.Bookers.Host;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A round taking applications is announced where members find hosts: a badge on the
 * host's card on discovery, a card first on the host's page; a round whose window has not
 * opened yet is not.
 */
@NgupiWebTest
class RoundAnnouncementTests {

	private final RoundFixtures fixtures;

	RoundAnnouncementTests(@Autowired MockMvc mvc, @Autowired Accounts accounts, @Autowired Hosting hosting,
			@Autowired OpenSlots openSlots, @Autowired Rounds rounds, @Autowired RunningTestClock clock) {
		this.fixtures = new RoundFixtures(accounts, hosting, openSlots, rounds, clock, mvc);
	}

	@Test
	void aRoundTakingApplicationsIsAnnouncedOnDiscoveryAndOnTheHostsPage() throws Exception {
		Host host = this.fixtures.host("umumkan");
		Host quiet = this.fixtures.host("umumkan");
		Round round = this.fixtures.round(host, Picking.DRAW);

		Document discovery = this.fixtures.page("/?q=" + host.handle(), null);
		Element card = discovery.selectFirst(".host-card:has(a[href=/@" + host.handle() + "])");
		assertThat(card).isNotNull();
		Element badge = card.selectFirst(".host-card__round a.badge");
		assertThat(badge.text()).isEqualTo("Sedang buka pendaftaran");
		assertThat(badge.attr("href")).isEqualTo("/putaran/" + round.id());
		assertThat(card.selectFirst(".host-card__round time").attr("datetime")).isEqualTo(round.closesAt().toString());

		Document other = this.fixtures.page("/?q=" + quiet.handle(), null);
		assertThat(other.select(".host-card")).isNotEmpty();
		assertThat(other.select(".host-card__round")).isEmpty();

		Document page = this.fixtures.page("/@" + host.handle(), null);
		Element announced = page.selectFirst("#round-card");
		assertThat(announced.selectFirst("h2").text()).isEqualTo("Sedang buka pendaftaran");
		assertThat(announced.selectFirst("a").attr("href")).isEqualTo("/putaran/" + round.id());
		assertThat(this.fixtures.page("/@" + quiet.handle(), null).select("#round-card")).isEmpty();
	}

	@Test
	void aRoundNotOpenYetIsNotAnnounced() throws Exception {
		Host host = this.fixtures.host("nanti");
		Instant now = Instant.now();
		this.fixtures.round(host, Picking.DRAW, now.plus(Duration.ofHours(1)), now.plus(Duration.ofHours(2)));

		assertThat(this.fixtures.page("/?q=" + host.handle(), null).select(".host-card__round")).isEmpty();
		assertThat(this.fixtures.page("/@" + host.handle(), null).select("#round-card")).isEmpty();
	}

}
