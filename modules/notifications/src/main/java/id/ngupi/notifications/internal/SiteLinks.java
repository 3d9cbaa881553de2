package id.ngupi.notifications.internal;

import java.net.URI;

import id.ngupi.notifications.NotificationPaths;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The absolute links mails carry: every one starts with the site's base URL
 * ({@code ngupi.base-url}), never with anything a request said.
 */
@Component
class SiteLinks {

	private final String base;

	SiteLinks(@Value("${ngupi.base-url:http://localhost:8080}") String base) {
		this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
	}

	String absolute(String path) {
		return this.base + path;
	}

	String emailVerification(String token) {
		return UriComponentsBuilder.fromUriString(this.base)
			.path(NotificationPaths.EMAIL_VERIFY)
			.queryParam("token", token)
			.encode()
			.build()
			.toUriString();
	}

	/** The site's host name, for the mails' {@code Message-ID}s. */
	String host() {
		String host = URI.create(this.base).getHost();
		return (host == null) ? "ngupi.local" : host;
	}

}
