package id.ngupi.web.discovery;

import id.ngupi.hosting.CandidateTime;
import id.ngupi.identity.AccountId;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.ngupi.hosting.HostDirectory;
import id.ngupi.hosting.HostProfileChange;
import id.ngupi.hosting.Hosting;
import id.ngupi.hosting.OfferingChange;
import id.ngupi.hosting.OfferingId;
import id.ngupi.identity.Account;
import id.ngupi.identity.AccountOutcomes.ProfileOutcome;
import id.ngupi.identity.Accounts;
import id.ngupi.identity.ProfileChange;
import id.ngupi.web.NgupiWebTest;
import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What a host's pages show: the hosting section of {@code /@handle}, each offering's page
 * with all its times, times in the viewer's zone, link previews and sharing, and what
 * they must never show.
 */
@NgupiWebTest
class HostPageTests {

	private static final String MEETING = "https://meet.google.com/rahasia-sekali";

	private final MockMvc mvc;

	private final Accounts accounts;

	private final Hosting hosting;

	private final HostDirectory directory;

	private final TestHosts hosts;

	private final TestPages pages;

	HostPageTests(@Autowired MockMvc mvc, @Autowired Accounts accounts, @Autowired Hosting hosting,
			@Autowired HostDirectory directory) {
		this.mvc = mvc;
		this.accounts = accounts;
		this.hosting = hosting;
		this.directory = directory;
		this.hosts = new TestHosts(accounts, hosting);
		this.pages = new TestPages(mvc);
	}

	@Test
	void showsTheHostsOfferingsWithTheirNextTimes() throws Exception {
		Account host = host("Dewi Lestari");
		OfferingId hour = this.hosting
			.addOffering(host.id(),
					new OfferingChange("Review CV", 60, "Bawa CV-mu.\nKita bahas bareng.", "CV siapa?", true, 2, 0, 14,
							0, "https://zoom.us/j/rahasia-juga"))
			.orElseThrow();
		OfferingId retired = this.hosting.addOffering(host.id(), TestHosts.offering("Pensiun")).orElseThrow();
		this.hosting.setOfferingActive(host.id(), retired, false);

		Document page = html(get(profile(host)));

		Element section = page.selectFirst("section.host");
		assertThat(section.selectFirst("h2").text()).isEqualTo("Ngupi bareng Dewi Lestari");
		assertThat(section.selectFirst(".host__headline").text()).isEqualTo("Frontend & karier");
		assertThat(section.selectFirst(".host__about").wholeText()).isEqualTo("Baris satu.\nBaris <b>dua</b>.");
		assertThat(section.select(".host__about b")).isEmpty();
		assertThat(section.select(".topic-list a").eachAttr("href")).containsExactly("/topics/frontend",
				"/topics/karier");
		assertThat(section.selectFirst(".host__languages").text()).isEqualTo("Bahasa: Indonesia, Inggris");
		assertThat(section.select(".offering__title").eachText()).containsExactly("Ngupi 30 menit", "Review CV");
		Element cv = section.select("article.offering").get(1);
		assertThat(cv.select(".offering__facts li").eachText()).containsExactly("60 menit", "Perlu persetujuan host",
				"Maksimal 2 sesi per minggu");
		assertThat(cv.selectFirst(".offering__description").wholeText()).isEqualTo("Bawa CV-mu.\nKita bahas bareng.");
		assertThat(section.select("article.offering").get(0).select(".offering__facts li").eachText())
			.contains("Langsung terkonfirmasi", "Maksimal 3 sesi per minggu");
		assertThat(cv.select(".slot")).hasSize(HostPages.NEXT_TIMES);
		assertThat(cv.select(".slot-day__date time").eachAttr("datetime")).isSorted()
			.allMatch(date -> date.matches("\\d{4}-\\d{2}-\\d{2}"));
		assertThat(cv.select(".slot time").eachText()).allMatch(time -> time.matches("(19|20)\\.00 WIB"));
		String all = "/@" + handle(host) + "/ngupi/" + hour;
		assertThat(cv.selectFirst(".offering__all").attr("href")).isEqualTo(all);
		assertThat(cv.selectFirst(".offering__all").text()).isEqualTo("Lihat semua waktu");
		assertThat(cv.select(".slot a").eachAttr("href")).as("each open slot leads to the booking form")
			.allMatch(href -> href.startsWith(all + "/pesan?start="));
		assertThat(section.select("a[href*=" + retired + "]")).isEmpty();
		assertThat(body(get(profile(host)))).doesNotContain("rahasia");
	}

	@Test
	void listsEveryTimeOfAnOfferingOnItsPage() throws Exception {
		Account host = host("Bagus Pratama");
		OfferingId offering = this.directory.offerings(host.id()).get(0).id();

		int before = upcoming(host.id(), offering, 1000).size();
		Document page = html(get(offeringPath(host, offering)));
		int after = upcoming(host.id(), offering, 1000).size();

		assertThat(page.selectFirst("h1").text()).isEqualTo("Ngupi 30 menit");
		assertThat(page.title()).isEqualTo("Ngupi 30 menit · Bagus Pratama · Ngupi");
		assertThat(page.selectFirst(".offering-page__host a").attr("href")).isEqualTo(profile(host));
		assertThat(page.select(".slot").size()).as("every time of the horizon, as seen around the request")
			.isBetween(after, before)
			.isGreaterThan(70);
		assertThat(page.select(".slot").eachAttr("id")).allMatch(id -> id.matches("t\\d{8}T\\d{4}Z"))
			.doesNotHaveDuplicates();
		assertThat(page.select(".slot a").eachAttr("href")).as("each open slot leads to the booking form")
			.hasSize(page.select(".slot").size())
			.allMatch(href -> href.startsWith(offeringPath(host, offering) + "/pesan?start="));
		assertThat(page.select(".offering-page__pick")).hasSize(1);
		assertThat(body(get(offeringPath(host, offering)))).doesNotContain("rahasia");

		Document own = html(get(offeringPath(host, offering)).with(TestHosts.as(host)));
		assertThat(own.select(".offering-page__pick")).as("nothing extra for the host").isEmpty();
		assertThat(own.select(".slot")).isNotEmpty();
	}

	@Test
	void answersNotFoundForOfferingsThatAreNotThisHostsToShow() throws Exception {
		Account host = host("Citra");
		Account other = host("Dimas");
		OfferingId theirs = this.directory.offerings(other.id()).get(0).id();
		OfferingId retired = this.hosting.addOffering(host.id(), TestHosts.offering("Lama")).orElseThrow();
		this.hosting.setOfferingActive(host.id(), retired, false);

		for (String id : new String[] { theirs.toString(), retired.toString(), "00000000-0000-0000-0000-000000000000",
				"bukan-uuid", "<script>", "' or 1=1 --" }) {
			this.mvc.perform(get("/@{handle}/ngupi/{id}", handle(host), id)).andExpect(status().isNotFound());
		}
		this.mvc.perform(get("/@tidak-ada-orangnya/ngupi/" + theirs)).andExpect(status().isNotFound());
		this.mvc.perform(get(offeringPath(other, theirs))).andExpect(status().isOk());
	}

	@Test
	void aPausedHostIsTakingABreakAndShowsNoTime() throws Exception {
		Account host = host("Eka");
		OfferingId offering = this.directory.offerings(host.id()).get(0).id();
		this.hosting.pause(host.id());

		Document page = html(get(profile(host)));
		assertThat(page.selectFirst(".host__paused").text()).startsWith("Sedang rehat.");
		assertThat(page.select(".slot, article.offering")).isEmpty();

		Document offeringPage = html(get(offeringPath(host, offering)));
		assertThat(offeringPage.selectFirst(".host__paused").text()).startsWith("Sedang rehat.");
		assertThat(offeringPage.select(".slot")).isEmpty();
	}

	@Test
	void offersNoTimeOfAnOfferingWithNowhereToMeet() throws Exception {
		Account host = this.hosts.host(this.hosts.member("Gita"),
				TestHosts.withoutMeetingLink(TestHosts.profile("Frontend & karier", List.of("id"), "karier")));
		OfferingId closed = this.directory.offerings(host.id()).get(0).id();
		OfferingId open = this.hosting
			.addOffering(host.id(), TestHosts.withMeetingLink(TestHosts.offering("Review CV"), MEETING))
			.orElseThrow();

		Element section = html(get(profile(host))).selectFirst("section.host");
		assertThat(section.select(".offering__title").eachText()).as("only what can be booked")
			.containsExactly("Review CV");
		assertThat(section.select("a[href*=" + closed + "]")).isEmpty();
		assertThat(section.select(".slot a").eachAttr("href")).isNotEmpty()
			.allMatch(href -> href.startsWith(offeringPath(host, open) + "/pesan?start="));

		Document page = html(get(offeringPath(host, closed)));
		assertThat(page.selectFirst(".offering-page__closed").text())
			.isEqualTo("Jenis sesi ini belum dibuka untuk dipesan. Coba mampir lagi nanti.");
		assertThat(page.select(".slot, .offering-page__pick")).isEmpty();
		assertThat(page.select(".offering-page__closed a")).as("the reason is for the host's eyes").isEmpty();

		Document own = html(get(offeringPath(host, closed)).with(TestHosts.as(host)));
		assertThat(own.selectFirst(".offering-page__closed a").attr("href"))
			.isEqualTo("/settings/hosting/offerings/" + closed + "#meetingUrl");

		String start = upcoming(host.id(), closed, 1).get(0).start().toString();
		this.mvc
			.perform(get(offeringPath(host, closed) + "/pesan").param("start", start)
				.with(TestHosts.as(this.hosts.member("Tamu"))))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl(offeringPath(host, closed)));
	}

	@Test
	void aHostWithNowhereToMeetOffersNothing() throws Exception {
		Account host = this.hosts.host(this.hosts.member("Hadi"),
				TestHosts.withoutMeetingLink(TestHosts.profile("Frontend & karier", List.of("id"), "karier")));

		Element section = html(get(profile(host))).selectFirst("section.host");

		assertThat(section.select(".slot, article.offering")).isEmpty();
		assertThat(section.selectFirst(".host__none").text()).isEqualTo("Belum ada jenis sesi yang dibuka.");
	}

	@Test
	void showsTimesInTheViewersZoneWithTheHostsBesideThem() throws Exception {
		Account host = host("Fajar");
		OfferingId offering = this.directory.offerings(host.id()).get(0).id();
		Account amsterdam = this.hosts.member("Anneke");
		ProfileChange change = new ProfileChange(amsterdam.handle().value(), "Anneke", "", "Europe/Amsterdam", "id",
				null, null, null, null);
		assertThat(this.accounts.updateProfile(amsterdam.id(), change)).isEqualTo(ProfileOutcome.UPDATED);

		Map<String, Element> jakarta = slots(html(get(offeringPath(host, offering))));
		Map<String, Element> jayapura = slots(
				html(get(offeringPath(host, offering)).cookie(new Cookie("ngupi_tz", "Asia/Jayapura"))));
		Map<String, Element> member = slots(html(get(offeringPath(host, offering)).with(TestHosts.as(amsterdam))
			.cookie(new Cookie("ngupi_tz", "Asia/Jayapura"))));

		assertThat(jayapura.keySet()).as("the same instants").isEqualTo(jakarta.keySet());
		assertThat(member.keySet()).isEqualTo(jakarta.keySet());
		jakarta.forEach((instant, slot) -> {
			assertThat(slot.selectFirst("time").text()).isEqualTo(local(instant, "Asia/Jakarta") + " WIB");
			assertThat(slot.select(".slot__host")).as("the viewer's zone is the host's").isEmpty();
			assertThat(jayapura.get(instant).selectFirst("time").text())
				.isEqualTo(local(instant, "Asia/Jayapura") + " WIT");
			assertThat(jayapura.get(instant).selectFirst(".slot__host").text())
				.isEqualTo("(" + local(instant, "Asia/Jakarta") + " WIB waktu host)");
			String zone = DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH)
				.format(Instant.parse(instant).atZone(ZoneId.of("Europe/Amsterdam")));
			assertThat(member.get(instant).selectFirst("time").text()).as("the profile's zone, not the cookie's")
				.isEqualTo(local(instant, "Europe/Amsterdam") + " " + zone)
				.matches("\\d\\d\\.\\d\\d CES?T");
		});
		assertThat(html(get(offeringPath(host, offering)).cookie(new Cookie("ngupi_tz", "Asia/Jayapura")))
			.select("p.small:contains(Waktu ditampilkan)")
			.text()).isEqualTo("Waktu ditampilkan dalam WIT (Asia/Jayapura).");
		Document english = html(get(profile(host)).cookie(new Cookie("ngupi-lang", "en")));
		assertThat(english.select(".slot time").eachText()).allMatch(time -> time.matches("(19|20):(00|30) WIB"));
		assertThat(english.select(".slot-day__date").eachText())
			.allMatch(day -> day.matches("(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{1,2} \\S+"));
	}

	@Test
	void ignoresATimezoneCookieNamingNoZone() throws Exception {
		Account host = host("Gita");
		for (String cookie : new String[] { "Mars/Olympus", "<script>", "../../etc/passwd", "" }) {
			Document page = html(get(profile(host)).cookie(new Cookie("ngupi_tz", cookie)));
			assertThat(page.select(".slot time").eachText()).allMatch(time -> time.endsWith(" WIB"));
			assertThat(page.selectFirst("body").attr("data-viewer-zone")).isEqualTo("Asia/Jakarta");
		}
		Document known = html(get(profile(host)).cookie(new Cookie("ngupi_tz", "Asia/Makassar")));
		assertThat(known.select(".slot time").eachText()).allMatch(time -> time.endsWith(" WITA"));
		assertThat(known.selectFirst("body").hasAttr("data-viewer-zone")).as("nothing left to guess").isFalse();
		assertThat(known.select("script[src~=^/js/timezone-[0-9a-f]{32}\\.js$][defer]")).hasSize(1);
	}

	@Test
	void tellsLinkPreviewsAboutTheHostAsText() throws Exception {
		Account member = this.hosts.member("Hana \"<script>\"", "https://avatars.githubusercontent.com/u/1?v=4");
		this.hosts.host(member, new HostProfileChange("\"><script>alert(1)</script> & C++", "", List.of("karier"),
				List.of("id"), MEETING, "Asia/Jakarta"));

		String source = body(get(profile(member)));
		Document page = Jsoup.parse(source);

		assertThat(meta(page, "og:title")).isEqualTo("Hana \"<script>\" (@" + handle(member) + ")");
		assertThat(meta(page, "og:description")).isEqualTo("\"><script>alert(1)</script> & C++");
		assertThat(meta(page, "og:url")).isEqualTo("http://localhost:8080/@" + handle(member));
		assertThat(meta(page, "og:type")).isEqualTo("profile");
		assertThat(meta(page, "og:image")).isEqualTo("https://avatars.githubusercontent.com/u/1?v=4");
		assertThat(page.selectFirst("meta[name=twitter:card]").attr("content")).isEqualTo("summary");
		assertThat(page.selectFirst("link[rel=canonical]").attr("href"))
			.isEqualTo("http://localhost:8080/@" + handle(member));
		assertThat(page.select("script")).allMatch(script -> script.hasAttr("src"));
		assertThat(source).doesNotContain("rahasia");

		Account plain = this.hosts.member("Bukan host");
		assertThat(Jsoup.parse(body(get(profile(plain)))).select("meta[property^=og:], link[rel=canonical]"))
			.as("only hosts' pages")
			.isEmpty();
	}

	@Test
	void offersToShareThePageOnXInTheRightWords() throws Exception {
		Account host = this.hosts.host(this.hosts.member("Indra & Co"), new HostProfileChange(
				"C++ & Rust: 100% santai?", "", List.of("backend"), List.of("id"), MEETING, "Asia/Jakarta"));
		Account visitor = this.hosts.member("Tamu");
		String url = "http://localhost:8080/@" + handle(host);

		Element others = html(get(profile(host)).with(TestHosts.as(visitor))).selectFirst("a.host__share");
		Element own = html(get(profile(host)).with(TestHosts.as(host))).selectFirst("a.host__share");
		Element anonymous = html(get(profile(host))).selectFirst("a.host__share");

		assertThat(others.text()).isEqualTo("Bagikan di X");
		assertThat(others.attr("rel")).contains("noopener");
		assertThat(others.attr("target")).isEqualTo("_blank");
		assertThat(others.attr("href")).startsWith("https://x.com/intent/post?text=").doesNotContain(" ", "++");
		assertThat(query(others.attr("href"))).containsExactly(
				Map.entry("text", "Ngobrol santai bareng Indra & Co di Ngupi: C++ & Rust: 100% santai?"),
				Map.entry("url", url));
		assertThat(query(own.attr("href"))).containsEntry("text",
				"Aku buka waktu ngobrol di Ngupi: C++ & Rust: 100% santai?");
		assertThat(anonymous.attr("href")).isEqualTo(others.attr("href"));
	}

	private Account host(String name) {
		return this.hosts.host(this.hosts.member(name),
				new HostProfileChange("Frontend & karier", "Baris satu.\nBaris <b>dua</b>.",
						List.of("frontend", "karier"), List.of("id", "en"), MEETING, "Asia/Jakarta"));
	}

	private static Map<String, Element> slots(Document page) {
		Map<String, Element> slots = new LinkedHashMap<>();
		for (Element slot : page.select(".slot")) {
			slots.put(slot.selectFirst("time").attr("datetime"), slot);
		}
		assertThat(slots).isNotEmpty();
		return slots;
	}

	private static String local(String instant, String zone) {
		return DateTimeFormatter.ofPattern("HH.mm").format(Instant.parse(instant).atZone(ZoneId.of(zone)));
	}

	private static String meta(Document page, String property) {
		return page.selectFirst("meta[property=" + property + "]").attr("content");
	}

	private static Map<String, String> query(String href) {
		Map<String, String> parameters = new LinkedHashMap<>();
		for (String pair : URI.create(href).getRawQuery().split("&")) {
			String[] parts = pair.split("=", 2);
			parameters.put(parts[0], URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
		}
		return parameters;
	}

	private Document html(MockHttpServletRequestBuilder request) throws Exception {
		return this.pages.html(request);
	}

	private String body(MockHttpServletRequestBuilder request) throws Exception {
		return this.pages.body(request);
	}

	private static String profile(Account member) {
		return "/@" + handle(member);
	}

	private static String offeringPath(Account member, OfferingId offering) {
		return profile(member) + "/ngupi/" + offering;
	}

	private static String handle(Account member) {
		return member.handle().value();
	}

	/** The offering's next open times, as its host's page reads them. */
	private List<CandidateTime> upcoming(AccountId host, OfferingId offering, int limit) {
		return this.directory.upcomingByOffering(host, limit)
			.entrySet()
			.stream()
			.filter(entry -> entry.getKey().id().equals(offering))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElse(List.of());
	}

}
