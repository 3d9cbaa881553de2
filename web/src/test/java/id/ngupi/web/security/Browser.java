package id.ngupi.web.security;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A minimal browser for the application running on its real port: keeps the cookies the
 * site sets (like a browser would, by name), follows no redirect by itself, and reads
 * pages with jsoup. Each instance is one visitor.
 */
final class Browser {

	private static final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final URI site;

	private final Map<String, String> cookies = new LinkedHashMap<>();

	Browser(int port) {
		this.site = URI.create("http://localhost:" + port + "/");
	}

	/** The site's own address, {@code http://localhost:port/}. */
	URI site() {
		return this.site;
	}

	Page get(String target) {
		return get(target, Map.of());
	}

	/** A GET with extra request headers, as a proxy or htmx would add them. */
	Page get(String target, Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(resolve(target)).GET();
		headers.forEach(request::header);
		return send(request);
	}

	Page post(String target, Map<String, String> form) {
		return post(target, form, Map.of());
	}

	/** A form POST with extra request headers, as htmx sends one. */
	Page post(String target, Map<String, String> form, Map<String, String> headers) {
		String body = form.entrySet()
			.stream()
			.map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		HttpRequest.Builder request = HttpRequest.newBuilder(resolve(target))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		headers.forEach(request::header);
		return send(request);
	}

	/** Goes where a redirect points. */
	Page follow(Page redirect) {
		return get(redirect.location().orElseThrow(() -> new AssertionError("Not a redirect: " + redirect.status())));
	}

	/** The value of a cookie the site set and has not removed, if any. */
	Optional<String> cookie(String name) {
		return Optional.ofNullable(this.cookies.get(name));
	}

	/** Sends a cookie from now on, as an attacker replaying a stolen one would. */
	void setCookie(String name, String value) {
		this.cookies.put(name, value);
	}

	/** Where a link or redirect target of this site leads, as an absolute address. */
	URI resolve(String target) {
		return this.site.resolve(target);
	}

	private Page send(HttpRequest.Builder request) {
		request.header("Accept", "text/html");
		if (!this.cookies.isEmpty()) {
			request.header("Cookie",
					this.cookies.entrySet()
						.stream()
						.map(cookie -> cookie.getKey() + "=" + cookie.getValue())
						.collect(Collectors.joining("; ")));
		}
		HttpResponse<String> response;
		try {
			response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		response.headers().allValues("Set-Cookie").forEach(this::remember);
		return new Page(response);
	}

	private void remember(String setCookie) {
		String[] parts = setCookie.split(";");
		String[] nameValue = parts[0].split("=", 2);
		String name = nameValue[0].strip();
		String value = (nameValue.length > 1) ? nameValue[1].strip() : "";
		boolean removed = value.isEmpty();
		for (int i = 1; i < parts.length; i++) {
			String attribute = parts[i].strip().toLowerCase(Locale.ROOT);
			if (attribute.equals("max-age=0") || attribute.startsWith("expires=thu, 01 jan 1970")) {
				removed = true;
			}
		}
		if (removed) {
			this.cookies.remove(name);
		}
		else {
			this.cookies.put(name, value);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/**
	 * One answer of the site.
	 *
	 * @param response the HTTP response
	 */
	record Page(HttpResponse<String> response) {

		int status() {
			return this.response.statusCode();
		}

		Optional<String> location() {
			return this.response.headers().firstValue("Location");
		}

		Optional<String> header(String name) {
			return this.response.headers().firstValue(name);
		}

		/** The {@code Set-Cookie} header that sets (or removes) the named cookie. */
		Optional<String> setCookie(String name) {
			List<String> all = this.response.headers().allValues("Set-Cookie");
			return all.stream().filter(header -> header.startsWith(name + "=")).findFirst();
		}

		String body() {
			return this.response.body();
		}

		Document document() {
			return Jsoup.parse(this.response.body());
		}

		/** The name in the header's member menu, if a member is logged in. */
		Optional<String> memberName() {
			Element me = document().selectFirst("header .member-nav .member-nav__me span");
			return Optional.ofNullable(me).map(Element::text);
		}

		/** The CSRF token of the page's forms (the logout form of a logged-in member). */
		String csrfToken() {
			Element token = document().selectFirst("form input[name=_csrf]");
			if (token == null) {
				throw new AssertionError("No form with a CSRF token on this page");
			}
			return token.val();
		}

	}

}
