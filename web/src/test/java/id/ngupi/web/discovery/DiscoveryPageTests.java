package id.ngupi.web.discovery;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import id.ngupi.booking.BookingOutcome;
import id.ngupi.booking.BookingRequest;
import id.ngupi.booking.Bookings;
import id.ngupi.hosting.ExtraWindow;
import id.ngupi.hosting.HostDirectory;
import id.ngupi.hosting.HostProfileChange;
import id.ngupi.hosting.Hosting;
import id.ngupi.hosting.OfferingId;
import id.ngupi.hosting.TimeWindow;
import id.ngupi.identity.Account;
import id.ngupi.identity.Accounts;
import id.ngupi.web.NgupiWebTest;
import id.ngupi.web.booking.Bookers;
import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The discovery page at {@code /} and the topic pages: search, filters, pagination, the
 * htmx fragment, hosts who must never be listed, and input from URLs that anyone can
 * write. The database is shared with every web test, so each test searches words of its
 * own.
 */
@NgupiWebTest
class DiscoveryPageTests {

	private final MockMvc mvc;

	private final Hosting hosting;

	private final HostDirectory directory;

	private final TestHosts hosts;

	private final TestPages pages;

	private final Bookings bookings;

	DiscoveryPageTests(@Autowired MockMvc mvc, @Autowired Accounts accounts, @Autowired Hosting hosting,
			@Autowired HostDirectory directory, @Autowired Bookings bookings) {
		this.bookings = bookings;
		this.mvc = mvc;
		this.hosting = hosting;
		this.directory = directory;
		this.hosts = new TestHosts(accounts, hosting);
		this.pages = new TestPages(mvc);
	}

	@Test
	void findsAHostByAWordOfTheHeadlineOrTheBeginningOfOne() throws Exception {
		String word = TestHosts.unique("kopi");
		Account host = this.hosts.host("Frontend lead yang suka " + word, "frontend");

		assertThat(listed(get("/").param("q", word))).containsExactly(handle(host));
		assertThat(listed(get("/").param("q", word.substring(0, word.length() - 3)))).contains(handle(host));
		assertThat(listed(get("/").param("q", "front " + word))).as("front finds Frontend")
			.containsExactly(handle(host));
		assertThat(listed(get("/").param("q", "backend " + word))).isEmpty();
	}

	@Test
	void showsEachHostAsACard() throws Exception {
		String word = TestHosts.unique("kartu");
		Account host = this.hosts.host(this.hosts.member("Rina Kartika"),
				TestHosts.profile("Ngobrol soal " + word, List.of("id", "jv"), "karier", "frontend"));

		Element card = card(html(get("/").param("q", word)), host);

		assertThat(card.selectFirst(".host-card__name").text()).isEqualTo("Rina Kartika");
		assertThat(card.selectFirst(".host-card__who").attr("href")).isEqualTo("/@" + handle(host));
		assertThat(card.selectFirst(".avatar--initial").text()).isEqualTo("R");
		assertThat(card.selectFirst(".host-card__headline").text()).isEqualTo("Ngobrol soal " + word);
		assertThat(card.select(".topic-list a").eachAttr("href")).containsExactly("/topics/karier", "/topics/frontend");
		assertThat(card.select(".topic-list a").eachText()).containsExactly("Karier", "Frontend");
		assertThat(card.selectFirst(".host-card__languages").text()).isEqualTo("Bahasa: Indonesia, Jawa");
		assertThat(card.selectFirst(".host-card__next").text())
			.matches("Waktu kosong terdekat: (Sen|Sel|Rab|Kam|Jum|Sab|Min), \\d{1,2} \\S+ (19|20)\\.(00|30) WIB");
		assertThat(card.selectFirst(".host-card__next time").attr("datetime")).endsWith("Z");
		// one click from the card to the booking form for that very time
		assertThat(card.selectFirst(".host-card__next a").attr("href")).matches("/@" + handle(host)
				+ "/ngupi/[0-9a-f-]{36}/pesan\\?start=" + card.selectFirst(".host-card__next time").attr("datetime"));
		assertThat(card.select(".host-card__next .slot__host")).as("same clock as the host").isEmpty();

		Element fromAmsterdam = card(html(get("/").param("q", word).cookie(new Cookie("ngupi_tz", "Europe/Amsterdam"))),
				host);
		assertThat(fromAmsterdam.selectFirst(".host-card__next").text()).matches(
				"Waktu kosong terdekat: \\S+, \\d{1,2} \\S+ (13|14)\\.(00|30) CET \\(\\S+, \\d{1,2} \\S+ (19|20)\\.(00|30) WIB waktu host\\)");

		Element english = card(html(get("/").param("q", word).cookie(new Cookie("ngupi-lang", "en"))), host);
		assertThat(english.select(".topic-list a").eachText()).containsExactly("Career", "Frontend");
		assertThat(english.selectFirst(".host-card__languages").text()).isEqualTo("Speaks: Indonesian, Javanese");
		assertThat(english.selectFirst(".host-card__next").text())
			.matches("Next open time: (Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{1,2} \\S+ (19|20):(00|30) WIB");
	}

	@Test
	void aCardsTimeBookedSinceLandsOnTheJustTakenAnswerWithTheNextOpenTimes() throws Exception {
		String word = TestHosts.unique("laris");
		Account host = this.hosts.host("Ngobrol soal " + word, "karier");
		Element time = card(html(get("/").param("q", word)), host).selectFirst(".host-card__next a");
		String href = time.attr("href");
		Instant start = Instant.parse(time.selectFirst("time").attr("datetime"));
		OfferingId offering = new OfferingId(
				UUID.fromString(href.replaceAll(".*/ngupi/([0-9a-f-]{36})/pesan.*", "$1")));
		Account first = this.hosts.member("Cepat " + word);
		assertThat(this.bookings.book(first.id(),
				new BookingRequest(offering, start, List.of("karier"), Bookers.ANSWER, UUID.randomUUID())))
			.isInstanceOf(BookingOutcome.Booked.class);

		// the card may still show the time until the listing's refresh has run; the link
		// says at once that it was just taken, before anything is written
		Document form = html(get(href).with(TestHosts.as(this.hosts.member("Telat " + word))));
		assertThat(form.selectFirst(".booking-form__refused").text())
			.startsWith("Waktu ini baru saja dipesan orang lain.");
		assertThat(form.select(".booking-form__alternatives a").eachAttr("href")).isNotEmpty()
			.noneMatch(other -> other.equals(href))
			.allMatch(other -> other.startsWith("/@" + handle(host) + "/ngupi/" + offering.value() + "/pesan?start="));

		// and the listing follows the booking: the card then offers the next open time
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(
					card(html(get("/").param("q", word)), host).selectFirst(".host-card__next a").attr("href"))
				.isNotEqualTo(href));
	}

	@Test
	void filtersByTopicWithAChipAndOnTheTopicsPage() throws Exception {
		String word = TestHosts.unique("chip");
		Account frontend = this.hosts.host("Satu " + word, "frontend");
		Account backend = this.hosts.host("Dua " + word, "backend", "karier");

		assertThat(listed(get("/").param("q", word).param("topic", "frontend"))).containsExactly(handle(frontend));
		assertThat(listed(get("/topics/backend").param("q", word))).containsExactly(handle(backend));

		Document page = html(get("/").param("q", word));
		assertThat(page.select(".topic-chips a").eachText()).contains("Frontend 1", "Backend 1", "Karier 1");
		Element chip = page.selectFirst(".topic-chips a:contains(Backend)");
		assertThat(chip.attr("href")).isEqualTo("/?q=" + word + "&topic=backend");
		assertThat(chip.attr("hx-get")).isEqualTo(chip.attr("href"));

		Document narrowed = html(get("/").param("q", word).param("topic", "backend"));
		Element chosen = narrowed.selectFirst(".topic-chips a.chip--selected");
		assertThat(chosen.text()).isEqualTo("Backend 1");
		assertThat(chosen.attr("aria-current")).isEqualTo("true");
		assertThat(chosen.attr("href")).as("a chosen chip widens again").isEqualTo("/?q=" + word);
		assertThat(narrowed.selectFirst(".topic-chips a:contains(Frontend)").text())
			.as("counts ignore the chosen topic")
			.isEqualTo("Frontend 1");
		assertThat(narrowed.selectFirst("input[type=hidden][name=topic]").attr("form"))
			.as("the filter form keeps the chosen topic")
			.isEqualTo("discovery-filters");
	}

	@Test
	void aProposedTopicSpelledDifferentlyLandsOnTheCuratedOne() throws Exception {
		String word = TestHosts.unique("ejaan");
		Account host = this.hosts.host("Ngoding " + word, "Front-End");

		assertThat(listed(get("/").param("q", word).param("topic", "frontend"))).containsExactly(handle(host));
		assertThat(listed(get("/topics/frontend").param("q", word))).containsExactly(handle(host));
		assertThat(card(html(get("/").param("q", word)), host).select(".topic-list a").eachAttr("href"))
			.containsExactly("/topics/frontend");
	}

	@Test
	void filtersByTheLanguageAHostSpeaks() throws Exception {
		String word = TestHosts.unique("bahasa");
		Account indonesian = this.hosts.host("Satu " + word, "karier");
		Account english = this.hosts.host(this.hosts.member("English speaker"),
				TestHosts.profile("Dua " + word, List.of("en"), "karier"));

		assertThat(listed(get("/").param("q", word).param("lang", "en"))).containsExactly(handle(english));
		assertThat(listed(get("/").param("q", word).param("lang", "id"))).containsExactly(handle(indonesian));
		assertThat(listed(get("/").param("q", word).param("lang", "xx"))).as("an unknown language is no filter")
			.containsExactlyInAnyOrder(handle(indonesian), handle(english));
		Document page = html(get("/").param("q", word).param("lang", "en"));
		assertThat(page.selectFirst("html").attr("lang")).as("the site stays Indonesian").isEqualTo("id");
		assertThat(page.selectFirst("#discovery-lang option[selected]").attr("value")).isEqualTo("en");
		assertThat(page.selectFirst("#discovery-lang option[value=jv]").text()).isEqualTo("Jawa");
	}

	@Test
	void namesALanguageAlikeOnTheCardAndInTheFilter() throws Exception {
		String word = TestHosts.unique("mandarin");
		Account host = this.hosts.host(this.hosts.member("Mandarin speaker"),
				TestHosts.profile("Tiga " + word, List.of("id", "zh"), "karier"));

		Document page = html(get("/").param("q", word));
		assertThat(card(page, host).selectFirst(".host-card__languages").text())
			.isEqualTo("Bahasa: Indonesia, Mandarin");
		assertThat(page.selectFirst("#discovery-lang option[value=zh]").text()).isEqualTo("Mandarin");
		Document english = html(get("/").param("q", word).cookie(new Cookie("ngupi-lang", "en")));
		assertThat(card(english, host).selectFirst(".host-card__languages").text())
			.isEqualTo("Speaks: Indonesian, Mandarin");
	}

	@Test
	void filtersHostsWithTimeThisWeek() throws Exception {
		String word = TestHosts.unique("minggu");
		Account soon = this.hosts.host("Segera " + word, "data");
		Account later = this.hosts.host("Nanti " + word, "data");
		this.hosting.replaceWeeklySchedule(later.id(), List.of());
		this.hosting.addExtraWindow(later.id(),
				new ExtraWindow(LocalDate.now().plusDays(14), new TimeWindow(9 * 60, 10 * 60)));

		assertThat(listed(get("/").param("q", word))).containsExactly(handle(soon), handle(later));
		assertThat(listed(get("/").param("q", word).param("week", "1"))).containsExactly(handle(soon));
		assertThat(html(get("/").param("q", word).param("week", "1")).selectFirst("#discovery-week").hasAttr("checked"))
			.isTrue();
	}

	@Test
	void neverListsAPausedHostOrOneOfferingNothing() throws Exception {
		String word = TestHosts.unique("rehat");
		String topic = TestHosts.unique("Topik");
		String slug = topic.toLowerCase();
		Account listed = this.hosts.host("Ada " + word, topic);
		Account paused = this.hosts.host("Rehat " + word, topic);
		this.hosting.pause(paused.id());
		Account offeringNothing = this.hosts.host("Kosong " + word, topic);
		this.hosting.setOfferingActive(offeringNothing.id(), this.directory.offerings(offeringNothing.id()).get(0).id(),
				false);

		assertThat(listed(get("/").param("q", word))).containsExactly(handle(listed));
		assertThat(listed(get("/topics/" + slug))).containsExactly(handle(listed));
		assertThat(html(get("/").param("q", word)).select(".topic-chips a").eachText()).contains(topic + " 1");

		this.hosting.pause(listed.id());

		Document empty = html(get("/topics/" + slug));
		assertThat(empty.select(".host-card")).isEmpty();
		assertThat(empty.selectFirst(".results__empty").text()).contains("Belum ada host untuk topik ini.");
		assertThat(empty.selectFirst(".results__empty a").attr("href")).isEqualTo("/");
		assertThat(html(get("/")).select(".topic-chips a").eachText()).noneMatch(text -> text.startsWith(topic));
	}

	@Test
	void pagesThroughManyHostsKeepingTheFilters() throws Exception {
		String word = TestHosts.unique("halaman");
		for (int i = 0; i < 14; i++) {
			this.hosts.host("Host " + word, "devops");
		}

		Document first = html(get("/").param("q", word).param("lang", "id").param("week", "1"));
		assertThat(first.select(".host-card")).hasSize(12);
		assertThat(first.selectFirst(".results__summary").text()).isEqualTo("14 host ditemukan");
		assertThat(first.selectFirst(".pagination__where").text()).isEqualTo("Halaman 1 dari 2");
		assertThat(first.select(".pagination__previous")).isEmpty();
		Element next = first.selectFirst(".pagination__next");
		assertThat(next.attr("href")).isEqualTo("/?q=" + word + "&lang=id&week=1&page=2");
		assertThat(next.attr("hx-get")).isEqualTo(next.attr("href"));
		assertThat(next.attr("rel")).isEqualTo("next");

		Document second = html(get(next.attr("href")));
		assertThat(second.select(".host-card")).hasSize(2);
		assertThat(second.selectFirst(".pagination__previous").attr("href"))
			.isEqualTo("/?q=" + word + "&lang=id&week=1");
		assertThat(second.select(".pagination__next")).isEmpty();
		assertThat(second.select(".host-card__who"))
			.noneMatch(card -> first.select(".host-card__who").eachAttr("href").contains(card.attr("href")));

		Document beyond = html(get("/").param("q", word).param("page", "7"));
		assertThat(beyond.selectFirst(".results__empty a").attr("href")).isEqualTo("/?q=" + word);
	}

	@Test
	void answersHtmxWithTheResultsAloneAndTheTidyUrl() throws Exception {
		String word = TestHosts.unique("htmx");
		for (int i = 0; i < 13; i++) {
			this.hosts.host("Host " + word, "mobile");
		}

		MvcResult result = this.mvc
			.perform(get("/").param("q", word).param("lang", "").param("page", "2").header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andReturn();

		String fragment = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(fragment).doesNotContain("<html", "<head", "<header", "<footer");
		Document parsed = Jsoup.parseBodyFragment(fragment);
		assertThat(parsed.select("form")).as("the filter form stays as it is").isEmpty();
		assertThat(parsed.body().child(0).id()).isEqualTo("results");
		assertThat(parsed.select(".host-card")).hasSize(1);
		assertThat(result.getResponse().getHeader("HX-Push-Url")).isEqualTo("/?q=" + word + "&page=2");
		assertThat(result.getResponse().getHeaders("Vary")).contains("HX-Request");

		Document topicFragment = Jsoup
			.parseBodyFragment(body(get("/topics/mobile").param("q", word).header("HX-Request", "true")));
		assertThat(topicFragment.body().child(0).id()).isEqualTo("results");

		Document restored = html(
				get("/").param("q", word).header("HX-Request", "true").header("HX-History-Restore-Request", "true"));
		assertThat(restored.select("header.site-header")).as("history restore needs the whole page").isNotEmpty();
	}

	@Test
	void theFormWorksWithoutJavaScriptAndWithHtmx() throws Exception {
		Document page = html(get("/"));

		Element form = page.selectFirst("form#discovery-filters");
		assertThat(form.attr("method")).isEqualTo("get");
		assertThat(form.attr("action")).isEqualTo("/");
		assertThat(form.attr("hx-get")).isEqualTo("/");
		assertThat(form.attr("hx-target")).isEqualTo("#results");
		assertThat(form.attr("hx-push-url")).isEqualTo("true");
		assertThat(form.select("button[type=submit]")).isNotEmpty();
		Element search = form.selectFirst("input[type=search][name=q]");
		assertThat(search.attr("hx-trigger")).isEqualTo("input changed delay:300ms, search");
		assertThat(search.attr("hx-include")).isEqualTo("closest form");
		assertThat(form.select("select[name=lang][hx-get], input[type=checkbox][name=week][value=1][hx-get]"))
			.hasSize(2);
		assertThat(page.select("#results")).hasSize(1);
		assertThat(page.select("[^hx-on], [hx-vals]")).as("nothing htmx would evaluate as script").isEmpty();
	}

	@Test
	void keepsWhatTheFrontPageDidForNewcomers() throws Exception {
		Document page = html(get("/").param("account-deleted", ""));

		assertThat(page.select("#account-deleted")).hasSize(1);
		assertThat(page.selectFirst(".hero h1").text()).isEqualTo("Ngopi bareng developer lain, satu lawan satu");
		assertThat(page.select(".hero__how summary").text()).isEqualTo("Cara kerjanya");
		assertThat(page.select(".hero__how .steps__list li")).hasSize(4);
		assertThat(html(get("/")).select("#account-deleted")).isEmpty();
	}

	@Test
	void saysSoWhenNothingMatchesAndOffersToClearTheFilters() throws Exception {
		String word = TestHosts.unique("nihil");

		Document nothing = html(get("/").param("q", word).param("week", "1"));
		assertThat(nothing.selectFirst(".results__empty").text())
			.contains("Tidak ada host yang cocok dengan pencarianmu.");
		assertThat(nothing.selectFirst(".results__clear").attr("href")).isEqualTo("/");
		assertThat(nothing.selectFirst(".results__clear").hasAttr("hx-get")).as("a full load also clears the form")
			.isFalse();

		Document unknownTopic = html(get("/").param("topic", word));
		assertThat(unknownTopic.selectFirst(".results__empty").text()).contains("Belum ada host untuk topik ini.");
		assertThat(unknownTopic.selectFirst(".results__clear").attr("href")).isEqualTo("/");
	}

	@Test
	void answersNotFoundForAnUnknownOrMalformedTopic() throws Exception {
		for (String slug : new String[] { "belum-ada-topik-ini", "Frontend", "a--b", "-awal", "<script>", "' or 1=1 --",
				"x".repeat(41) }) {
			this.mvc.perform(get("/topics/{slug}", slug)).andExpect(status().isNotFound());
		}
		// what the firewall refuses before any controller sees it (an encoded ; or %)
		for (String path : new String[] { "/topics/a%3Bb", "/topics/%25", "/topics/'%3B drop table hosting.topic" }) {
			assertThat(this.mvc.perform(get(path)).andReturn().getResponse().getStatus()).isEqualTo(400);
		}
		Document topic = html(get("/topics/karier"));
		assertThat(topic.selectFirst("h1").text()).isEqualTo("Karier");
		assertThat(topic.title()).isEqualTo("Host untuk topik Karier · Ngupi");
		assertThat(topic.selectFirst("form#discovery-filters").attr("action")).isEqualTo("/topics/karier");
		assertThat(topic.select(".topic-chips")).isEmpty();
		Document english = html(get("/topics/karier").cookie(new Cookie("ngupi-lang", "en")));
		assertThat(english.selectFirst("h1").text()).isEqualTo("Career");
	}

	@Test
	void takesHostileInputCalmlyAndShowsItAsText() throws Exception {
		String[] hostile = { "'); drop table hosting.host; --", "<script>alert(1)</script>", "\" onmouseover=\"x",
				"%00", "\u0000", "a".repeat(5000) };
		for (String text : hostile) {
			for (String parameter : new String[] { "q", "topic", "lang", "week", "page" }) {
				MvcResult result = this.mvc.perform(get("/").param(parameter, text)).andReturn();
				assertThat(result.getResponse().getStatus()).as(parameter + "=" + text).isIn(200, 400);
				Document page = Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
				assertThat(page.select("script")).allMatch(script -> script.hasAttr("src"));
				assertThat(page.select("[onmouseover]")).isEmpty();
			}
		}
		for (String page : new String[] { "-5", "abc", "0", "99999999999", "2147483647", "1e3", " 2" }) {
			this.mvc.perform(get("/").param("page", page)).andExpect(status().isOk());
			this.mvc.perform(get("/topics/karier").param("page", page)).andExpect(status().isOk());
		}
		Document shown = html(get("/").param("q", "<script>alert(1)</script>"));
		assertThat(shown.selectFirst("#discovery-q").attr("value")).isEqualTo("<script>alert(1)</script>");
		assertThat(body(get("/").param("q", "<script>alert(1)</script>"))).doesNotContain("<script>alert(1)")
			.contains("&lt;script>alert(1)&lt;/script>");
	}

	@Test
	void showsWhatHostsWroteAsText() throws Exception {
		String word = TestHosts.unique("skrip");
		Account host = this.hosts.host(this.hosts.member("<script>alert('nama')</script>"),
				TestHosts.profile("<img src=x onerror=alert(1)> " + word, List.of("id"), "<b>Tebal</b>"));

		Document page = html(get("/").param("q", word));

		Element card = card(page, host);
		assertThat(card.selectFirst(".host-card__name").text()).isEqualTo("<script>alert('nama')</script>");
		assertThat(card.selectFirst(".host-card__headline").text()).isEqualTo("<img src=x onerror=alert(1)> " + word);
		assertThat(card.select(".topic-list a").eachText()).containsExactly("<b>Tebal</b>");
		assertThat(page.select("script")).allMatch(script -> script.hasAttr("src"));
		assertThat(page.select("img[onerror], b")).isEmpty();
	}

	@Test
	void neverShowsAMeetingLink() throws Exception {
		String word = TestHosts.unique("rapat");
		Account host = this.hosts.host(this.hosts.member("Rahasia"), new HostProfileChange("Host " + word, "",
				List.of("security"), List.of("id"), "https://meet.google.com/rahasia-host", "Asia/Jakarta"));

		assertThat(body(get("/").param("q", word))).contains(handle(host)).doesNotContain("rahasia-host");
		assertThat(body(get("/topics/security").param("q", word))).doesNotContain("rahasia-host");
	}

	@Test
	void aHostWithoutAMeetingLinkIsNotListedUntilTheyOrTheirOfferingHaveOne() throws Exception {
		String word = TestHosts.unique("rapat");
		HostProfileChange profile = TestHosts.profile("Host " + word, List.of("id"), "mobile");
		Account host = this.hosts.host(this.hosts.member("Tanpa Tautan"), TestHosts.withoutMeetingLink(profile));
		Account listed = this.hosts.host("Host " + word, "mobile");

		assertThat(listed(get("/").param("q", word))).containsExactly(handle(listed));
		assertThat(listed(get("/topics/mobile").param("q", word))).containsExactly(handle(listed));
		assertThat(html(get("/").param("q", word)).select(".topic-chips a").eachText())
			.as("the topic counts leave them out too")
			.contains("Mobile 1");

		OfferingId offering = this.directory.offerings(host.id()).get(0).id();
		this.hosting.updateOffering(host.id(), offering,
				TestHosts.withMeetingLink(TestHosts.offering("Ngupi 30 menit"), "https://meet.google.com/pny-waran"));

		assertThat(listed(get("/").param("q", word))).containsExactlyInAnyOrder(handle(host), handle(listed));
	}

	private List<String> listed(MockHttpServletRequestBuilder request) throws Exception {
		return html(request).select(".host-card__who")
			.eachAttr("href")
			.stream()
			.map(href -> href.substring(2))
			.toList();
	}

	private Document html(MockHttpServletRequestBuilder request) throws Exception {
		return this.pages.html(request);
	}

	private String body(MockHttpServletRequestBuilder request) throws Exception {
		return this.pages.body(request);
	}

	private static Element card(Document page, Account host) {
		return page.selectFirst(".host-card:has(a[href=/@" + handle(host) + "])");
	}

	private static String handle(Account member) {
		return member.handle().value();
	}

}
