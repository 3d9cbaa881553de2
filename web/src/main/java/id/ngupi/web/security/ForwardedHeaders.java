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

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.ForwardedHeaderFilter;

/**
 * Which forwarded headers a request may bring. A TLS-terminating proxy's
 * {@code X-Forwarded-Proto} and {@code X-Forwarded-For} are read (by Spring's
 * {@link ForwardedHeaderFilter}); {@code X-Forwarded-Host}, {@code X-Forwarded-Port},
 * {@code X-Forwarded-Prefix} and {@code Forwarded} are dropped before anything sees them,
 * because they would let whoever sends a request choose the host or path of the URLs the
 * site writes (a prefix of {@code //evil.example} turned every redirect into one to
 * another site). The site's own address is {@code ngupi.base-url}, and every redirect is
 * relative. Which proxies may set {@code X-Forwarded-For} is not decided here.
 * <p>
 * Replaces Boot's {@code server.forward-headers-strategy=framework}, which is therefore
 * {@code none}.
 */
@Configuration(proxyBeanMethods = false)
class ForwardedHeaders {

	/** Never read: they name the host, port or path the request claims to be for. */
	static final Set<String> DROPPED = Set.of("forwarded", "x-forwarded-host", "x-forwarded-port",
			"x-forwarded-prefix");

	@Bean
	FilterRegistrationBean<Filter> hostChoosingForwardedHeadersDropped() {
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(ForwardedHeaders::dropHostChoosing);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		registration.setDispatcherTypes(EnumSet.allOf(DispatcherType.class));
		return registration;
	}

	@Bean
	FilterRegistrationBean<ForwardedHeaderFilter> protocolAndClientForwardedHeaders() {
		ForwardedHeaderFilter filter = new ForwardedHeaderFilter();
		// a redirect stays relative, where the filter would make it absolute on the
		// forwarded host
		filter.setRelativeRedirects(true);
		FilterRegistrationBean<ForwardedHeaderFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR);
		return registration;
	}

	private static void dropHostChoosing(ServletRequest request, ServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		chain.doFilter((request instanceof HttpServletRequest http) ? new WithoutHostChoosingHeaders(http) : request,
				response);
	}

	/** The request as it came, less the {@link #DROPPED} headers. */
	private static final class WithoutHostChoosingHeaders extends HttpServletRequestWrapper {

		WithoutHostChoosingHeaders(HttpServletRequest request) {
			super(request);
		}

		private static boolean dropped(String name) {
			return name != null && DROPPED.contains(name.toLowerCase(Locale.ROOT));
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
