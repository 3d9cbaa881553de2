package id.ngupi.web.rounds;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import id.ngupi.booking.OpenSlots;
import id.ngupi.hosting.Hosting;
import id.ngupi.identity.Account;
import id.ngupi.identity.Accounts;
import id.ngupi.rounds.Application;
import id.ngupi.rounds.Picking;
import id.ngupi.rounds.Round;
import id.ngupi.rounds.Rounds;
import id.ngupi.web.NgupiWebTest;
import id.ngupi.web.RunningTestClock;
import id.ngupi.web.booking.Bookers.Host;
import id.ngupi.web.profile.Members;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Applying to a round on its page: inside the window only, one application per member
 * that can be changed and withdrawn, every bad input refused with a message and nothing
 * stored, and nobody's application shown to anyone else.
 */
@NgupiWebTest
class RoundApplicationTests {

	private final MockMvc mvc;

	private final Rounds rounds;

	private final RunningTestClock clock;

	private final RoundFixtures fixtures;

	RoundApplicationTests(@Autowired MockMvc mvc, @Autowired Accounts accounts, @Autowired Hosting hosting,
			@Autowired OpenSlots openSlots, @Autowired Rounds rounds, @Autowired RunningTestClock clock) {
		this.mvc = mvc;
		this.rounds = rounds;
		this.clock = clock;
		this.fixtures = new RoundFixtures(accounts, hosting, openSlots, rounds, clock, mvc);
	}

	@AfterEach
	void realTime() {
		this.clock.reset();
	}

	@Test
	void aVisitorSeesTheRoundAndIsAskedToLogInComingBackHere() throws Exception {
		Host host = this.fixtures.host("putaran");
		Round round = this.fixtures.round(host, Picking.DRAW);

		Document page = this.fixtures.page("/putaran/" + round.id(), null);

		assertThat(page.selectFirst("h1").text()).contains("2 sesi Ngupi bareng");
		assertThat(page.select(".round__times time")).hasSize(2);
		assertThat(page.select(".round__times time").eachAttr("datetime"))
			.containsExactly(round.times().get(0).start().toString(), round.times().get(1).start().toString());
		assertThat(page.selectFirst(".round__hash").text()).isEqualTo(round.seedHash());
		assertThat(page.selectFirst("#round a[href^=/login]").attr("href"))
			.isEqualTo("/login?continue=/putaran/" + round.id());
		assertThat(page.selectFirst("#round a[href^=/login]").text()).isEqualTo("Masuk untuk mendaftar");
		assertThat(page.select("form[action$=/daftar]")).isEmpty();
		assertThat(page.select(".round__applicants")).as("how many applied is not told while the window is open")
			.isEmpty();
	}

	@Test
	void aMemberAppliesChangesAndWithdrawsInsideTheWindow() throws Exception {
		Host host = this.fixtures.host("ubah");
		Round round = this.fixtures.round(host, Picking.DRAW);
		Account member = this.fixtures.member("pendaftar");
		Document form = this.fixtures.page("/putaran/" + round.id(), member);
		assertThat(form.select("input[name=topics]").eachAttr("value")).containsExactly("karier", "backend");
		assertThat(form.select("select[name=ranked]")).hasSize(2);
		assertThat(form.selectFirst("label[for=ranked-1]").text()).isEqualTo("Pilihan 1");

		MvcResult applied = this.fixtures.apply(round, member, RoundFixtures.ANSWER,
				round.times().get(1).start().toString(), "");
		assertThat(applied.getResponse().getRedirectedUrl()).isEqualTo("/putaran/" + round.id());
		Application application = this.rounds.applicationOf(member.id(), round.id()).orElseThrow();
		assertThat(application.ranked()).containsExactly(round.times().get(1).start());

		Document mine = this.fixtures.page("/putaran/" + round.id(), member);
		assertThat(mine.selectFirst(".round__ticket").text()).isEqualTo(application.ticket());
		assertThat(mine.selectFirst(".round__mine .session__answer").text()).isEqualTo(RoundFixtures.ANSWER);
		assertThat(mine.selectFirst("#ranked-1 option[selected]").attr("value"))
			.isEqualTo(round.times().get(1).start().toString());
		assertThat(mine.selectFirst("#apply-title").text()).isEqualTo("Ubah pendaftaranmu");

		// applying again changes the one application
		MvcResult changed = this.fixtures.apply(round, member, RoundFixtures.ANSWER + " Lagi.");
		assertThat(changed.getResponse().getRedirectedUrl()).isEqualTo("/putaran/" + round.id());
		Application updated = this.rounds.applicationOf(member.id(), round.id()).orElseThrow();
		assertThat(updated.id()).isEqualTo(application.id());
		assertThat(updated.ticket()).isEqualTo(application.ticket());
		assertThat(updated.anyTime()).isTrue();

		this.mvc.perform(post("/putaran/" + round.id() + "/mundur").with(Members.as(member)).with(csrf()))
			.andExpect(status().isFound());
		assertThat(this.rounds.applicationOf(member.id(), round.id())).isEmpty();
	}

	@Test
	void beforeTheWindowOpensAndAfterItClosesNothingIsStored() throws Exception {
		Host host = this.fixtures.host("jendela");
		Instant now = this.clock.instant();
		Round round = this.fixtures.round(host, Picking.DRAW, now.plus(Duration.ofHours(1)),
				now.plus(Duration.ofHours(2)));
		Account member = this.fixtures.member("awal");

		Document upcoming = this.fixtures.page("/putaran/" + round.id(), member);
		assertThat(upcoming.select("form[action$=/daftar]")).isEmpty();
		assertThat(upcoming.selectFirst(".round__opens")).isNotNull();
		MvcResult early = this.fixtures.apply(round, member, RoundFixtures.ANSWER);
		assertThat(early.getResponse().getRedirectedUrl()).isEqualTo("/putaran/" + round.id());
		assertThat(this.rounds.applicationOf(member.id(), round.id())).isEmpty();
		Document told = RoundFixtures.html(
				this.mvc
					.perform(get("/putaran/" + round.id()).with(Members.as(member))
						.cookie(early.getResponse().getCookie("NGUPI_SESSION")))
					.andReturn());
		assertThat(told.selectFirst("#notice").text()).startsWith("Pendaftaran putaran ini sedang tidak dibuka");

		this.clock.set(round.closesAt().plusSeconds(1));
		this.fixtures.apply(round, member, RoundFixtures.ANSWER);
		assertThat(this.rounds.applicationOf(member.id(), round.id())).isEmpty();
	}

	@Test
	void theHostCannotApplyToTheirOwnRound() throws Exception {
		Host host = this.fixtures.host("sendiri");
		Round round = this.fixtures.round(host, Picking.DRAW);

		Document page = this.fixtures.page("/putaran/" + round.id(), host.account());
		assertThat(page.select("form[action$=/daftar]")).isEmpty();

		this.fixtures.apply(round, host.account(), RoundFixtures.ANSWER);
		assertThat(this.rounds.applicationOf(host.account().id(), round.id())).isEmpty();
	}

	@Test
	void badInputIsRefusedWithAMessageKeepingWhatWasTyped() throws Exception {
		Host host = this.fixtures.host("salah");
		Round round = this.fixtures.round(host, Picking.DRAW);
		Account member = this.fixtures.member("keliru");
		String path = "/putaran/" + round.id() + "/daftar";

		MvcResult tooShort = this.fixtures.apply(round, member, "Pendek.");
		assertThat(tooShort.getResponse().getStatus()).isEqualTo(422);
		Document shortPage = RoundFixtures.html(tooShort);
		assertThat(shortPage.select("#answer-error li").text()).contains("minimal 50");
		assertThat(shortPage.selectFirst("#answer").text()).isEqualTo("Pendek.");
		assertThat(shortPage.selectFirst("#anyTime").hasAttr("checked")).isTrue();

		assertThat(this.fixtures.apply(round, member, RoundFixtures.ANSWER.repeat(30)).getResponse().getStatus())
			.isEqualTo(422);
		assertThat(this.fixtures.apply(round, member, RoundFixtures.ANSWER + "\u0007").getResponse().getStatus())
			.isEqualTo(422);

		Document unknownTopic = RoundFixtures.html(
				this.mvc
					.perform(post(path).with(Members.as(member))
						.with(csrf())
						.param("topics", "memasak")
						.param("answer", RoundFixtures.ANSWER)
						.param("anyTime", "true"))
					.andExpect(status().isUnprocessableContent())
					.andReturn());
		assertThat(unknownTopic.select("#topics-error li").text()).isEqualTo("Pilih topik dari topik host.");

		MvcResult unknownTime = this.fixtures.apply(round, member, RoundFixtures.ANSWER,
				round.times().get(0).start().plusSeconds(60).toString());
		assertThat(unknownTime.getResponse().getStatus()).isEqualTo(422);
		assertThat(RoundFixtures.html(unknownTime).select("#ranked-error li").text())
			.isEqualTo("Pilih waktu dari daftar putaran ini.");

		MvcResult mangled = this.fixtures.apply(round, member, RoundFixtures.ANSWER, "besok sore");
		assertThat(mangled.getResponse().getStatus()).isEqualTo(422);
		assertThat(RoundFixtures.html(mangled).select("#ranked-error li").text())
			.isEqualTo("Pilih waktu dari daftar putaran ini.");

		MvcResult noTime = this.fixtures.apply(round, member, RoundFixtures.ANSWER, "", "");
		assertThat(noTime.getResponse().getStatus()).isEqualTo(422);
		assertThat(RoundFixtures.html(noTime).select("#ranked-error li").text()).contains("kapan saja");

		assertThat(this.rounds.applicationOf(member.id(), round.id())).isEmpty();
	}

	@Test
	void aVisitorsFormGoesToTheLoginAndAFormWithoutTokenIsForbidden() throws Exception {
		Host host = this.fixtures.host("tamu");
		Round round = this.fixtures.round(host, Picking.DRAW);
		Account member = this.fixtures.member("tanpatoken");

		this.mvc
			.perform(post("/putaran/" + round.id() + "/daftar").with(csrf())
				.param("topics", "karier")
				.param("answer", RoundFixtures.ANSWER)
				.param("anyTime", "true"))
			.andExpect(status().isFound())
			.andExpect(result -> assertThat(result.getResponse().getRedirectedUrl())
				.isEqualTo("/login?continue=/putaran/" + round.id()));
		this.mvc.perform(post("/putaran/" + round.id() + "/mundur").with(csrf()))
			.andExpect(result -> assertThat(result.getResponse().getRedirectedUrl())
				.isEqualTo("/login?continue=/putaran/" + round.id()));

		this.mvc
			.perform(post("/putaran/" + round.id() + "/daftar").with(Members.as(member))
				.param("topics", "karier")
				.param("answer", RoundFixtures.ANSWER)
				.param("anyTime", "true"))
			.andExpect(status().isForbidden());
		assertThat(this.rounds.applicationOf(member.id(), round.id())).isEmpty();
	}

	@Test
	void aMalformedOrUnknownRoundIsNotFound() throws Exception {
		Account member = this.fixtures.member("hilang");
		for (String path : new String[] { "/putaran/bukan-id", "/putaran/" + java.util.UUID.randomUUID(),
				"/putaran/bukan-id/undian", "/putaran/bukan-id/kartu.png" }) {
			MvcResult result = this.mvc.perform(get(path)).andReturn();
			assertThat(result.getResponse().getStatus()).as(path).isEqualTo(404);
		}
		this.mvc.perform(post("/putaran/bukan-id/daftar").with(Members.as(member)).with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void theNumberOfApplicantsIsToldOnlyOnceTheWindowClosed() throws Exception {
		Host host = this.fixtures.host("hitung");
		Round round = this.fixtures.round(host, Picking.HOST);
		this.fixtures.apply(round, this.fixtures.member("satu"), RoundFixtures.ANSWER);
		this.fixtures.apply(round, this.fixtures.member("dua"), RoundFixtures.ANSWER);

		assertThat(this.fixtures.page("/putaran/" + round.id(), null).select(".round__applicants")).isEmpty();

		this.clock.set(round.closesAt().plusSeconds(1));
		Document closed = this.fixtures.page("/putaran/" + round.id(), null);
		assertThat(closed.selectFirst(".round__applicants").text()).isEqualTo("Pendaftar: 2 orang");
		assertThat(closed.selectFirst(".round__phase").text()).isEqualTo("Pendaftaran ditutup, host sedang memilih");
	}

	@Test
	void aStrangerSeesNobodysApplication() throws Exception {
		Host host = this.fixtures.host("rahasia");
		Round round = this.fixtures.round(host, Picking.DRAW);
		Account applicant = this.fixtures.member("pelamar");
		Account stranger = this.fixtures.member("orangasing");
		String secret = RoundFixtures.ANSWER + " Rahasia sekali.";
		this.fixtures.apply(round, applicant, secret);
		Optional<Application> application = this.rounds.applicationOf(applicant.id(), round.id());
		assertThat(application).isPresent();

		for (Account viewer : new Account[] { stranger, null }) {
			Document page = RoundFixtures.html(
					this.mvc
						.perform((viewer != null) ? get("/putaran/" + round.id()).with(Members.as(viewer))
								: get("/putaran/" + round.id()))
						.andReturn());
			assertThat(page.text()).doesNotContain("Rahasia sekali");
			assertThat(page.select(".round__mine, .round__ticket")).isEmpty();
		}
		// the stranger cannot withdraw it either
		this.mvc.perform(post("/putaran/" + round.id() + "/mundur").with(Members.as(stranger)).with(csrf()))
			.andExpect(status().isFound());
		assertThat(this.rounds.applicationOf(applicant.id(), round.id())).isPresent();
	}

}
