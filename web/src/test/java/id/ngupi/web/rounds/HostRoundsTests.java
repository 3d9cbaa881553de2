package id.ngupi.web.rounds;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

import id.ngupi.booking.Booking;
import id.ngupi.booking.BookingQueries;
import id.ngupi.booking.OpenSlot;
import id.ngupi.booking.OpenSlots;
import id.ngupi.hosting.Hosting;
import id.ngupi.identity.Account;
import id.ngupi.identity.Accounts;
import id.ngupi.rounds.Application;
import id.ngupi.rounds.ApplicationForm;
import id.ngupi.rounds.ApplyOutcome;
import id.ngupi.rounds.Picking;
import id.ngupi.rounds.Round;
import id.ngupi.rounds.RoundOutcome.Opened;
import id.ngupi.rounds.RoundPhase;
import id.ngupi.rounds.RoundPlan;
import id.ngupi.rounds.Rounds;
import id.ngupi.web.NgupiWebTest;
import id.ngupi.web.RunningTestClock;
import id.ngupi.web.booking.Bookers;
import id.ngupi.web.booking.Bookers.Host;
import id.ngupi.web.profile.Members;
import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A host opens a round through the form, reads its applications, picks while the round
 * waits for them, and calls a round off. Every refusal is told next to its field and
 * opens nothing; malformed input is a 4xx, never a 500; another member's round is not
 * found and stays as it was; no form works without its CSRF token.
 */
@NgupiWebTest
class HostRoundsTests {

	private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

	private static final Cookie ENGLISH = new Cookie("ngupi-lang", "en");

	private final MockMvc mvc;

	private final Rounds rounds;

	private final OpenSlots openSlots;

	private final BookingQueries queries;

	private final Hosting hosting;

	private final Bookers people;

	private final RunningTestClock clock;

	HostRoundsTests(@Autowired MockMvc mvc, @Autowired Accounts accounts, @Autowired Hosting hosting,
			@Autowired OpenSlots openSlots, @Autowired Rounds rounds, @Autowired BookingQueries queries,
			@Autowired RunningTestClock clock) {
		this.mvc = mvc;
		this.rounds = rounds;
		this.openSlots = openSlots;
		this.queries = queries;
		this.hosting = hosting;
		this.people = new Bookers(accounts, hosting, openSlots);
		this.clock = clock;
	}

	@AfterEach
	void letTimeRunAgain() {
		this.clock.reset();
	}

	@Test
	void opensARoundThroughTheFormAndHoldsItsTimes() throws Exception {
		Host host = this.people.host("putaran", false);
		List<Instant> times = times(host, 2);
		assertThat(bookableOnHostPage(host)).contains(times.get(0).toString());

		Document form = page("/settings/hosting/rounds/new", host.account());
		assertThat(form.select("input[name=offering]").val()).isEqualTo(host.offering().toString());
		assertThat(form.select("#roundForm input[name=times]").eachAttr("value")).contains(times.get(0).toString(),
				times.get(1).toString());
		assertThat(form.select(".hosting-nav a[aria-current=page]").text()).isEqualTo("Putaran");

		MvcResult opened = this.mvc
			.perform(roundForm(host, times, closes(Instant.now().plus(Duration.ofHours(1)))).with(csrf()))
			.andExpect(status().isFound())
			.andReturn();

		Round round = this.rounds.ofHost(host.account().id()).get(0);
		assertThat(opened.getResponse().getRedirectedUrl()).isEqualTo("/settings/hosting/rounds/" + round.id());
		assertThat(round.times()).extracting(time -> time.start()).containsExactlyElementsOf(times);
		assertThat(round.picking()).isEqualTo(Picking.DRAW);
		assertThat(this.openSlots.of(host.offering())).extracting(OpenSlot::start).doesNotContainAnyElementsOf(times);
		assertThat(bookableOnHostPage(host))
			.doesNotContainAnyElementsOf(times.stream().map(Instant::toString).toList());

		Document page = html(this.mvc
			.perform(get(opened.getResponse().getRedirectedUrl()).cookie(session(opened))
				.with(Members.as(host.account())))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(page.selectFirst("#notice").text()).startsWith("Putaran dibuka.");
		assertThat(page.selectFirst("#round-phase").text()).isEqualTo("Sedang buka pendaftaran");
		assertThat(page.select("#round-times li")).hasSize(2);
		assertThat(page.selectFirst("#round-public").attr("href")).isEqualTo("/putaran/" + round.id());
		String share = page.selectFirst("#round-share").attr("href");
		assertThat(share).startsWith("https://x.com/intent/post?text=2%20sesi%20Ngupi%20bareng")
			.contains("putaran%2F" + round.id());
		assertThat(page.select("#cancelForm")).hasSize(1);
		assertThat(page.select("#chooseForm")).isEmpty();

		Document list = page("/settings/hosting/rounds", host.account());
		assertThat(list.select(".round-list .session-item__title").attr("href"))
			.isEqualTo("/settings/hosting/rounds/" + round.id());
		assertThat(list.select("#new-round").text()).isEqualTo("Buka putaran baru");
	}

	@Test
	void explainsRoundsToAHostWhoNeverOpenedOneAndAsksForTheSessionTypeFirst() throws Exception {
		Host host = this.people.host("pertama", false);
		this.hosting.addOffering(host.account().id(), id.ngupi.hosting.OfferingChange.suggested("id")).orElseThrow();

		Document list = page("/settings/hosting/rounds", host.account());
		assertThat(list.selectFirst("#rounds-explained").text()).contains("Putaran membuka beberapa waktumu sekaligus");
		assertThat(list.select("#no-rounds")).hasSize(1);

		Document form = page("/settings/hosting/rounds/new", host.account());
		assertThat(form.select("#roundOfferingForm select[name=offering] option")).hasSize(2);
		assertThat(form.select("#roundForm")).isEmpty();

		Document chosen = page("/settings/hosting/rounds/new?offering=" + host.offering(), host.account());
		assertThat(chosen.select("#roundForm input[name=times]")).isNotEmpty();

		Document wrong = page("/settings/hosting/rounds/new?offering=bukan-id", host.account());
		assertThat(wrong.select("#roundForm")).isEmpty();
		assertThat(wrong.select("#offering-error li").text())
			.isEqualTo("Pilih salah satu jenis sesimu yang masih aktif.");
	}

	@Test
	void applicationsCloseTwoDaysBeforeTheFirstTimeUnlessTheHostSaysOtherwise() throws Exception {
		Host host = this.people.host("bawaan", false);
		Instant later = Instant.now().plus(Duration.ofDays(4));
		List<Instant> times = this.openSlots.of(host.offering())
			.stream()
			.map(OpenSlot::start)
			.filter(start -> start.isAfter(later))
			.limit(2)
			.toList();

		MockHttpServletRequestBuilder form = post("/settings/hosting/rounds/new")
			.param("offering", host.offering().toString())
			.param("times", times.get(0).toString(), times.get(1).toString())
			.param("closesDate", "")
			.param("closesTime", "")
			.param("picking", "host")
			.with(Members.as(host.account()));
		this.mvc.perform(form.with(csrf())).andExpect(status().isFound());

		Round round = this.rounds.ofHost(host.account().id()).get(0);
		assertThat(round.closesAt()).isEqualTo(times.get(0).minus(Duration.ofDays(2)));
		assertThat(round.picking()).isEqualTo(Picking.HOST);
	}

	@Test
	void aMemberWhoDoesNotHostIsSentToTurnHostingOnFirst() throws Exception {
		Account member = this.people.member("belumHost");

		this.mvc.perform(get("/settings/hosting/rounds").with(Members.as(member)))
			.andExpect(status().isFound())
			.andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/settings/hosting"));
		this.mvc.perform(get("/settings/hosting/rounds/new").with(Members.as(member))).andExpect(status().isFound());
		this.mvc.perform(get("/settings/hosting/rounds")).andExpect(status().isFound());
	}

	@Test
	void everyRefusalIsToldNextToItsFieldAndOpensNothing() throws Exception {
		Host host = this.people.host("tolak", false);
		Host other = this.people.host("lain", false);
		List<Instant> times = times(host, 2);
		String soon = closes(Instant.now().plus(Duration.ofHours(1)))[0];
		String soonTime = closes(Instant.now().plus(Duration.ofHours(1)))[1];

		assertThat(refused(roundForm(host, List.of(), soon, soonTime), "times"))
			.containsExactly("Pilih 1 sampai 10 waktu.");
		List<Instant> eleven = this.openSlots.of(host.offering()).stream().map(OpenSlot::start).limit(11).toList();
		assertThat(refused(roundForm(host, eleven, soon, soonTime), "times"))
			.containsExactly("Pilih 1 sampai 10 waktu.");
		assertThat(refused(roundForm(host, times, soon, soonTime).param("times", "bukan-waktu"), "times"))
			.containsExactly("Pilih 1 sampai 10 waktu.");
		assertThat(refused(roundForm(host, List.of(times.get(0).plusSeconds(60)), soon, soonTime), "times"))
			.singleElement()
			.satisfies(message -> assertThat(message).startsWith("Waktu ")
				.endsWith("sudah tidak terbuka. Pilih waktu lain."));
		assertThat(refused(roundForm(host, times, closes(times.get(0).plus(Duration.ofMinutes(30)))), "closesAt"))
			.singleElement()
			.satisfies(message -> assertThat(message).startsWith("Pendaftaran paling lambat ditutup "));
		assertThat(refused(roundForm(host, times, closes(Instant.now().minus(Duration.ofHours(2)))), "closesAt"))
			.containsExactly("Pendaftaran harus ditutup setelah dibuka, dan tidak di waktu yang sudah lewat.");
		assertThat(refused(roundForm(host, times, "2026-13-45", "25:99"), "closesAt"))
			.containsExactly("Isi tanggal dan jam penutupan yang benar, atau kosongkan keduanya untuk memakai bawaan.");
		assertThat(refused(roundForm(host, times, soon, soonTime).param("opensDate", "kemarin"), "opensAt"))
			.containsExactly("Isi tanggal dan jam pembukaan, atau kosongkan keduanya supaya langsung dibuka.");
		assertThat(refused(roundForm(host, times, soon, soonTime).param("picking", "lotre"), "picking"))
			.containsExactly("Pilih cara menentukan siapa yang dapat: undian atau kamu pilih sendiri.");
		assertThat(refused(roundForm(host, times, soon, soonTime).param("offering", other.offering().toString()),
				"offering"))
			.containsExactly("Pilih salah satu jenis sesimu.");

		MvcResult english = this.mvc.perform(roundForm(host, List.of(), soon, soonTime).cookie(ENGLISH).with(csrf()))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(html(english).select("#times-error li").eachText()).containsExactly("Choose 1 to 10 times.");

		this.hosting.pause(host.account().id());
		Document paused = html(this.mvc.perform(roundForm(host, times, soon, soonTime).with(csrf()))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(paused.selectFirst("#form-errors").text()).contains("Profil host-mu sedang dijeda");
		// what the host entered is kept
		assertThat(paused.select("#roundForm input[name=times][checked]").eachAttr("value"))
			.containsExactlyElementsOf(times.stream().map(Instant::toString).toList());
		assertThat(paused.selectFirst("#closesDate").val()).isEqualTo(soon);
		assertThat(paused.selectFirst("#closesTime").val()).isEqualTo(soonTime);

		assertThat(this.rounds.ofHost(host.account().id())).isEmpty();
		assertThat(this.openSlots.of(other.offering())).isNotEmpty();
	}

	@Test
	void aTimeAnotherRoundHoldsIsRefused() throws Exception {
		Host host = this.people.host("dua", false);
		List<Instant> times = times(host, 2);
		Round first = open(host, times, Picking.DRAW);

		List<String> messages = refused(roundForm(host, List.of(times.get(1)), closes(first.closesAt())), "times");

		assertThat(messages).singleElement()
			.satisfies(message -> assertThat(message).startsWith("Waktu ").doesNotContain("{0}"));
		assertThat(this.rounds.ofHost(host.account().id())).hasSize(1);
	}

	@Test
	void malformedInputIsAClientErrorNeverAServerError() throws Exception {
		Host host = this.people.host("rusak", false);
		Round round = open(host, times(host, 2), Picking.DRAW);
		String path = "/settings/hosting/rounds/" + round.id();

		this.mvc.perform(get("/settings/hosting/rounds/bukan-id").with(Members.as(host.account())))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/settings/hosting/rounds/" + "0".repeat(500)).with(Members.as(host.account())))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/settings/hosting/rounds/new").param("offering", "x".repeat(5000))
				.param("times", "2026-02-30T99:00:00Z")
				.param("closesDate", "\u0000")
				.param("closesTime", "jam")
				.param("picking", "")
				.with(Members.as(host.account()))
				.with(csrf()))
			.andExpect(status().isOk());
		MvcResult notNow = this.mvc
			.perform(post(path + "/choose").param("application", "bukan-id")
				.param("order", "satu")
				.with(Members.as(host.account()))
				.with(csrf()))
			.andExpect(status().isFound())
			.andReturn();
		assertThat(notice(notNow, host.account())).startsWith("Sekarang bukan waktunya memilih");
		Document control = html(this.mvc
			.perform(post(path + "/cancel").param("reason", "Maaf\u0007").with(Members.as(host.account())).with(csrf()))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(control.select("#reason-error li").text()).startsWith("Teks ini mengandung karakter kontrol");
		Document tooLong = html(this.mvc.perform(
				post(path + "/cancel").param("reason", "a".repeat(1001)).with(Members.as(host.account())).with(csrf()))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(tooLong.select("#reason-error li").text()).startsWith("Pesan ini terlalu panjang");
		assertThat(tooLong.selectFirst("#reason").text()).hasSize(1001);

		assertThat(this.rounds.find(round.id()).orElseThrow()).isEqualTo(round);
	}

	@Test
	void anotherMembersRoundIsNotFoundAndStaysAsItWas() throws Exception {
		Host host = this.people.host("punya", false);
		Round round = open(host, times(host, 2), Picking.HOST);
		String path = "/settings/hosting/rounds/" + round.id();
		Account otherHost = this.people.host("orangLain", false).account();
		Account member = this.people.member("bukanHost");

		for (Account stranger : List.of(otherHost, member)) {
			this.mvc.perform(get(path).with(Members.as(stranger))).andExpect(status().isNotFound());
			this.mvc.perform(post(path + "/cancel").param("reason", "Iseng").with(Members.as(stranger)).with(csrf()))
				.andExpect(status().isNotFound());
			this.mvc
				.perform(post(path + "/choose").param("application", round.id().toString())
					.param("order", "1")
					.with(Members.as(stranger))
					.with(csrf()))
				.andExpect(status().isNotFound());
		}
		this.mvc.perform(get(path)).andExpect(status().isFound());

		assertThat(this.rounds.find(round.id()).orElseThrow()).isEqualTo(round);
	}

	@Test
	void everyFormNeedsItsCsrfToken() throws Exception {
		Host host = this.people.host("csrf", false);
		List<Instant> times = times(host, 2);
		Round round = open(host, List.of(times.get(0)), Picking.DRAW);
		String path = "/settings/hosting/rounds/" + round.id();

		this.mvc.perform(roundForm(host, List.of(times.get(1)), closes(round.closesAt())))
			.andExpect(status().isForbidden());
		this.mvc.perform(post(path + "/cancel").param("reason", "Ada acara").with(Members.as(host.account())))
			.andExpect(status().isForbidden());
		this.mvc.perform(post(path + "/choose").with(Members.as(host.account()))).andExpect(status().isForbidden());

		assertThat(this.rounds.ofHost(host.account().id())).containsExactly(round);
	}

	@Test
	void theHostPicksOnceApplicationsCloseAndThePickedAreBooked() throws Exception {
		Host host = this.people.host("pilih", false);
		List<Instant> times = times(host, 2);
		Round round = open(host, times, Picking.HOST);
		String path = "/settings/hosting/rounds/" + round.id();
		Account dina = this.people.member("dinaPutaran");
		Account eka = this.people.member("ekaPutaran");
		assertThat(this.rounds.apply(dina.id(), round.id(),
				new ApplicationForm(List.of("karier"), Bookers.ANSWER + "\nBaris kedua.", List.of(times.get(1)))))
			.isEqualTo(ApplyOutcome.APPLIED);
		assertThat(this.rounds.apply(eka.id(), round.id(),
				new ApplicationForm(List.of("backend"), Bookers.ANSWER + " <b>tebal</b>", List.of())))
			.isEqualTo(ApplyOutcome.APPLIED);
		Application dinas = this.rounds.applicationOf(dina.id(), round.id()).orElseThrow();
		Application ekas = this.rounds.applicationOf(eka.id(), round.id()).orElseThrow();

		MvcResult early = this.mvc
			.perform(post(path + "/choose").param("application", dinas.id().toString())
				.param("order", "1")
				.with(Members.as(host.account()))
				.with(csrf()))
			.andExpect(status().isFound())
			.andReturn();
		assertThat(notice(early, host.account())).startsWith("Sekarang bukan waktunya memilih");

		this.clock.set(round.closesAt().plus(Duration.ofMinutes(1)));
		Document picking = page(path, host.account());
		assertThat(picking.selectFirst("#round-phase").text()).isEqualTo("Menunggu pilihanmu");
		assertThat(picking.select("#chooseForm input[name=order]")).hasSize(2);
		assertThat(picking.selectFirst("#applicant-" + ekas.id() + " .session-item__answer").html())
			.contains("&lt;b&gt;tebal&lt;/b&gt;");
		assertThat(picking.selectFirst("#applicant-" + dinas.id() + " .session-item__answer").wholeText())
			.contains("\nBaris kedua.");
		assertThat(picking.selectFirst("#applicant-" + ekas.id()).text()).contains("Bisa kapan saja");

		Document twice = html(this.mvc
			.perform(post(path + "/choose").param("application", dinas.id().toString(), ekas.id().toString())
				.param("order", "1", "1")
				.with(Members.as(host.account()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(twice.select("#order-error li").text())
			.isEqualTo("Isi urutan dengan angka 1 sampai 2, masing-masing sekali.");
		assertThat(twice.selectFirst("#order-" + ekas.id()).val()).isEqualTo("1");
		Document notANumber = html(this.mvc
			.perform(post(path + "/choose").param("application", "bukan-id", ekas.id().toString())
				.param("order", "satu", "")
				.with(Members.as(host.account()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(notANumber.select("#order-error li").text())
			.isEqualTo("Isi urutan dengan angka 1 sampai 2, masing-masing sekali.");
		Document none = html(this.mvc
			.perform(post(path + "/choose").param("application", dinas.id().toString(), ekas.id().toString())
				.param("order", "", "")
				.with(Members.as(host.account()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(none.select("#order-error li").text()).startsWith("Pilih setidaknya satu pendaftar.");
		assertThat(this.queries.asAttendee(dina.id())).isEmpty();

		MvcResult chosen = this.mvc
			.perform(post(path + "/choose").param("application", dinas.id().toString(), ekas.id().toString())
				.param("order", "", "1")
				.with(Members.as(host.account()))
				.with(csrf()))
			.andExpect(status().isFound())
			.andReturn();

		assertThat(chosen.getResponse().getRedirectedUrl()).isEqualTo(path);
		assertThat(notice(chosen, host.account())).startsWith("Pilihanmu tersimpan.");
		List<Booking> ekaBooked = this.queries.asAttendee(eka.id());
		assertThat(ekaBooked).singleElement().satisfies(booking -> assertThat(booking.start()).isEqualTo(times.get(0)));
		assertThat(this.queries.asAttendee(dina.id())).isEmpty();
		assertThat(this.rounds.find(round.id()).orElseThrow().phase(this.clock.instant()))
			.isEqualTo(RoundPhase.SETTLED);
		Document settled = page(path, host.account());
		assertThat(settled.select("#round-outcome li")).hasSize(2);
		assertThat(settled.select("#round-outcome li").first().text()).contains("dapat");
		assertThat(settled.select("#chooseForm, #cancelForm")).isEmpty();
	}

	@Test
	void callingARoundOffNeedsAReasonAndOpensItsTimesAgain() throws Exception {
		Host host = this.people.host("batal", false);
		List<Instant> times = times(host, 2);
		Round round = open(host, times, Picking.DRAW);
		String path = "/settings/hosting/rounds/" + round.id();

		Document blank = html(this.mvc
			.perform(post(path + "/cancel").param("reason", "   ").with(Members.as(host.account())).with(csrf()))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(blank.select("#reason-error li").text()).isEqualTo("Tulis alasannya. Pendaftar akan membacanya.");
		assertThat(this.rounds.find(round.id()).orElseThrow().cancelled()).isFalse();
		assertThat(this.openSlots.of(host.offering())).extracting(OpenSlot::start).doesNotContainAnyElementsOf(times);

		MvcResult cancelled = this.mvc
			.perform(post(path + "/cancel").param("reason", "Ada acara keluarga.\nMaaf ya.")
				.with(Members.as(host.account()))
				.with(csrf()))
			.andExpect(status().isFound())
			.andReturn();

		assertThat(notice(cancelled, host.account())).startsWith("Putaran dibatalkan.");
		Round after = this.rounds.find(round.id()).orElseThrow();
		assertThat(after.cancelled()).isTrue();
		assertThat(after.cancelReason()).contains("Ada acara keluarga.\nMaaf ya.");
		assertThat(this.openSlots.of(host.offering())).extracting(OpenSlot::start).containsAll(times);
		Document page = page(path, host.account());
		assertThat(page.selectFirst("#round-phase").text()).isEqualTo("Dibatalkan");
		assertThat(page.select("#cancelForm")).isEmpty();
	}

	/** The first open times of the host at least three hours ahead. */
	private List<Instant> times(Host host, int count) {
		Instant after = Instant.now().plus(Duration.ofHours(3));
		List<Instant> open = this.openSlots.of(host.offering())
			.stream()
			.map(OpenSlot::start)
			.filter(start -> start.isAfter(after))
			.limit(count)
			.toList();
		assertThat(open).hasSize(count);
		return open;
	}

	/** A round of the host's, opened through the facade, closing in an hour. */
	private Round open(Host host, List<Instant> times, Picking picking) {
		Instant closes = Instant.now().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.MINUTES);
		return ((Opened) this.rounds.open(host.account().id(),
				new RoundPlan(host.offering(), times, null, closes, picking, false)))
			.round();
	}

	private MockHttpServletRequestBuilder roundForm(Host host, List<Instant> times, String... closes) {
		MockHttpServletRequestBuilder request = post("/settings/hosting/rounds/new")
			.param("offering", host.offering().toString())
			.param("closesDate", closes[0])
			.param("closesTime", closes[1])
			.param("picking", "draw")
			.with(Members.as(host.account()));
		times.forEach(time -> request.param("times", time.toString()));
		return request;
	}

	/** The date and time fields of an instant in Jakarta. */
	private static String[] closes(Instant instant) {
		LocalDateTime local = LocalDateTime.ofInstant(instant, JAKARTA);
		return new String[] { local.toLocalDate().toString(), local.format(DateTimeFormatter.ofPattern("HH:mm")) };
	}

	/**
	 * The messages next to the field of a form that was refused, which opened nothing.
	 */
	private List<String> refused(MockHttpServletRequestBuilder request, String field) throws Exception {
		Document page = html(this.mvc.perform(request.with(csrf())).andExpect(status().isOk()).andReturn());
		return page.select("#" + field + "-error li").eachText();
	}

	/** The times the host's public page offers to book. */
	private List<String> bookableOnHostPage(Host host) throws Exception {
		return html(this.mvc.perform(get("/@" + host.handle())).andExpect(status().isOk()).andReturn())
			.select(".slot time")
			.eachAttr("datetime");
	}

	private Document page(String path, Account viewer) throws Exception {
		return html(this.mvc.perform(get(path).with(Members.as(viewer))).andExpect(status().isOk()).andReturn());
	}

	private String notice(MvcResult redirected, Account viewer) throws Exception {
		return html(this.mvc
			.perform(get(redirected.getResponse().getRedirectedUrl()).cookie(session(redirected))
				.with(Members.as(viewer)))
			.andExpect(status().isOk())
			.andReturn()).selectFirst("#notice").text();
	}

	private static Cookie session(MvcResult result) {
		return result.getResponse().getCookie("NGUPI_SESSION");
	}

	private static Document html(MvcResult result) throws Exception {
		return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
