package id.ngupi.web.discovery;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import id.ngupi.booking.OpenSlots;
import id.ngupi.booking.Waitlist;
import id.ngupi.hosting.HostProfileChange;
import id.ngupi.hosting.Hosting;
import id.ngupi.identity.Account;
import id.ngupi.identity.Accounts;
import id.ngupi.rounds.Picking;
import id.ngupi.rounds.Round;
import id.ngupi.rounds.RoundOutcome.Opened;
import id.ngupi.rounds.RoundPlan;
import id.ngupi.rounds.Rounds;
import id.ngupi.web.NgupiWebTest;
import id.ngupi.web.RunningTestClock;
import id.ngupi.web.booking.Bookers;
import id.ngupi.web.booking.Bookers.Host;
import id.ngupi.web.support.Links;
import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A host whose page a moderator hid is gone for visitors exactly like a suspended one:
 * not on {@code /} nor on a topic's page, and their page, offering pages, booking form
 * and round page are not found; nobody joins their waitlist. Shown again, it all comes
 * back. The host themself is told why on their hosting status.
 */
@NgupiWebTest
class HiddenHostPagesTests {

	private final MockMvc mvc;

	private final Hosting hosting;

	private final Waitlist waitlist;

	private final Rounds rounds;

	private final RunningTestClock clock;

	private final Bookers people;

	@LocalServerPort
	private int port;

	HiddenHostPagesTests(@Autowired MockMvc mvc, @Autowired Accounts accounts, @Autowired Hosting hosting,
			@Autowired OpenSlots openSlots, @Autowired Waitlist waitlist, @Autowired Rounds rounds,
			@Autowired RunningTestClock clock) {
		this.mvc = mvc;
		this.hosting = hosting;
		this.waitlist = waitlist;
		this.rounds = rounds;
		this.clock = clock;
		this.people = new Bookers(accounts, hosting, openSlots);
	}

	@Test
	void aHiddenHostIsGoneFromDiscoveryAndTheirPagesAreNotFoundUntilShownAgain() throws Exception {
		String word = TestHosts.unique("sembunyi");
		Host host = host(word);
		Account visitor = this.people.member("Tamu");
		List<Instant> open = this.people.open(host);
		Round round = ((Opened) this.rounds.open(host.account().id(),
				new RoundPlan(host.offering(), List.of(open.get(0), open.get(2)), null,
						this.clock.instant().plus(Duration.ofHours(1)), Picking.DRAW, false)))
			.round();
		List<String> pages = List.of("/@" + host.handle(), Links.offering(host.handle(), host.offering().toString()),
				Links.offering(host.handle(), host.offering().toString()) + "/pesan?start=" + open.get(1),
				Links.round(round.id()));
		for (String page : pages) {
			this.mvc.perform(get(page).with(TestHosts.as(visitor))).andExpect(status().isOk());
		}
		assertThat(listed(get("/").param("q", word))).containsExactly(host.handle());
		assertThat(listed(get("/topics/karier").param("q", word))).containsExactly(host.handle());

		this.hosting.hide(host.account().id());

		assertThat(listed(get("/").param("q", word))).isEmpty();
		assertThat(listed(get("/topics/karier").param("q", word))).isEmpty();
		for (String page : pages) {
			this.mvc.perform(get(page).with(TestHosts.as(visitor))).andExpect(status().isNotFound());
		}
		this.mvc.perform(get("/@" + host.handle()).with(TestHosts.as(host.account()))).andExpect(status().isNotFound());
		HttpResponse<String> notFound = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/@" + host.handle()))
				.header("Accept", "text/html")
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(notFound.statusCode()).isEqualTo(404);
		assertThat(Jsoup.parse(notFound.body()).selectFirst("h1").text()).as("the site's own page")
			.isEqualTo("Halaman tidak ditemukan");

		this.hosting.unhide(host.account().id());

		assertThat(listed(get("/").param("q", word))).containsExactly(host.handle());
		for (String page : pages) {
			this.mvc.perform(get(page).with(TestHosts.as(visitor))).andExpect(status().isOk());
		}
	}

	@Test
	void nobodyJoinsTheWaitlistOfAHiddenHost() throws Exception {
		Host host = host(TestHosts.unique("antre"));
		// no open time: the waitlist is what the page would offer
		this.hosting.replaceWeeklySchedule(host.account().id(), List.of());
		Account member = this.people.member("Sari");
		this.hosting.hide(host.account().id());

		this.mvc.perform(post(Links.waitlistJoin(host.handle())).with(TestHosts.as(member)).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post(Links.waitlistJoin(host.handle())).with(TestHosts.as(member))
				.with(csrf())
				.header("HX-Request", "true"))
			.andExpect(status().isNotFound());

		assertThat(this.waitlist.isWaiting(member.id(), host.account().id())).isFalse();
	}

	@Test
	void theHiddenHostReadsWhyOnTheirHostingStatus() throws Exception {
		Host host = host(TestHosts.unique("tegur"));
		this.hosting.hide(host.account().id());

		Document indonesian = html(get(Links.SETTINGS_HOSTING).with(TestHosts.as(host.account())));
		assertThat(indonesian.selectFirst("#hostingStatus-hidden").text()).contains(
				"Halaman host kamu disembunyikan oleh moderator Ngupi, jadi tidak muncul di pencarian dan tidak bisa dipesan.");
		assertThat(indonesian.selectFirst("#hostingStatus-hidden a").attr("href")).isEqualTo(Links.INBOX);
		assertThat(indonesian.select("#hostingStatus a[href=/@" + host.handle() + "]")).isEmpty();

		Document english = html(
				get(Links.SETTINGS_HOSTING).with(TestHosts.as(host.account())).cookie(new Cookie("ngupi-lang", "en")));
		assertThat(english.selectFirst("#hostingStatus-hidden").text())
			.contains("A Ngupi moderator hid your host page: it is not in search and cannot be booked.");

		this.hosting.unhide(host.account().id());
		assertThat(html(get(Links.SETTINGS_HOSTING).with(TestHosts.as(host.account()))).select("#hostingStatus-hidden"))
			.isEmpty();
	}

	/** A listed host whose headline is the word, so that a search finds them alone. */
	private Host host(String word) {
		Host host = this.people.host("Host " + word, false);
		this.hosting.saveProfile(host.account().id(), new HostProfileChange("Ngobrol " + word, "Halo!",
				List.of("karier", "backend"), List.of("id"), Bookers.HOST_MEETING, "Asia/Jakarta"));
		return host;
	}

	private List<String> listed(MockHttpServletRequestBuilder request) throws Exception {
		return html(request).select(".host-card__who")
			.eachAttr("href")
			.stream()
			.map(href -> href.substring(2))
			.toList();
	}

	private Document html(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup.parse(this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

}
