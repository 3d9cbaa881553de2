package id.ngupi.web.support;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where members reach the site ({@code ngupi.base-url}), for the links that leave it:
 * link previews, posts on X, calendar entries, feed URLs and the address OAuth providers
 * send members back to. Every absolute URL the site writes starts here, never with the
 * {@code Host} or {@code X-Forwarded-Host} of a request: those are whatever the sender
 * wrote.
 */
@Component
public class SiteUrl {

	private final String base;

	public SiteUrl(@Value("${ngupi.base-url}") String base) {
		this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
	}

	/** The absolute URL of a path on the site, such as {@code /@sari}. */
	public String absolute(String path) {
		return this.base + path;
	}

}
