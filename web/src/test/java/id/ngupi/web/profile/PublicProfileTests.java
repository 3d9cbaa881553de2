package id.ngupi.web.profile;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

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
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.server.PathContainer;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A member's public page at {@code /@handle}: open to visitors, found whatever the
 * handle's case, and never rendering what the member wrote as markup.
 */
@NgupiWebTest
class PublicProfileTests {

	private final MockMvc mvc;

	private final Accounts accounts;

	@LocalServerPort
	private int port;

	PublicProfileTests(@Autowired MockMvc mvc, @Autowired Accounts accounts) {
		this.mvc = mvc;
		this.accounts = accounts;
	}

	@Test
	void showsTheProfileToVisitors() throws Exception {
		Account member = withProfile(Members.create(this.accounts, "publik"), "Baris pertama.\nBaris kedua.",
				"https://sari.dev/", "https://github.com/sari");

		Document page = html(
				this.mvc.perform(get("/@" + member.handle().value())).andExpect(status().isOk()).andReturn());

		assertThat(page.selectFirst("h1").text()).isEqualTo("Sari Wulandari");
		assertThat(page.title()).isEqualTo("Sari Wulandari (@" + member.handle().value() + ") · Ngupi");
		assertThat(page.selectFirst(".profile__handle").text()).isEqualTo("@" + member.handle().value());
		assertThat(page.selectFirst(".profile__bio").wholeText()).as("line breaks kept")
			.isEqualTo("Baris pertama.\nBaris kedua.");
		assertThat(page.selectFirst(".avatar--initial").text()).isEqualTo("S");
		assertThat(page.selectFirst(".profile__since").text()).startsWith("Bergabung sejak ");
		assertThat(page.selectFirst(".profile__since time").attr("datetime")).matches("\\d{4}-\\d{2}-\\d{2}");
		assertThat(page.select(".profile__links a").eachAttr("href")).containsExactly("https://sari.dev/",
				"https://github.com/sari");
		assertThat(page.select(".profile__links a").eachText()).containsExactly("sari.dev", "github.com/sari");
		for (Element link : page.select(".profile__links a")) {
			assertThat(link.attr("rel")).contains("nofollow", "ugc", "noopener");
			assertThat(link.attr("target")).isEqualTo("_blank");
		}
		assertThat(page.select(".profile__edit")).as("no edit link for visitors").isEmpty();
	}

	@Test
	void showsMarkupInTheBioAsText() throws Exception {
		String bio = "<script>alert(1)</script>\n<img src=x onerror=alert(2)> & <b>tebal</b>";
		Account member = withProfile(Members.create(this.accounts, "skrip"), bio, null, null);

		MvcResult result = this.mvc.perform(get("/@" + member.handle().value())).andExpect(status().isOk()).andReturn();

		Document page = html(result);
		Element shown = page.selectFirst(".profile__bio");
		assertThat(shown.select("script, img, b")).as("no element from the bio").isEmpty();
		assertThat(shown.wholeText()).isEqualTo(bio);
		assertThat(page.select("script")).as("only the site's own scripts")
			.allMatch(script -> script.attr("src").startsWith("/webjars/") || script.attr("src").startsWith("/js/"));
		assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.contains("&lt;script&gt;alert(1)&lt;/script&gt;");
		assertThat(page.selectFirst("meta[name=description]").attr("content")).isEqualTo(bio);
	}

	@Test
	void findsTheHandleWhateverItsCase() throws Exception {
		Account member = Members.create(this.accounts, "Besar");

		for (String handle : new String[] { member.handle().value().toUpperCase(),
				member.handle().value().toLowerCase() }) {
			Document page = html(this.mvc.perform(get("/@" + handle)).andExpect(status().isOk()).andReturn());
			assertThat(page.selectFirst(".profile__handle").text()).as("shown as the member wrote it")
				.isEqualTo("@" + member.handle().value());
		}
	}

	@Test
	void answersNotFoundForAnUnknownOrMalformedHandle() throws Exception {
		for (String path : new String[] { "/@tidak-ada-yang-punya", "/@x", "/@a.b", "/@", "/@-awal" }) {
			this.mvc.perform(get(path)).andExpect(status().isNotFound());
		}
	}

	@Test
	void mapsOnlyOneSegmentStartingWithAnAt() {
		PathPattern pattern = PathPatternParser.defaultInstance.parse(PublicProfileController.PATH);

		PathPattern.PathMatchInfo match = pattern.matchAndExtract(PathContainer.parsePath("/@Sari_W-1"));
		assertThat(match).isNotNull();
		assertThat(match.getUriVariables()).containsEntry("handle", "Sari_W-1");
		for (String other : new String[] { "/sari", "/@sari/", "/@sari/edit", "/x/@sari", "/settings/profile",
				"/login" }) {
			assertThat(pattern.matches(PathContainer.parsePath(other))).as(other).isFalse();
		}
	}

	@Test
	void showsTheSitesNotFoundPageForAnUnknownHandle() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/@belum-ada-orangnya"))
				.header("Accept", "text/html")
				.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(Jsoup.parse(response.body()).selectFirst("h1").text()).isEqualTo("Halaman tidak ditemukan");
	}

	@Test
	void hidesASuspendedMember() throws Exception {
		Account member = Members.create(this.accounts, "tangguh");
		this.mvc.perform(get("/@" + member.handle().value())).andExpect(status().isOk());

		this.accounts.suspend(member.id(), "Spam");

		this.mvc.perform(get("/@" + member.handle().value())).andExpect(status().isNotFound());
	}

	@Test
	void offersTheOwnerALinkToEditTheirProfile() throws Exception {
		Account member = Members.create(this.accounts, "pemilik");
		Account visitor = Members.create(this.accounts, "tamu");

		Document own = html(this.mvc.perform(get("/@" + member.handle().value()).with(Members.as(member))).andReturn());
		Document others = html(
				this.mvc.perform(get("/@" + member.handle().value()).with(Members.as(visitor))).andReturn());

		assertThat(own.selectFirst(".profile__edit").attr("href")).isEqualTo("/settings/profile");
		assertThat(own.selectFirst(".profile__edit").text()).isEqualTo("Edit profil");
		assertThat(others.select(".profile__edit")).isEmpty();
	}

	@Test
	void speaksEnglishToAnEnglishVisitor() throws Exception {
		Account member = withProfile(Members.create(this.accounts, "inggris"), "Hi!", "https://sari.dev", null);

		Document page = html(
				this.mvc.perform(get("/@" + member.handle().value()).cookie(new Cookie("ngupi-lang", "en")))
					.andReturn());

		assertThat(page.selectFirst(".profile__since").text()).startsWith("Member since ");
		assertThat(page.selectFirst(".profile__link-label").text()).isEqualTo("Website");
	}

	private Account withProfile(Account member, String bio, String website, String github) {
		ProfileChange change = new ProfileChange(member.handle().value(), "Sari Wulandari", bio, "Asia/Jakarta", "id",
				website, github, null, null);
		assertThat(this.accounts.updateProfile(member.id(), change)).isEqualTo(ProfileOutcome.UPDATED);
		return this.accounts.find(member.id()).orElseThrow();
	}

	private static Document html(MvcResult result) throws Exception {
		return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
