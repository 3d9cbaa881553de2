package id.ngupi.web.security;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Where a member may be sent back to after logging in: a path on this site, never another
 * host, written so that it can go into a {@code Location} header as it is.
 * <p>
 * {@code //evil.example}, {@code /\evil.example}, absolute URLs and control characters
 * are refused. Everything else a URL may not carry (a space, {@code é}, {@code ☕}) is
 * percent-encoded as UTF-8, while what is already percent-encoded stays as it is, so
 * checking a checked target again changes nothing. Dot segments are resolved the way a
 * browser resolves them ({@code %2e} counts as a dot), and a path that would then begin
 * with {@code //} ({@code /..//evil.example}) is refused too: what comes out is the path
 * the browser really goes to.
 */
final class SafeRedirect {

	/** Longer targets are not kept: nobody follows a link that long back here. */
	static final int MAX_LENGTH = 500;

	private static final Set<String> DOT = Set.of(".", "%2e");

	private static final Set<String> DOUBLE_DOT = Set.of("..", ".%2e", "%2e.", "%2e%2e");

	/** Where going back to makes no sense: the login itself, or logging out again. */
	private static final Set<String> LOGIN_PATHS = Set.of("/login", "/logout", "/oauth2/");

	private SafeRedirect() {
	}

	static Optional<String> of(String target) {
		if (target == null || target.isEmpty() || target.length() > MAX_LENGTH || !target.startsWith("/")) {
			return Optional.empty();
		}
		for (char c : target.toCharArray()) {
			if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\\') {
				return Optional.empty();
			}
		}
		int fragmentAt = target.indexOf('#');
		String beforeFragment = (fragmentAt < 0) ? target : target.substring(0, fragmentAt);
		int queryAt = beforeFragment.indexOf('?');
		String path = (queryAt < 0) ? beforeFragment : beforeFragment.substring(0, queryAt);
		Optional<String> encodedPath = encode(path, false).map(SafeRedirect::withoutDotSegments);
		Optional<String> query = (queryAt < 0) ? Optional.of("")
				: encode(beforeFragment.substring(queryAt + 1), true).map(encoded -> "?" + encoded);
		Optional<String> fragment = (fragmentAt < 0) ? Optional.of("")
				: encode(target.substring(fragmentAt + 1), true).map(encoded -> "#" + encoded);
		if (encodedPath.isEmpty() || query.isEmpty() || fragment.isEmpty()) {
			return Optional.empty();
		}
		String local = encodedPath.get();
		if (!local.startsWith("/") || local.startsWith("//") || leadsToLogin(local)) {
			return Optional.empty();
		}
		return Optional.of(local + query.get() + fragment.get());
	}

	private static boolean leadsToLogin(String path) {
		String lower = path.toLowerCase(Locale.ROOT);
		return LOGIN_PATHS.stream().anyMatch(lower::startsWith);
	}

	/**
	 * Percent-encodes, as UTF-8, every character a path (or a query or fragment) may not
	 * carry as it is; a {@code %} already followed by two hex digits stays. Empty when
	 * the text is not valid UTF-16 (a lone surrogate).
	 */
	private static Optional<String> encode(String part, boolean queryOrFragment) {
		StringBuilder encoded = new StringBuilder(part.length());
		for (int i = 0; i < part.length(); i++) {
			char c = part.charAt(i);
			if (c == '%' && i + 2 < part.length() && hex(part.charAt(i + 1)) && hex(part.charAt(i + 2))) {
				encoded.append(part, i, i + 3);
				i += 2;
			}
			else if (c < 0x80 && allowed(c, queryOrFragment)) {
				encoded.append(c);
			}
			else {
				int end = Character.isHighSurrogate(c) ? i + 2 : i + 1;
				if (end > part.length()) {
					return Optional.empty();
				}
				try {
					ByteBuffer bytes = StandardCharsets.UTF_8.newEncoder()
						.onMalformedInput(CodingErrorAction.REPORT)
						.onUnmappableCharacter(CodingErrorAction.REPORT)
						.encode(CharBuffer.wrap(part, i, end));
					while (bytes.hasRemaining()) {
						encoded.append('%').append(String.format("%02X", bytes.get() & 0xff));
					}
				}
				catch (CharacterCodingException ex) {
					return Optional.empty();
				}
				i = end - 1;
			}
		}
		return Optional.of(encoded.toString());
	}

	private static boolean hex(char c) {
		return Character.digit(c, 16) >= 0 && c < 0x80;
	}

	/** RFC 3986: unreserved, sub-delims, ':' and '@'; '/' and '?' too after the path. */
	private static boolean allowed(char c, boolean queryOrFragment) {
		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
			return true;
		}
		if ("-._~!$&'()*+,;=:@/".indexOf(c) >= 0) {
			return true;
		}
		return queryOrFragment && c == '?';
	}

	/**
	 * RFC 3986's remove_dot_segments for an absolute path, with {@code %2e} read as a dot
	 * as browsers do.
	 */
	private static String withoutDotSegments(String path) {
		String[] segments = path.substring(1).split("/", -1);
		Deque<String> kept = new ArrayDeque<>();
		boolean endsInDirectory = false;
		for (String segment : segments) {
			String lower = segment.toLowerCase(Locale.ROOT);
			endsInDirectory = DOT.contains(lower) || DOUBLE_DOT.contains(lower);
			if (DOUBLE_DOT.contains(lower)) {
				kept.pollLast();
			}
			else if (!DOT.contains(lower)) {
				kept.addLast(segment);
			}
		}
		if (endsInDirectory) {
			kept.addLast("");
		}
		return "/" + String.join("/", kept);
	}

}
