package id.ngupi.web.security;

import java.io.IOException;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.ForwardedHeaderFilter;

/**
 * Which forwarded headers a request may bring. {@code X-Forwarded-Host},
 * {@code X-Forwarded-Port}, {@code X-Forwarded-Prefix} and {@code Forwarded} are dropped
 * before anything sees them, from anyone, because they would let whoever sends a request
 * choose the host or path of the URLs the site writes (a prefix of {@code //evil.example}
 * turned every redirect into one to another site). The site's own address is
 * {@code ngupi.base-url}, and every redirect is relative.
 * <p>
 * {@code X-Forwarded-For} and {@code X-Forwarded-Proto} are believed only from the
 * proxies named in {@code ngupi.trusted-proxies} ({@link TrustedProxies}); from anyone
 * else they are dropped too, so the socket's address counts (for the address-keyed rate
 * limits, say) and the scheme is the connection's. Behind a trusted proxy the client is
 * the first address of the {@code X-Forwarded-For} chain, read from the right, that is no
 * trusted proxy (the leftmost entries are whatever the client sent); the scheme is read
 * by Spring's {@link ForwardedHeaderFilter}, which never sees {@code X-Forwarded-For}.
 * <p>
 * Replaces Boot's {@code server.forward-headers-strategy=framework}, which is therefore
 * {@code none}.
 */
@Configuration(proxyBeanMethods = false)
class ForwardedHeaders {

	/** Never read: they name the host, port or path the request claims to be for. */
	static final Set<String> DROPPED = Set.of("forwarded", "x-forwarded-host", "x-forwarded-port",
			"x-forwarded-prefix");

	/** Read only from a trusted proxy. */
	static final Set<String> FROM_PROXIES = Set.of("x-forwarded-for", "x-forwarded-proto");

	private static final String FORWARDED_FOR = "x-forwarded-for";

	@Bean
	FilterRegistrationBean<Filter> forwardedHeadersFromTrustedProxiesOnly(
			@Value("${ngupi.trusted-proxies:}") String trustedProxies) {
		TrustedProxies proxies = TrustedProxies.of(trustedProxies);
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(
				(request, response, chain) -> onlyBelieved(proxies, request, response, chain));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		registration.setDispatcherTypes(EnumSet.allOf(DispatcherType.class));
		return registration;
	}

	@Bean
	FilterRegistrationBean<ForwardedHeaderFilter> protocolForwardedHeader() {
		ForwardedHeaderFilter filter = new ForwardedHeaderFilter();
		// a redirect stays relative, where the filter would make it absolute on the
		// forwarded host
		filter.setRelativeRedirects(true);
		FilterRegistrationBean<ForwardedHeaderFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR);
		return registration;
	}

	private static void onlyBelieved(TrustedProxies proxies, ServletRequest request, ServletResponse response,
			FilterChain chain) throws IOException, ServletException {
		if (!(request instanceof HttpServletRequest http)) {
			chain.doFilter(request, response);
			return;
		}
		String peer = http.getRemoteAddr();
		if (proxies.trusts(peer)) {
			String client = proxies.client(peer, Collections.list(http.getHeaders(FORWARDED_FOR)));
			chain.doFilter(new Believed(http, Set.of(FORWARDED_FOR), client), response);
		}
		else {
			chain.doFilter(new Believed(http, FROM_PROXIES, peer), response);
		}
	}

	/**
	 * The request as it came, less the {@link #DROPPED} headers and the others named,
	 * from the client's address.
	 */
	private static final class Believed extends HttpServletRequestWrapper {

		private final Set<String> alsoDropped;

		private final String client;

		Believed(HttpServletRequest request, Set<String> alsoDropped, String client) {
			super(request);
			this.alsoDropped = alsoDropped;
			this.client = client;
		}

		private boolean dropped(String name) {
			if (name == null) {
				return false;
			}
			String lower = name.toLowerCase(Locale.ROOT);
			return DROPPED.contains(lower) || this.alsoDropped.contains(lower);
		}

		@Override
		public String getRemoteAddr() {
			return this.client;
		}

		@Override
		public String getRemoteHost() {
			// never a reverse lookup
			return this.client;
		}

		@Override
		public String getHeader(String name) {
			return dropped(name) ? null : super.getHeader(name);
		}

		@Override
		public Enumeration<String> getHeaders(String name) {
			return dropped(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
		}

		@Override
		public Enumeration<String> getHeaderNames() {
			return Collections
				.enumeration(Collections.list(super.getHeaderNames()).stream().filter(name -> !dropped(name)).toList());
		}

		@Override
		public long getDateHeader(String name) {
			return dropped(name) ? -1 : super.getDateHeader(name);
		}

		@Override
		public int getIntHeader(String name) {
			return dropped(name) ? -1 : super.getIntHeader(name);
		}

	}

}
