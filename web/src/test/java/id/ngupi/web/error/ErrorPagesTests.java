package id.ngupi.web.error;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import id.ngupi.web.NgupiWebTest;
import id.ngupi.web.TestEndpoints;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Error pages through the real servlet container (MockMvc does not forward to
 * {@code /error}): the site's own page, in the viewer's language, without a stack trace
 * or exception message.
 */
@NgupiWebTest
class ErrorPagesTests {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Test
	void showsNotFoundInIndonesian() throws Exception {
		HttpResponse<String> response = get("/tidak-ada", null);

		assertThat(response.statusCode()).isEqualTo(404);
		Document page = Jsoup.parse(response.body());
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("id");
		assertThat(page.selectFirst("h1").text()).isEqualTo("Halaman tidak ditemukan");
		assertThat(page.select("header .brand")).as("site layout").isNotEmpty();
		assertThat(page.select(".language-switch a[hreflang=en]").attr("href")).isEqualTo("/tidak-ada?hl=en");
	}

	@Test
	void showsNotFoundInEnglish() throws Exception {
		HttpResponse<String> response = get("/nothing-here", "ngupi-lang=en");

		assertThat(response.statusCode()).isEqualTo(404);
		Document page = Jsoup.parse(response.body());
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
		assertThat(page.selectFirst("h1").text()).isEqualTo("Page not found");
	}

	@Test
	void showsForbiddenInBothLanguages() throws Exception {
		HttpResponse<String> indonesian = get("/test-only/forbidden", null);
		HttpResponse<String> english = get("/test-only/forbidden", "ngupi-lang=en");

		assertThat(indonesian.statusCode()).isEqualTo(403);
		assertThat(Jsoup.parse(indonesian.body()).selectFirst("h1").text()).isEqualTo("Akses ditolak");
		assertThat(english.statusCode()).isEqualTo(403);
		assertThat(Jsoup.parse(english.body()).selectFirst("h1").text()).isEqualTo("Access denied");
		assertThat(indonesian.body()).doesNotContain(TestEndpoints.FAILURE_DETAIL);
	}

	@Test
	void showsServerErrorWithoutStackTraceOrMessage() throws Exception {
		HttpResponse<String> indonesian = get("/test-only/failure", null);
		HttpResponse<String> english = get("/test-only/failure", "ngupi-lang=en");

		assertThat(indonesian.statusCode()).isEqualTo(500);
		assertThat(Jsoup.parse(indonesian.body()).selectFirst("h1").text())
			.isEqualTo("Ada yang tidak beres di sisi kami");
		assertThat(english.statusCode()).isEqualTo(500);
		assertThat(Jsoup.parse(english.body()).selectFirst("h1").text()).isEqualTo("Something went wrong on our side");
		for (String body : new String[] { indonesian.body(), english.body() }) {
			assertThat(body).doesNotContain(TestEndpoints.FAILURE_DETAIL, "IllegalStateException", "at id.ngupi",
					"Whitelabel");
		}
	}

	private HttpResponse<String> get(String path, String cookie) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "text/html");
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
