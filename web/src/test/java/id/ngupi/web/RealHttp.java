package id.ngupi.web;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import id.ngupi.identity.AccountId;
import id.ngupi.web.account.TestMembers;
import org.jsoup.Jsoup;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests to the running application over a real socket, as a browser sends them:
 * through Tomcat, every filter and the session store, which MockMvc skips. Redirects are
 * not followed, so a test sees each answer.
 */
public final class RealHttp {

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final int port;

	public RealHttp(int port) {
		this.port = port;
	}

	/** The cookie header of a new logged-in session of the member. */
	public static String sessionOf(FindByIndexNameSessionRepository<? extends Session> sessions, AccountId member) {
		String session = TestMembers.loggedInSession(sessions, member);
		return TestMembers.SESSION_COOKIE + "=" + TestMembers.cookieOf(session).getValue();
	}

	/** The CSRF token of the first form matching the selector on the page. */
	public static String csrfOf(HttpResponse<String> page, String form) {
		assertThat(page.statusCode()).isEqualTo(200);
		return Jsoup.parse(page.body()).selectFirst(form + " input[name=_csrf]").val();
	}

	public HttpResponse<String> get(String path, String cookie) throws Exception {
		return send("GET", path, new byte[0], "Cookie", cookie);
	}

	/** A form POST; {@code headers} are name, value pairs. */
	public HttpResponse<String> post(String path, String cookie, Map<String, String> form, String... headers)
			throws Exception {
		String body = form.entrySet()
			.stream()
			.map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		String[] all = Stream
			.concat(Stream.of("Cookie", cookie, "Content-Type", "application/x-www-form-urlencoded"),
					Stream.of(headers))
			.toArray(String[]::new);
		return send("POST", path, body.getBytes(StandardCharsets.US_ASCII), all);
	}

	/**
	 * A request of any method with exactly these bytes as its body, for what no page of
	 * the site sends (bytes that are no UTF-8, a content type without its boundary, a
	 * body beyond the size limit); {@code headers} are name, value pairs, a pair whose
	 * value is {@code null} left out.
	 */
	public HttpResponse<String> send(String method, String path, byte[] body, String... headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.method(method, (body.length == 0) ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofByteArray(body));
		for (int i = 0; i + 1 < headers.length; i += 2) {
			if (headers[i + 1] != null) {
				request.header(headers[i], headers[i + 1]);
			}
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
