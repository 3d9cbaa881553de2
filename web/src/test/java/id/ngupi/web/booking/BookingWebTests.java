package id.ngupi.web.booking;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import id.ngupi.booking.Booking;
import id.ngupi.booking.BookingStatus;
import id.ngupi.booking.BookingQueries;
import id.ngupi.booking.OpenSlots;
import id.ngupi.hosting.Hosting;
import id.ngupi.identity.Account;
import id.ngupi.identity.Accounts;
import id.ngupi.web.NgupiWebTest;
import id.ngupi.web.booking.Bookers.Host;
import id.ngupi.web.profile.Members;
import id.ngupi.web.support.Links;
import id.ngupi.web.time.TimeFormat;
import jakarta.servlet.http.Cookie;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Booking on the site: the form and its outcomes, the member's sessions, the host's
 * dashboard, and the page of a session with the meeting link only its two participants
 * see.
 */
@NgupiWebTest
class BookingWebTests {

	private final MockMvc mvc;

	private final BookingQueries queries;

	private final Bookers people;

	BookingWebTests(@Autowired MockMvc mvc, @Autowired Accounts accounts, @Autowired Hosting hosting,
			@Autowired OpenSlots openSlots, @Autowired BookingQueries queries) {
		this.mvc = mvc;
		this.queries = queries;
		this.people = new Bookers(accounts, hosting, openSlots);
	}

	@Test
	void showsTheFormWithTheHostsRulesTopicsAndQuestion() throws Exception {
		Host host = this.people.host("rules", true);
		Account attendee = this.people.member("siti");
		Instant start = this.people.open(host).get(0);

		Document form = Bookers.html(ok(get(host.formPath()).param("start", start.toString()).with(as(attendee))));

		assertThat(form.selectFirst(".booking-form__time time").attr("datetime")).isEqualTo(start.toString());
		assertThat(form.select("input[name=topics]").eachAttr("value")).containsExactly("karier", "backend");
		assertThat(form.selectFirst("label[for=answer]").text()).isEqualTo(Bookers.QUESTION);
		assertThat(UUID.fromString(form.selectFirst("input[name=requestKey]").attr("value"))).isNotNull();
		assertThat(form.select(".booking-form__rules li").eachText()).contains("Durasi 30 menit",
				"Host menyetujui tiap permintaan dulu");
		assertThat(form.selectFirst("#answer-hint").text()).isEqualTo("Minimal 50 dan maksimal 2.000 karakter.");
		assertThat(form.selectFirst("#answer").hasAttr("maxlength")).as("a long paste is not cut without a word")
			.isFalse();
		Element counter = form.selectFirst("#answer-counter");
		assertThat(counter.attr("data-counter-for")).isEqualTo("answer");
		assertThat(counter.attr("data-min")).isEqualTo("50");
		assertThat(counter.attr("data-max")).isEqualTo("2000");
		assertThat(counter.attr("data-count")).isEqualTo("{0} dari {1} karakter");
		assertThat(counter.hasAttr("hidden")).as("shown by counter.js, so never empty without it").isTrue();
	}

	@Test
	void bookingAConfirmedSessionLandsOnItsPage() throws Exception {
		Host host = this.people.host("confirm", false);
		Account attendee = this.people.member("budi");
		Instant start = this.people.open(host).get(0);

		MvcResult booked = submit(host, attendee, start, UUID.randomUUID(), Bookers.ANSWER, "karier");

		Booking booking = only(attendee);
		assertThat(booked.getResponse().getRedirectedUrl()).isEqualTo("/sesi/" + booking.id());
		assertThat(booking.status()).isEqualTo(BookingStatus.CONFIRMED);
		Document page = Bookers.html(ok(get("/sesi/" + booking.id()).cookie(session(booked)).with(as(attendee))));
		assertThat(page.selectFirst("#notice").text()).startsWith("Terkonfirmasi");
		assertThat(page.select(".status").text()).isEqualTo("Terkonfirmasi");
		assertThat(page.selectFirst(".session__answer").text()).isEqualTo(Bookers.ANSWER);
	}

	@Test
	void aBookingTheHostApprovesWaitsAndTheHostApprovesFromTheDashboard() throws Exception {
		Host host = this.people.host("approve", true);
		Account attendee = this.people.member("citra");
		Instant start = this.people.open(host).get(1);

		MvcResult booked = submit(host, attendee, start, UUID.randomUUID(), Bookers.ANSWER, "karier", "backend");
		Booking booking = only(attendee);
		assertThat(booking.status()).isEqualTo(BookingStatus.PENDING);
		Document page = Bookers.html(ok(get("/sesi/" + booking.id()).cookie(session(booked)).with(as(attendee))));
		assertThat(page.selectFirst("#notice").text()).startsWith("Menunggu persetujuan host");

		Document mine = Bookers.html(ok(get("/sesi").with(as(attendee))));
		assertThat(mine.select(".sessions__waiting .session-item")).hasSize(1);

		Document dashboard = Bookers.html(ok(get("/sesi/host").with(as(host.account()))));
		assertThat(dashboard.select(".sessions__waiting .session-item__answer").text()).isEqualTo(Bookers.ANSWER);
		assertThat(dashboard.select(".sessions__waiting .chip").eachText()).containsExactly("Karier", "Backend");
		// approving is the form's action; declining asks first, on its own page
		Element respond = dashboard.selectFirst(".sessions__waiting form.session-item__respond");
		assertThat(respond.attr("action")).isEqualTo("/sesi/" + booking.id() + "/setujui");
		assertThat(respond.selectFirst("a.session-item__decline").attr("href"))
			.isEqualTo("/sesi/" + booking.id() + "/tolak");
		assertThat(respond.selectFirst("textarea[name=message]")).isNotNull();

		this.mvc
			.perform(post("/sesi/" + booking.id() + "/setujui").param("message", "Sampai ketemu!")
				.with(as(host.account()))
				.with(csrf()))
			.andExpect(status().isFound());
		assertThat(only(attendee).status()).isEqualTo(BookingStatus.CONFIRMED);
		assertThat(only(attendee).hostMessage()).isEqualTo("Sampai ketemu!");
		Document approved = Bookers.html(ok(get("/sesi/" + booking.id()).with(as(attendee))));
		assertThat(approved.selectFirst(".session__host-message").text()).isEqualTo("Sampai ketemu!");
	}

	@Test
	void theSameFormSentTwiceBooksOnce() throws Exception {
		Host host = this.people.host("twice", false);
		Account attendee = this.people.member("dodi");
		Instant start = this.people.open(host).get(0);
		UUID key = UUID.randomUUID();

		MvcResult first = submit(host, attendee, start, key, Bookers.ANSWER, "karier");
		MvcResult second = submit(host, attendee, start, key, Bookers.ANSWER, "karier");

		assertThat(second.getResponse().getRedirectedUrl()).isEqualTo(first.getResponse().getRedirectedUrl());
		Booking booking = only(attendee);
		Document page = Bookers.html(ok(get("/sesi/" + booking.id()).cookie(session(second)).with(as(attendee))));
		assertThat(page.selectFirst("#notice").text()).contains("sudah memesan");
	}

	@Test
	void aForgedTimeIsRefusedAndNothingIsSaved() throws Exception {
		Host host = this.people.host("forged", false);
		Account attendee = this.people.member("eko");
		Instant forged = this.people.open(host).get(0).plusSeconds(7 * 60);

		Document page = Bookers.html(refused(host, attendee, forged, Bookers.ANSWER, "karier"));

		assertThat(page.selectFirst("#refusal").text()).contains("Host tidak membuka waktu ini");
		assertThat(this.queries.asAttendee(attendee.id())).isEmpty();
	}

	@Test
	void topicsNotTheHostsOrATooShortAnswerAreShownNextToTheFormAndNothingIsSaved() throws Exception {
		Host host = this.people.host("topics", false);
		Account attendee = this.people.member("fajar");
		Instant start = this.people.open(host).get(0);

		Document foreign = Bookers.html(refused(host, attendee, start, Bookers.ANSWER, "frontend"));
		assertThat(foreign.selectFirst("#refusal p").text()).isEqualTo("Pilih topik dari daftar topik host.");

		Document shortAnswer = Bookers.html(refused(host, attendee, start, "Mau ngobrol.", "karier"));
		assertThat(shortAnswer.select("#answer-error li").eachText())
			.containsExactly("Ceritakan minimal 50 dan maksimal 2.000 karakter.");
		assertThat(shortAnswer.selectFirst("textarea[name=answer]").text()).isEqualTo("Mau ngobrol.");
		assertThat(shortAnswer.selectFirst("input[name=topics][value=karier]").hasAttr("checked")).isTrue();

		Document none = Bookers.html(refused(host, attendee, start, Bookers.ANSWER));
		assertThat(none.select("#topics-error li").eachText())
			.containsExactly("Pilih 1 sampai 3 topik dari topik host.");

		Document english = Bookers.html(
				this.mvc
					.perform(form(host, attendee, start, UUID.randomUUID(), "Too short.", "karier")
						.cookie(new Cookie("ngupi-lang", "en")))
					.andExpect(status().isOk())
					.andReturn());
		assertThat(english.select("#answer-error li").eachText())
			.containsExactly("Write at least 50 and at most 2,000 characters.");

		assertThat(this.queries.asAttendee(attendee.id())).isEmpty();
	}

	@Test
	void aTimeJustTakenSaysSoAndOffersOtherTimes() throws Exception {
		Host host = this.people.host("taken", false);
		Account first = this.people.member("gita");
		Account second = this.people.member("hadi");
		List<Instant> open = this.people.open(host);
		Instant start = open.get(0);
		submit(host, first, start, UUID.randomUUID(), Bookers.ANSWER, "karier");

		Document page = Bookers.html(refused(host, second, start, Bookers.ANSWER, "karier"));

		assertThat(page.selectFirst("#refusal p").text()).isEqualTo("Waktu ini baru saja dipesan orang lain.");
		List<String> alternatives = page.select(".booking-form__alternatives a").eachAttr("href");
		assertThat(alternatives).isNotEmpty()
			.allMatch(href -> href.startsWith(host.formPath() + "?start="))
			.noneMatch(href -> href.endsWith(start.toString()));
		assertThat(page.selectFirst("textarea[name=answer]").text()).isEqualTo(Bookers.ANSWER);
		assertThat(this.queries.asAttendee(second.id())).isEmpty();
	}

	@Test
	void theHostCannotBookTheirOwnOffering() throws Exception {
		Host host = this.people.host("own", false);
		Instant start = this.people.open(host).get(0);

		Document page = Bookers
			.html(ok(get(host.formPath()).param("start", start.toString()).with(as(host.account()))));

		assertThat(page.selectFirst("#refusal").text()).contains("Ini jenis sesimu sendiri");
		assertThat(page.select("form[action=" + host.formPath() + "]")).isEmpty();
	}

	@Test
	void aVisitorLogsInFirstAndIsToldToComeBackToThePageTheyOpened() throws Exception {
		Host host = this.people.host("visitor", false);
		Instant start = this.people.open(host).get(0);
		String form = host.formPath() + "?start=" + start;

		for (String path : List.of(form, "/sesi", "/sesi/host")) {
			MvcResult result = this.mvc.perform(get(path)).andExpect(status().isFound()).andReturn();
			assertThat(result.getResponse().getRedirectedUrl()).as(path).isEqualTo(Links.login(path));
			assertThat(result.getRequest().getSession(false)).as("a visitor sent away gets no session").isNull();
		}
		assertThat(Links.login(form)).as("the time travels with the login")
			.isEqualTo("/login?continue=" + host.formPath() + "?start%3D" + start);
	}

	@Test
	void theHostPageLinksEachOpenSlotToTheBookingForm() throws Exception {
		Host host = this.people.host("links", false);
		Account attendee = this.people.member("ika");
		Instant taken = this.people.open(host).get(0);
		submit(host, attendee, taken, UUID.randomUUID(), Bookers.ANSWER, "karier");

		Document page = Bookers.html(ok(get("/@" + host.handle())));
		List<String> links = page.select(".slot a").eachAttr("href");
		assertThat(links).isNotEmpty().allMatch(href -> href.startsWith(host.formPath() + "?start="));
		Document all = Bookers.html(ok(get("/@" + host.handle() + "/ngupi/" + host.offering())));
		assertThat(all.select(".slot time").eachAttr("datetime")).as("a booked time is no longer open")
			.doesNotContain(taken.toString());
	}

	@Test
	void someoneElsesSessionIsNotFoundAndTheOtherSidesActionsAreForbiddenAndNothingChanges() throws Exception {
		Host host = this.people.host("others", false);
		Account attendee = this.people.member("joko");
		Account stranger = this.people.member("kiki");
		submit(host, attendee, this.people.open(host).get(0), UUID.randomUUID(), Bookers.ANSWER, "karier");
		Booking booking = only(attendee);

		this.mvc
			.perform(post("/sesi/" + booking.id() + "/batal").param("reason", "iseng").with(as(stranger)).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/sesi/" + booking.id() + "/tautan").param("url", "https://evil.example/x")
				.with(as(attendee))
				.with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/sesi/" + booking.id() + "/setujui").with(as(attendee)).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/sesi/" + booking.id() + "/jadwal-ulang").param("start", booking.start().toString())
				.param("requestKey", UUID.randomUUID().toString())
				.with(as(host.account()))
				.with(csrf()))
			.andExpect(status().isForbidden());

		Booking after = only(attendee);
		assertThat(after.status()).isEqualTo(BookingStatus.CONFIRMED);
		assertThat(after.start()).isEqualTo(booking.start());
		assertThat(after.sequence()).isEqualTo(booking.sequence());
		assertThat(this.queries.meetingLink(attendee.id(), booking.id())).get(STRING).doesNotContain("evil");
	}

	@Test
	void aHostCancelsOnlyWithAReason() throws Exception {
		Host host = this.people.host("reason", false);
		Account attendee = this.people.member("lina");
		submit(host, attendee, this.people.open(host).get(0), UUID.randomUUID(), Bookers.ANSWER, "karier");
		Booking booking = only(attendee);

		Document refused = Bookers.html(this.mvc
			.perform(
					post("/sesi/" + booking.id() + "/batal").param("reason", " ").with(as(host.account())).with(csrf()))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(refused.select("#reason-error li").eachText())
			.containsExactly("Sebagai host, tulis alasan pembatalan untuk peserta.");
		assertThat(only(attendee).status()).isEqualTo(BookingStatus.CONFIRMED);

		this.mvc.perform(
				post("/sesi/" + booking.id() + "/batal").param("reason", "Sakit").with(as(host.account())).with(csrf()))
			.andExpect(status().isFound());
		assertThat(only(attendee).status()).isEqualTo(BookingStatus.CANCELLED);
		assertThat(only(attendee).cancelReason()).isEqualTo("Sakit");
	}

	@Test
	void theMeetingLinkIsOnlyForTheTwoParticipantsOnTheSessionsPage() throws Exception {
		Host host = this.people.host("meet", false);
		Account attendee = this.people.member("maya");
		Account stranger = this.people.member("nina");
		Instant start = this.people.open(host).get(0);
		submit(host, attendee, start, UUID.randomUUID(), Bookers.ANSWER, "karier");
		Booking booking = only(attendee);
		String own = "https://meet.google.com/khusus-sesi-ini";

		Document notHttps = Bookers.html(
				this.mvc
					.perform(post("/sesi/" + booking.id() + "/tautan").param("url", "http://meet.google.com/x")
						.with(as(host.account()))
						.with(csrf()))
					.andExpect(status().isOk())
					.andReturn());
		assertThat(notHttps.select("#url ~ .field__errors li").eachText())
			.as("the booking module's rule, in its own words")
			.containsExactly("Masukkan tautan lengkap yang diawali https://");
		Document tooLong = Bookers.html(
				this.mvc
					.perform(post("/sesi/" + booking.id() + "/tautan")
						.param("url", "https://meet.google.com/" + "a".repeat(300))
						.with(as(host.account()))
						.with(csrf()))
					.andExpect(status().isOk())
					.andReturn());
		assertThat(tooLong.select("#url ~ .field__errors li").eachText())
			.containsExactly("Tautan terlalu panjang (maksimal 300 karakter).");
		assertThat(tooLong.selectFirst("#url").attr("value")).as("what was typed stays, never cut").hasSize(324);
		this.mvc
			.perform(post("/sesi/" + booking.id() + "/tautan").param("url", own).with(as(host.account())).with(csrf()))
			.andExpect(status().isFound());

		for (Account participant : List.of(attendee, host.account())) {
			Document page = Bookers.html(ok(get("/sesi/" + booking.id()).with(as(participant))));
			assertThat(page.selectFirst("a.meeting-link").attr("href")).isEqualTo(own);
		}
		List<MockHttpServletRequestBuilder> elsewhere = List.of(get("/@" + host.handle()),
				get("/@" + host.handle()).with(as(stranger)), get("/@" + host.handle() + "/ngupi/" + host.offering()),
				get("/").param("q", "Ngobrol"), get("/sesi").with(as(attendee)),
				get("/sesi/host").with(as(host.account())), get("/sesi").with(as(stranger)),
				get("/sesi").with(as(attendee)).header("HX-Request", "true"),
				get(host.formPath()).param("start", start.toString()).with(as(stranger)));
		for (MockHttpServletRequestBuilder request : elsewhere) {
			String source = Bookers.text(ok(request));
			assertThat(source).doesNotContain(own, Bookers.HOST_MEETING, "meet.google.com");
		}
		String notFound = Bookers.text(this.mvc.perform(get("/sesi/" + booking.id()).with(as(stranger)))
			.andExpect(status().isNotFound())
			.andReturn());
		assertThat(notFound).doesNotContain(own, Bookers.ANSWER);
	}

	@Test
	void eachParticipantSeesTheSameInstantInTheirOwnZone() throws Exception {
		Host host = this.people.host("zones", false);
		Account attendee = this.people.member("anneke", "Europe/Amsterdam");
		Instant start = this.people.open(host).get(0);
		submit(host, attendee, start, UUID.randomUUID(), Bookers.ANSWER, "karier");
		Booking booking = only(attendee);

		String amsterdam = new TimeFormat(ZoneId.of("Europe/Amsterdam"), Locale.forLanguageTag("id")).time(start);
		String jakarta = new TimeFormat(ZoneId.of("Asia/Jakarta"), Locale.forLanguageTag("id")).time(start);
		// a winter date: Amsterdam is on CET, six hours behind Jakarta's evening
		assertThat(amsterdam).matches("1[345]\\.[03]0 CET");
		assertThat(jakarta).matches("(19|20)\\.[03]0 WIB");

		Document attendeeView = Bookers.html(ok(get("/sesi/" + booking.id()).with(as(attendee))));
		Document hostView = Bookers.html(ok(get("/sesi/" + booking.id()).with(as(host.account()))));
		assertThat(attendeeView.selectFirst(".session__time time").text()).endsWith(amsterdam);
		assertThat(attendeeView.selectFirst(".session__time .slot__host").text()).contains(jakarta);
		assertThat(hostView.selectFirst(".session__time time").text()).endsWith(jakarta);
		assertThat(hostView.selectFirst(".session__time .slot__host").text()).contains(amsterdam);
		assertThat(attendeeView.selectFirst(".session__time time").attr("datetime"))
			.isEqualTo(hostView.selectFirst(".session__time time").attr("datetime"))
			.isEqualTo(start.toString());
	}

	@Test
	void theListsRefreshThemselvesAsFragmentsWithoutTheLayout() throws Exception {
		Host host = this.people.host("fragment", true);
		Account attendee = this.people.member("oki");
		submit(host, attendee, this.people.open(host).get(0), UUID.randomUUID(), Bookers.ANSWER, "karier");

		Document page = Bookers.html(ok(get("/sesi").with(as(attendee))));
		assertThat(page.selectFirst("#sessions").attr("hx-get")).isEqualTo("/sesi");
		assertThat(page.selectFirst("#sessions").attr("hx-trigger")).isEqualTo("every 30s");

		for (Account viewer : List.of(attendee, host.account())) {
			String path = viewer.equals(attendee) ? "/sesi" : "/sesi/host";
			String fragment = Bookers.text(ok(get(path).header("HX-Request", "true").with(as(viewer))));
			assertThat(fragment).startsWith("<div id=\"sessions\"").doesNotContain("<html", "site-header");
			assertThat(fragment).contains("session-item");
		}
		String dashboard = Bookers.text(ok(get("/sesi/host").header("HX-Request", "true").with(as(host.account()))));
		assertThat(dashboard).as("the answer forms keep their token").contains("name=\"_csrf\"");
	}

	@Test
	void aFormWithoutItsCsrfTokenIsForbidden() throws Exception {
		Host host = this.people.host("csrf", false);
		Account attendee = this.people.member("putri");
		Instant start = this.people.open(host).get(0);

		this.mvc
			.perform(post(host.formPath()).param("start", start.toString())
				.param("topics", "karier")
				.param("answer", Bookers.ANSWER)
				.param("requestKey", UUID.randomUUID().toString())
				.with(as(attendee)))
			.andExpect(status().isForbidden());
		assertThat(this.queries.asAttendee(attendee.id())).isEmpty();
	}

	@Test
	void theAttendeeMovesTheirSessionAndARefusedTimeKeepsTheOldOne() throws Exception {
		Host host = this.people.host("move", false);
		Account attendee = this.people.member("rudi");
		Account other = this.people.member("sari");
		List<Instant> open = this.people.open(host);
		submit(host, attendee, open.get(0), UUID.randomUUID(), Bookers.ANSWER, "karier");
		submit(host, other, open.get(2), UUID.randomUUID(), Bookers.ANSWER, "backend");
		Booking booking = only(attendee);

		Document page = Bookers.html(ok(get("/sesi/" + booking.id() + "/jadwal-ulang").with(as(attendee))));
		assertThat(page.select(".reschedule__times input[name=start]").eachAttr("value"))
			.contains(open.get(1).toString())
			.doesNotContain(open.get(0).toString(), open.get(2).toString());

		MvcResult takenMove = reschedule(attendee, booking, open.get(2));
		assertThat(takenMove.getResponse().getRedirectedUrl()).isEqualTo("/sesi/" + booking.id());
		assertThat(this.queries.find(attendee.id(), booking.id()).orElseThrow().status())
			.isEqualTo(BookingStatus.CONFIRMED);
		Document said = Bookers.html(ok(get("/sesi/" + booking.id()).cookie(session(takenMove)).with(as(attendee))));
		assertThat(said.selectFirst("#notice").text()).contains("Sesimu tetap di waktu lama");

		MvcResult moved = reschedule(attendee, booking, open.get(1));
		assertThat(moved.getResponse().getRedirectedUrl()).isNotEqualTo("/sesi/" + booking.id());
		assertThat(this.queries.find(attendee.id(), booking.id()).orElseThrow().status())
			.isEqualTo(BookingStatus.CANCELLED);
		assertThat(this.queries.asAttendee(attendee.id())).filteredOn(found -> found.status().live())
			.singleElement()
			.satisfies(found -> assertThat(found.start()).isEqualTo(open.get(1)));
	}

	@Test
	void onlyMembersWhoHostSeeTheHostDashboardInTheHeaderTheOthersAreInvitedToHost() throws Exception {
		Account member = this.people.member("tamu");
		Host host = this.people.host("dasbor", false);

		Document memberPage = Bookers.html(ok(get("/sesi").with(as(member))));
		assertThat(memberPage.select(".member-nav a").eachAttr("href")).contains("/sesi").doesNotContain("/sesi/host");
		assertThat(memberPage.select(".member-nav a[href=/settings/hosting]")).singleElement()
			.extracting(Element::text)
			.isEqualTo("Jadi host");

		Document hostPage = Bookers.html(ok(get("/sesi").with(as(host.account()))));
		assertThat(hostPage.select(".member-nav a[href=/sesi/host]")).singleElement()
			.extracting(Element::text)
			.isEqualTo("Dasbor");
		assertThat(hostPage.select(".member-nav a[href=/settings/hosting]")).isEmpty();
	}

	private MvcResult submit(Host host, Account attendee, Instant start, UUID key, String answer, String... topics)
			throws Exception {
		return this.mvc.perform(form(host, attendee, start, key, answer, topics))
			.andExpect(status().isFound())
			.andExpect(redirectedUrlPattern("/sesi/*"))
			.andReturn();
	}

	private MvcResult reschedule(Account attendee, Booking booking, Instant start) throws Exception {
		return this.mvc
			.perform(post("/sesi/" + booking.id() + "/jadwal-ulang").param("start", start.toString())
				.param("requestKey", UUID.randomUUID().toString())
				.with(as(attendee))
				.with(csrf()))
			.andExpect(status().isFound())
			.andReturn();
	}

	private MvcResult refused(Host host, Account attendee, Instant start, String answer, String... topics)
			throws Exception {
		return this.mvc.perform(form(host, attendee, start, UUID.randomUUID(), answer, topics))
			.andExpect(status().isOk())
			.andReturn();
	}

	private static MockHttpServletRequestBuilder form(Host host, Account attendee, Instant start, UUID key,
			String answer, String... topics) {
		MockHttpServletRequestBuilder request = post(host.formPath()).param("start", start.toString())
			.param("answer", answer)
			.param("requestKey", key.toString())
			.with(as(attendee))
			.with(csrf());
		for (String topic : topics) {
			request.param("topics", topic);
		}
		return request;
	}

	private MvcResult ok(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request).andExpect(status().isOk()).andReturn();
	}

	private Booking only(Account attendee) {
		List<Booking> found = this.queries.asAttendee(attendee.id());
		assertThat(found).hasSize(1);
		return found.get(0);
	}

	private static Cookie session(MvcResult result) {
		return result.getResponse().getCookie("NGUPI_SESSION");
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor as(Account member) {
		return Members.as(member);
	}

}
