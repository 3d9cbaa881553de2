package id.ngupi.web.assets;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.util.StringUtils;
import org.springframework.web.servlet.resource.AbstractResourceResolver;
import org.springframework.web.servlet.resource.EncodedResourceResolver;
import org.springframework.web.servlet.resource.ResourceResolverChain;

/**
 * Offers brotli first to the {@link EncodedResourceResolver} after it, which tries the
 * codings in the order the browser lists them: browsers list {@code gzip, deflate, br},
 * and the brotli copy of the stylesheet is about a seventh smaller than the gzip one.
 */
final class BrotliFirst extends AbstractResourceResolver {

	@Override
	protected Resource resolveResourceInternal(HttpServletRequest request, String requestPath,
			List<? extends Resource> locations, ResourceResolverChain chain) {
		return chain.resolveResource((request != null) ? new Preferring(request) : null, requestPath, locations);
	}

	@Override
	protected String resolveUrlPathInternal(String resourceUrlPath, List<? extends Resource> locations,
			ResourceResolverChain chain) {
		return chain.resolveUrlPath(resourceUrlPath, locations);
	}

	/** The request, its accepted codings with brotli moved to the front. */
	private static final class Preferring extends HttpServletRequestWrapper {

		Preferring(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getHeader(String name) {
			String value = super.getHeader(name);
			if (!HttpHeaders.ACCEPT_ENCODING.equalsIgnoreCase(name) || !StringUtils.hasText(value)) {
				return value;
			}
			List<String> codings = new ArrayList<>(List.of(StringUtils.tokenizeToStringArray(value, ",")));
			codings.sort(Comparator.comparing(coding -> !coding.toLowerCase(Locale.ROOT).startsWith("br")));
			return String.join(", ", codings);
		}

		@Override
		public Enumeration<String> getHeaders(String name) {
			if (HttpHeaders.ACCEPT_ENCODING.equalsIgnoreCase(name)) {
				String value = getHeader(name);
				return (value != null) ? Collections.enumeration(List.of(value)) : Collections.emptyEnumeration();
			}
			return super.getHeaders(name);
		}

	}

}
