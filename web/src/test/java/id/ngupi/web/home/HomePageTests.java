package id.ngupi.web.home;

import java.nio.charset.StandardCharsets;

import id.ngupi.web.NgupiWebTest;
import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@NgupiWebTest
class HomePageTests {

	private final MockMvc mvc;

	HomePageTests(@Autowired MockMvc mvc) {
		this.mvc = mvc;
	}

	@Test
	void servesTheIndonesianHomePageByDefault() throws Exception {
		Document page = render(this.mvc.perform(get("/").header("Accept-Language", "en-US,en;q=0.9"))
			.andExpect(status().isOk())
			.andReturn());

		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("id");
		assertThat(page.selectFirst("h1").text()).isEqualTo("Ngopi bareng developer lain, satu lawan satu");
		assertThat(page.title()).endsWith("· Ngupi");
		assertThat(page.select("header .language-switch a[hreflang=en]").attr("href")).isEqualTo("/?hl=en");
		assertThat(page.select("footer").text()).contains("Gratis");
	}

	@Test
	void servesTheEnglishHomePageWhenAskedAndRemembersTheChoice() throws Exception {
		MvcResult english = this.mvc.perform(get("/").param("hl", "en")).andExpect(status().isOk()).andReturn();
		Document page = render(english);
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
		assertThat(page.selectFirst("h1").text()).isEqualTo("Have a coffee chat with another developer, one on one");

		Cookie remembered = english.getResponse().getCookie("ngupi-lang");
		assertThat(remembered).isNotNull();
		assertThat(remembered.isHttpOnly()).isTrue();
		Document next = render(this.mvc.perform(get("/").cookie(remembered)).andExpect(status().isOk()).andReturn());
		assertThat(next.selectFirst("html").attr("lang")).isEqualTo("en");
		assertThat(next.select(".language-switch a[hreflang=id]").attr("href")).isEqualTo("/?hl=id");
	}

	@Test
	void ignoresALanguageNgupiIsNotWrittenIn() throws Exception {
		MvcResult result = this.mvc.perform(get("/").param("hl", "fr")).andExpect(status().isOk()).andReturn();

		assertThat(render(result).selectFirst("html").attr("lang")).isEqualTo("id");
		assertThat(result.getResponse().getCookie("ngupi-lang")).isNull();
	}

	@Test
	void leavesTheLangParameterToTheDiscoveryFilter() throws Exception {
		MvcResult result = this.mvc.perform(get("/").param("lang", "en")).andExpect(status().isOk()).andReturn();

		assertThat(render(result).selectFirst("html").attr("lang")).as("?lang= filters hosts, ?hl= switches")
			.isEqualTo("id");
		assertThat(result.getResponse().getCookie("ngupi-lang")).isNull();
	}

	@Test
	void loadsHtmxFromTheWebjarAndTheSitesOwnStylesheet() throws Exception {
		Document page = render(this.mvc.perform(get("/")).andReturn());

		String htmx = page.select("script[src*=htmx]").attr("src");
		assertThat(htmx).as("the WebJar's version and the content in the name")
			.matches("/webjars/htmx\\.org/[0-9.]+/dist/htmx\\.min-[0-9a-f]{32}\\.js");
		assertThat(this.mvc.perform(get(htmx))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).contains("htmx");
		String css = page.select("link[rel=stylesheet]").attr("href");
		this.mvc.perform(get(css)).andExpect(status().isOk());
		assertThat(page.select("meta[name=viewport]")).isNotEmpty();
		assertThat(page.select("script:not([src])")).as("no inline script").isEmpty();
	}

	@Test
	void letsTheTimezoneScriptCorrectTheZoneItGuessed() throws Exception {
		Document visitor = render(this.mvc.perform(get("/")).andReturn());
		Document told = render(this.mvc.perform(get("/").cookie(new Cookie("ngupi_tz", "Asia/Makassar"))).andReturn());

		assertThat(visitor.select("script[src~=^/js/timezone-[0-9a-f]{32}\\.js$][defer]")).hasSize(1);
		assertThat(visitor.body().attr("data-viewer-zone")).as("WIB, until the browser says").isEqualTo("Asia/Jakarta");
		assertThat(told.body().hasAttr("data-viewer-zone")).as("nothing left to correct").isFalse();
		assertThat(this.mvc.perform(get("/js/timezone.js"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).contains("ngupi_tz", "resolvedOptions().timeZone");
	}

	@Test
	void reportsHealthForOperations() throws Exception {
		String health = this.mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(health).contains("\"status\":\"UP\"");
	}

	private static Document render(MvcResult result) throws Exception {
		return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
