package id.ngupi.hosting.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

import id.ngupi.hosting.internal.BusyTimes.Refused;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Reads a host's calendar file from its private address, as a server-side fetch by an
 * address a member typed must be read: {@code https} only, to public addresses only
 * (never loopback, private, link-local, carrier-grade NAT or multicast ranges, so no
 * request reaches Ngupi's own network), following at most {@value #MAX_REDIRECTS}
 * redirects, each checked again, with a time limit and at most {@value #MAX_BYTES} bytes.
 * <p>
 * The names are resolved and checked before the connection; a name that resolves
 * differently a moment later (DNS rebinding) is not caught: the connection goes to
 * whatever the resolver answers then.
 */
@Component
class CalendarFetcher {

	static final int MAX_REDIRECTS = 3;

	static final int MAX_BYTES = 5 * 1024 * 1024;

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private final HttpClient client = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	/**
	 * An origin ({@code http://127.0.0.1:port}) read as if it were public: set only by
	 * tests, which serve their calendars on loopback.
	 */
	private final String trustedTestOrigin;

	CalendarFetcher(@Value("${ngupi.calendars.trusted-test-origin:}") String trustedTestOrigin) {
		this.trustedTestOrigin = trustedTestOrigin;
	}

	/**
	 * The calendar file at the address.
	 * @throws Refused with the message key saying why it could not be read
	 */
	String fetch(String address) {
		URI uri = parse(address);
		for (int hop = 0;; hop++) {
			check(uri);
			HttpResponse<InputStream> response = send(uri);
			int status = response.statusCode();
			if (status >= 300 && status < 400) {
				String location = response.headers().firstValue("Location").orElse(null);
				close(response);
				if (location == null || hop >= MAX_REDIRECTS) {
					throw new Refused("calendars.error.redirects");
				}
				uri = parse(resolve(uri, location));
				continue;
			}
			if (status != 200) {
				close(response);
				throw new Refused("calendars.error.status");
			}
			return read(response);
		}
	}

	/**
	 * Whether the address may be read at all: the check of the form, before any fetch.
	 */
	boolean acceptable(String address) {
		try {
			URI uri = parse(address);
			return trusted(uri) || "https".equalsIgnoreCase(uri.getScheme());
		}
		catch (Refused refused) {
			return false;
		}
	}

	/** A redirect's target, relative to the address that answered with it. */
	private static String resolve(URI base, String location) {
		try {
			return base.resolve(new URI(location.strip())).toString();
		}
		catch (java.net.URISyntaxException | IllegalArgumentException malformed) {
			throw new Refused("calendars.error.address");
		}
	}

	private static URI parse(String address) {
		try {
			URI uri = new URI(address.strip());
			if (uri.getHost() == null || uri.getScheme() == null || uri.getUserInfo() != null) {
				throw new Refused("calendars.error.address");
			}
			return uri;
		}
		catch (java.net.URISyntaxException malformed) {
			throw new Refused("calendars.error.address");
		}
	}

	private void check(URI uri) {
		if (trusted(uri)) {
			return;
		}
		if (!"https".equalsIgnoreCase(uri.getScheme())) {
			throw new Refused("calendars.error.notHttps");
		}
		try {
			for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
				if (!isPublic(address)) {
					throw new Refused("calendars.error.notPublic");
				}
			}
		}
		catch (UnknownHostException unknown) {
			throw new Refused("calendars.error.unreachable");
		}
	}

	private boolean trusted(URI uri) {
		return !this.trustedTestOrigin.isEmpty() && (uri.getScheme() + "://" + uri.getHost() + ":" + uri.getPort())
			.equalsIgnoreCase(this.trustedTestOrigin);
	}

	/** Whether an address is on the public internet. */
	static boolean isPublic(InetAddress address) {
		if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
				|| address.isSiteLocalAddress() || address.isMulticastAddress()) {
			return false;
		}
		byte[] bytes = address.getAddress();
		if (address instanceof Inet4Address) {
			int first = bytes[0] & 0xff;
			int second = bytes[1] & 0xff;
			// 0/8, carrier-grade NAT 100.64/10, 192.0.0/24, benchmarking 198.18/15, 240/4
			return first != 0 && !(first == 100 && second >= 64 && second < 128)
					&& !(first == 192 && second == 0 && (bytes[2] & 0xff) == 0)
					&& !(first == 198 && (second == 18 || second == 19)) && first < 240;
		}
		if (address instanceof Inet6Address) {
			// unique local fc00::/7, and IPv4 mapped or translated addresses checked as
			// IPv4
			if ((bytes[0] & 0xfe) == 0xfc) {
				return false;
			}
			boolean mapped = true;
			for (int i = 0; i < 10; i++) {
				mapped &= bytes[i] == 0;
			}
			if (mapped && (bytes[10] & 0xff) == 0xff && (bytes[11] & 0xff) == 0xff) {
				try {
					return isPublic(InetAddress.getByAddress(java.util.Arrays.copyOfRange(bytes, 12, 16)));
				}
				catch (UnknownHostException impossible) {
					return false;
				}
			}
		}
		return true;
	}

	private HttpResponse<InputStream> send(URI uri) {
		try {
			return this.client.send(HttpRequest.newBuilder(uri)
				.timeout(TIMEOUT)
				.header("Accept", "text/calendar")
				.header("User-Agent", "Ngupi calendar reader")
				.GET()
				.build(), HttpResponse.BodyHandlers.ofInputStream());
		}
		catch (IOException unreachable) {
			throw new Refused("calendars.error.unreachable");
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new Refused("calendars.error.unreachable");
		}
	}

	private static String read(HttpResponse<InputStream> response) {
		try (InputStream body = response.body()) {
			byte[] bytes = body.readNBytes(MAX_BYTES + 1);
			if (bytes.length > MAX_BYTES) {
				throw new Refused("calendars.error.tooLarge");
			}
			return new String(bytes, StandardCharsets.UTF_8);
		}
		catch (IOException broken) {
			throw new Refused("calendars.error.unreachable");
		}
	}

	private static void close(HttpResponse<InputStream> response) {
		try {
			response.body().close();
		}
		catch (IOException ignored) {
			// nothing more is read from it
		}
	}

	/**
	 * The address as shown again: its host and the end of its path, never the secret
	 * part.
	 */
	static String hint(String address) {
		try {
			URI uri = new URI(address.strip());
			String path = (uri.getPath() == null) ? "" : uri.getPath();
			String last = path.substring(path.lastIndexOf('/') + 1);
			String tail = last.length() > 12 ? "…" + last.substring(last.length() - 12) : last;
			return (uri.getHost() + "/…/" + tail).toLowerCase(Locale.ROOT);
		}
		catch (java.net.URISyntaxException | RuntimeException malformed) {
			return "…";
		}
	}

}
