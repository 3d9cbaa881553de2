package id.ngupi.web.rounds;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import id.ngupi.booking.OpenSlots;
import id.ngupi.hosting.Hosting;
import id.ngupi.identity.Account;
import id.ngupi.identity.Accounts;
import id.ngupi.rounds.Picking;
import id.ngupi.rounds.Round;
import id.ngupi.rounds.Rounds;
import id.ngupi.rounds.internal.RoundJobs;
import id.ngupi.web.NgupiWebTest;
import id.ngupi.web.RunningTestClock;
import id.ngupi.web.booking.Bookers.Host;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The draw's page, {@code /putaran/{id}/undian}: before the draw the hash of the seed;
 * after it the seed, whose SHA-256 is that hash, every ticket's place with its key, the
 * viewer's own marked; and on the round's page each applicant's own result.
 */
@NgupiWebTest
class RoundDrawTests {

	private final Rounds rounds;

	private final RoundJobs jobs;

	private final RunningTestClock clock;

	private final RoundFixtures fixtures;

	RoundDrawTests(@Autowired MockMvc mvc, @Autowired Accounts accounts, @Autowired Hosting hosting,
			@Autowired OpenSlots openSlots, @Autowired Rounds rounds, @Autowired RoundJobs jobs,
			@Autowired RunningTestClock clock) {
		this.rounds = rounds;
		this.jobs = jobs;
		this.clock = clock;
		this.fixtures = new RoundFixtures(accounts, hosting, openSlots, rounds, clock, mvc);
	}

	@AfterEach
	void realTime() {
		this.clock.reset();
	}

	@Test
	void theSeedRevealedAfterTheDrawHashesToTheHashPublishedBefore() throws Exception {
		Host host = this.fixtures.host("undian");
		Round round = this.fixtures.round(host, Picking.DRAW);
		List<Account> members = List.of(this.fixtures.member("ani"), this.fixtures.member("bayu"),
				this.fixtures.member("cici"));
		for (Account member : members) {
			this.fixtures.apply(round, member, RoundFixtures.ANSWER);
		}
		String drawPath = "/putaran/" + round.id() + "/undian";

		Document before = this.fixtures.page(drawPath, null);
		String published = before.selectFirst(".round-draw__hash").text();
		assertThat(published)
			.isEqualTo(this.fixtures.page("/putaran/" + round.id(), null).selectFirst(".round__hash").text());
		assertThat(before.select(".round-draw__seed")).isEmpty();
		assertThat(before.selectFirst(".round-draw__state").text()).startsWith("Undian belum berjalan");

		this.clock.set(round.closesAt().plusSeconds(1));
		this.jobs.settleDue();

		Account first = members.get(0);
		Document after = this.fixtures.page(drawPath, first);
		String seed = after.selectFirst(".round-draw__seed").text();
		assertThat(sha256(seed)).isEqualTo(published);
		assertThat(after.selectFirst(".round-draw__hash").text()).isEqualTo(published);
		assertThat(after.select(".round-draw__command").eachText()).contains("printf %s " + seed + " | sha256sum");
		List<Element> entries = after.select(".round-draw__entries > li");
		assertThat(entries).hasSize(3);
		assertThat(after.select(".round-draw__outcome").eachText()).filteredOn(text -> text.startsWith("Dapat sesi"))
			.hasSize(2);
		for (Element entry : entries) {
			String ticket = entry.selectFirst(".round-draw__ticket").text();
			assertThat(entry.selectFirst(".round-draw__key code.meeting-link__url").text())
				.isEqualTo(sha256(seed + ":" + ticket));
		}
		String mine = this.rounds.applicationOf(first.id(), round.id()).orElseThrow().ticket();
		assertThat(after.select(".round-draw__mine .round-draw__ticket").text()).isEqualTo(mine);
		assertThat(this.fixtures.page(drawPath, null).select(".round-draw__mine")).isEmpty();

		// each applicant's own result on the round's page
		int won = 0;
		int told = 0;
		for (Account member : members) {
			Document page = this.fixtures.page("/putaran/" + round.id(), member);
			Element result = page.selectFirst("#result");
			assertThat(result).isNotNull();
			if (result.hasClass("notice--success")) {
				won++;
				assertThat(result.selectFirst("a[href^=/sesi/]")).isNotNull();
			}
			else {
				told++;
				assertThat(result.selectFirst("form").attr("action")).isEqualTo("/@" + host.handle() + "/tunggu");
			}
			assertThat(page.select("form[action$=/daftar], form[action$=/mundur]")).isEmpty();
		}
		assertThat(won).isEqualTo(2);
		assertThat(told).isEqualTo(1);
		assertThat(this.fixtures.page("/putaran/" + round.id(), null).selectFirst(".round__applicants").text())
			.isEqualTo("Pendaftar: 3 orang");
	}

	private static String sha256(String text) throws Exception {
		return HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
	}

}
