package id.ngupi.web.security;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.security.web.util.matcher.IpAddressMatcher;

/**
 * The proxies whose forwarded headers are believed ({@code ngupi.trusted-proxies}, from
 * {@code NGUPI_TRUSTED_PROXIES}: addresses and CIDR ranges, IPv4 or IPv6,
 * comma-separated; none by default), and who the client is behind them. Only addresses
 * are accepted, never host names: nothing here ever asks DNS.
 */
final class TrustedProxies {

	private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

	private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

	private final List<IpAddressMatcher> proxies;

	private TrustedProxies(List<IpAddressMatcher> proxies) {
		this.proxies = proxies;
	}

	/**
	 * The proxies configured.
	 * @throws IllegalArgumentException naming the entry that is no address or range
	 */
	static TrustedProxies of(String configured) {
		List<IpAddressMatcher> proxies = new ArrayList<>();
		for (String entry : (configured == null) ? new String[0] : configured.split(",")) {
			String range = entry.strip();
			if (range.isEmpty()) {
				continue;
			}
			String address = (range.indexOf('/') < 0) ? range : range.substring(0, range.indexOf('/'));
			try {
				if (literal(address) == null) {
					throw new IllegalArgumentException("no address");
				}
				proxies.add(new IpAddressMatcher(range));
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException("ngupi.trusted-proxies (NGUPI_TRUSTED_PROXIES): '" + range
						+ "' is no IP address or CIDR range such as 10.0.0.0/8 or ::1", ex);
			}
		}
		return new TrustedProxies(List.copyOf(proxies));
	}

	boolean any() {
		return !this.proxies.isEmpty();
	}

	/** Whether the address is one of the proxies; a text that is no address is not. */
	boolean trusts(String address) {
		String literal = literal(address);
		return literal != null && this.proxies.stream().anyMatch(proxy -> proxy.matches(literal));
	}

	/**
	 * Who sent the request: the socket's peer, unless it is a trusted proxy; then the
	 * {@code X-Forwarded-For} chain read from the right (each proxy appends the address
	 * it was reached from), past the trusted proxies, to the first address that is not
	 * one. An entry that is no address stops the reading at the last address known, since
	 * nothing to its left can be believed; if every entry is a trusted proxy, the
	 * leftmost.
	 */
	String client(String socketAddress, List<String> forwardedFor) {
		if (!trusts(socketAddress)) {
			return socketAddress;
		}
		List<String> chain = new ArrayList<>();
		for (String header : forwardedFor) {
			for (String entry : header.split(",")) {
				chain.add(entry);
			}
		}
		String known = socketAddress;
		for (int i = chain.size() - 1; i >= 0; i--) {
			String address = literal(chain.get(i));
			if (address == null) {
				return known;
			}
			if (!trusts(address)) {
				return address;
			}
			known = address;
		}
		return known;
	}

	/**
	 * The IP address an entry names, without brackets or port ({@code [2001:db8::1]:443},
	 * {@code 192.0.2.1:8080}), or {@code null} when it names none.
	 */
	static String literal(String entry) {
		if (entry == null) {
			return null;
		}
		String address = entry.strip();
		if (address.startsWith("[")) {
			int end = address.indexOf(']');
			address = (end > 0) ? address.substring(1, end) : "";
		}
		else if (address.indexOf(':') > 0 && address.indexOf(':') == address.lastIndexOf(':')
				&& address.indexOf('.') > 0) {
			address = address.substring(0, address.indexOf(':'));
		}
		if (IPV4.matcher(address).matches()) {
			for (String part : address.split("\\.")) {
				if (Integer.parseInt(part) > 255) {
					return null;
				}
			}
			return address;
		}
		if (address.length() <= 45 && IPV6.matcher(address).matches()) {
			try {
				// a literal of hex digits, colons and dots: parsed, never looked up
				new IpAddressMatcher(address);
				return address;
			}
			catch (IllegalArgumentException ex) {
				return null;
			}
		}
		return null;
	}

}
