package id.ngupi.web.rounds;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;

import javax.imageio.ImageIO;

import id.ngupi.booking.OpenSlots;
import id.ngupi.hosting.Hosting;
import id.ngupi.identity.Accounts;
import id.ngupi.rounds.Picking;
import id.ngupi.rounds.Round;
import id.ngupi.rounds.Rounds;
import id.ngupi.web.NgupiWebTest;
import id.ngupi.web.RunningTestClock;
import id.ngupi.web.booking.Bookers.Host;
import id.ngupi.web.time.TimeFormat;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A round's link preview: the Open Graph and X tags of its page, in Indonesian and the
 * host's zone whoever shares it, the picture they point at, and the post on X written in
 * advance.
 */
@NgupiWebTest
class RoundCardTests {

	private final MockMvc mvc;

	private final RoundFixtures fixtures;

	RoundCardTests(@Autowired MockMvc mvc, @Autowired Accounts accounts, @Autowired Hosting hosting,
			@Autowired OpenSlots openSlots, @Autowired Rounds rounds, @Autowired RunningTestClock clock) {
		this.mvc = mvc;
		this.fixtures = new RoundFixtures(accounts, hosting, openSlots, rounds, clock, mvc);
	}

	@Test
	void thePageTellsPreviewsWhatTheRoundIsWithAWidePicture() throws Exception {
		Host host = this.fixtures.host("kartu");
		Instant closes = Instant.now().plus(Duration.ofHours(1));
		Round round = this.fixtures.round(host, Picking.DRAW, null, closes);
		String closesInJakarta = new TimeFormat(java.time.ZoneId.of("Asia/Jakarta"), RoundPages.CARD_LOCALE)
			.dateTime(round.closesAt());

		Document page = RoundFixtures.html(
				this.mvc
					.perform(get("/putaran/" + round.id()).header("Accept-Language", "en")
						.cookie(new jakarta.servlet.http.Cookie("ngupi-lang", "en")))
					.andReturn());

		assertThat(meta(page, "og:title")).isEqualTo("2 sesi Ngupi bareng @" + host.handle());
		assertThat(meta(page, "og:description")).isEqualTo("daftar sampai " + closesInJakarta);
		assertThat(meta(page, "og:url")).startsWith("http").endsWith("/putaran/" + round.id());
		assertThat(meta(page, "og:image")).startsWith("http").endsWith("/putaran/" + round.id() + "/kartu.png");
		assertThat(page.selectFirst("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");
		String share = page.selectFirst("a.button--twitter").attr("href");
		assertThat(share).startsWith("https://x.com/intent/post?text=")
			.contains(
					"url=" + java.net.URLEncoder.encode(meta(page, "og:url"), java.nio.charset.StandardCharsets.UTF_8));
	}

	@Test
	void thePictureIsAPngOf1200By630KeptByItsEtag() throws Exception {
		Host host = this.fixtures.host("gambar");
		Round round = this.fixtures.round(host, Picking.HOST);

		MvcResult drawn = this.mvc.perform(get("/putaran/" + round.id() + "/kartu.png")).andReturn();

		assertThat(drawn.getResponse().getStatus()).isEqualTo(200);
		assertThat(drawn.getResponse().getContentType()).isEqualTo("image/png");
		assertThat(drawn.getResponse().getHeader("Cache-Control")).contains("max-age=600");
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(drawn.getResponse().getContentAsByteArray()));
		assertThat(image.getWidth()).isEqualTo(1200);
		assertThat(image.getHeight()).isEqualTo(630);
		String etag = drawn.getResponse().getHeader("ETag");
		assertThat(etag).isNotBlank();

		MvcResult again = this.mvc.perform(get("/putaran/" + round.id() + "/kartu.png").header("If-None-Match", etag))
			.andReturn();
		assertThat(again.getResponse().getStatus()).isEqualTo(304);
	}

	private static String meta(Document page, String property) {
		return page.selectFirst("meta[property=" + property + "]").attr("content");
	}

}
