package id.ngupi.web.account;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import id.ngupi.booking.OpenSlots;
import id.ngupi.hosting.Hosting;
import id.ngupi.identity.Account;
import id.ngupi.identity.Accounts;
import id.ngupi.rounds.ApplicationForm;
import id.ngupi.rounds.ApplyOutcome;
import id.ngupi.rounds.Picking;
import id.ngupi.rounds.Round;
import id.ngupi.rounds.RoundOutcome;
import id.ngupi.rounds.RoundPlan;
import id.ngupi.rounds.Rounds;
import id.ngupi.web.NgupiWebTest;
import id.ngupi.web.booking.Bookers;
import id.ngupi.web.booking.Bookers.Host;
import id.ngupi.web.profile.Members;
import id.ngupi.web.support.Links;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The export holds the rounds a member applied to, with what they wrote, and the rounds a
 * host opened; never another applicant's application, nor the seed before the draw.
 */
@NgupiWebTest
class RoundsExportTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final String MINE = "Aku ingin tahu cara pindah dari QA ke backend dan belajar Go dari nol bersama.";

	private static final String THEIRS = "Jawaban orang lain yang tidak boleh muncul di berkas unduhan siapa pun juga.";

	private final MockMvc mvc;

	private final Rounds rounds;

	private final Bookers bookers;

	RoundsExportTests(@Autowired MockMvc mvc, @Autowired Rounds rounds, @Autowired Accounts accounts,
			@Autowired Hosting hosting, @Autowired OpenSlots openSlots) {
		this.mvc = mvc;
		this.rounds = rounds;
		this.bookers = new Bookers(accounts, hosting, openSlots);
	}

	@Test
	void holdsTheRoundsAMemberAppliedToAndTheRoundsAHostOpened() throws Exception {
		Host host = this.bookers.host("putri", false);
		List<Instant> open = this.bookers.open(host);
		RoundOutcome opened = this.rounds.open(host.account().id(), new RoundPlan(host.offering(),
				List.of(open.get(0), open.get(1)), null, Instant.now().plus(Duration.ofHours(2)), Picking.DRAW, false));
		Round round = ((RoundOutcome.Opened) opened).round();
		Account member = this.bookers.member("rina");
		Account other = this.bookers.member("budi");
		assertThat(this.rounds.apply(member.id(), round.id(),
				new ApplicationForm(List.of("karier"), MINE, List.of(open.get(1)))))
			.isEqualTo(ApplyOutcome.APPLIED);
		this.rounds.apply(other.id(), round.id(), new ApplicationForm(List.of("karier"), THEIRS, List.of()));

		String mine = download(member);
		JsonNode applications = json.readTree(mine).get("rounds").get("applications");
		assertThat(applications).hasSize(1);
		JsonNode application = applications.get(0);
		assertThat(application.get("answer").asString()).isEqualTo(MINE);
		assertThat(application.get("ticket").asString()).matches("[0-9A-F]{8}");
		assertThat(application.get("rankedTimes").get(0).asString()).isEqualTo(open.get(1).toString());
		assertThat(application.get("outcome").isNull()).as("not settled yet").isTrue();
		assertThat(application.get("round").get("hostHandle").asString()).isEqualTo(host.account().handle().value());
		assertThat(application.get("round").get("offering").asString()).isEqualTo("Ngupi 30 menit");
		assertThat(application.get("round").get("seedHash").asString()).isEqualTo(round.seedHash());
		assertThat(application.get("round").get("seed").isNull()).as("secret until the draw").isTrue();
		assertThat(json.readTree(mine).get("rounds").get("hosted")).isEmpty();
		assertThat(mine).doesNotContain(THEIRS);

		String hosts = download(host.account());
		JsonNode hosted = json.readTree(hosts).get("rounds").get("hosted");
		assertThat(hosted).hasSize(1);
		assertThat(hosted.get(0).get("id").asString()).isEqualTo(round.id().toString());
		assertThat(hosted.get(0).get("picking").asString()).isEqualTo("draw");
		assertThat(hosted.get(0).get("times")).hasSize(2);
		assertThat(hosts).as("applicants' words are theirs, not the host's")
			.doesNotContain(MINE)
			.doesNotContain(THEIRS);
	}

	private String download(Account member) throws Exception {
		return this.mvc.perform(get(Links.SETTINGS_ACCOUNT_EXPORT).with(Members.as(member)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
