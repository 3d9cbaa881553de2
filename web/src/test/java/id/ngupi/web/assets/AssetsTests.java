package id.ngupi.web.assets;

import id.ngupi.web.NgupiWebTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Pages name their assets by content, and such a URL is kept for a year and sent
 * precompressed; an asset asked for by its plain name is kept only briefly.
 */
@NgupiWebTest
class AssetsTests {

	private static final String YEAR = "max-age=31536000, public, immutable";

	private final MockMvc mvc;

	AssetsTests(@Autowired MockMvc mvc) {
		this.mvc = mvc;
	}

	@Test
	void pagesNameEveryAssetByItsContentWhichIsKeptForAYear() throws Exception {
		Document page = Jsoup.parse(this.mvc.perform(get("/login")).andReturn().getResponse().getContentAsString());
		String css = page.selectFirst("link[rel=stylesheet]").attr("href");
		assertThat(css).matches("/css/ngupi-[0-9a-f]{32}\\.css");
		assertThat(page.select("script[src]").eachAttr("src")).isNotEmpty()
			.allMatch(src -> src.matches("/(js|webjars)/.+-[0-9a-f]{32}\\.js"), "names its content");
		assertThat(page.selectFirst("link[rel=icon]").attr("href")).matches("/img/ngupi-[0-9a-f]{32}\\.svg");

		for (String asset : page.select("script[src]").eachAttr("src")) {
			this.mvc.perform(get(asset)).andExpect(status().isOk()).andExpect(header().string("Cache-Control", YEAR));
		}
		MvcResult plain = this.mvc.perform(get(css)).andExpect(status().isOk()).andReturn();
		assertThat(plain.getResponse().getHeader("Cache-Control")).isEqualTo(YEAR);
		assertThat(plain.getResponse().getHeader("Content-Encoding")).isNull();
		assertThat(plain.getResponse().getContentAsString()).contains("{");

		MvcResult brotli = this.mvc.perform(get(css).header("Accept-Encoding", "gzip, deflate, br"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Encoding", "br"))
			.andExpect(header().string("Cache-Control", YEAR))
			.andReturn();
		assertThat(brotli.getResponse().getHeaders("Vary")).anyMatch(vary -> vary.contains("Accept-Encoding"));
		assertThat(brotli.getResponse().getContentAsByteArray())
			.hasSizeLessThan(plain.getResponse().getContentLength());
		this.mvc.perform(get(css).header("Accept-Encoding", "gzip"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Encoding", "gzip"));
	}

	@Test
	void anAssetAskedForByItsPlainNameIsKeptOnlyBriefly() throws Exception {
		this.mvc.perform(get("/css/ngupi.css"))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "max-age=300, public"));
		this.mvc.perform(get("/css/ngupi-0123456789abcdef0123456789abcdef.css")).andExpect(status().isNotFound());
	}

}
