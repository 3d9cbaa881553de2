package id.ngupi.web.security;

import java.util.Optional;

/**
 * Where a member may be sent back to after logging in: a path on this site, never another
 * host. {@code //evil.example}, {@code /\evil.example}, absolute URLs and control
 * characters are all refused.
 */
final class SafeRedirect {

	private SafeRedirect() {
	}

	static Optional<String> of(String target) {
		if (target == null || target.isEmpty() || target.length() > 500) {
			return Optional.empty();
		}
		if (!target.startsWith("/") || target.startsWith("//") || target.startsWith("/\\")) {
			return Optional.empty();
		}
		for (char c : target.toCharArray()) {
			if (c < 0x20 || c == 0x7f || c == '\\') {
				return Optional.empty();
			}
		}
		if (target.startsWith("/login") || target.startsWith("/logout") || target.startsWith("/oauth2/")) {
			return Optional.empty();
		}
		return Optional.of(target);
	}

}
