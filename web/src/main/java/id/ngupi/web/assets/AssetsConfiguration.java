package id.ngupi.web.assets;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceChainRegistration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.EncodedResourceResolver;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Every asset is served under a URL naming its content ({@code /css/ngupi-<md5>.css},
 * which {@link Assets#url} gives the templates): such a URL never changes its answer, so
 * browsers keep it for a year without asking again ({@code immutable}), and a new
 * release's pages simply name new URLs. The build writes a brotli and a gzip copy of
 * every asset next to it (src/build/compress-assets.mjs), served to browsers that accept
 * them; htmx, from its WebJar, is compressed as it is sent. An asset asked for by its
 * plain name is still served, but kept only briefly, since its content changes with
 * releases.
 */
@Configuration(proxyBeanMethods = false)
class AssetsConfiguration implements WebMvcConfigurer {

	/** What a URL naming its content may be kept for. */
	static final CacheControl VERSIONED = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

	/** What an asset asked for by its plain name may be kept for. */
	static final CacheControl PLAIN = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

	static final String[] PATHS = { "/css/**", "/js/**", "/img/**", "/webjars/**" };

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		for (String folder : new String[] { "css", "js", "img" }) {
			chain(registry.addResourceHandler("/" + folder + "/**")
				.addResourceLocations("classpath:/static/" + folder + "/")
				.resourceChain(true));
		}
		chain(registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.resourceChain(true)).addResolver(new LiteWebJarsResourceResolver());
	}

	private static ResourceChainRegistration chain(ResourceChainRegistration chain) {
		return chain.addResolver(new BrotliFirst())
			.addResolver(new EncodedResourceResolver())
			.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new AssetCaching()).addPathPatterns(PATHS);
	}

	/** Says how long an asset may be kept: a year when its URL names its content. */
	static final class AssetCaching implements HandlerInterceptor {

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
			response.setHeader(HttpHeaders.CACHE_CONTROL,
					(Assets.versioned(request.getRequestURI()) ? VERSIONED : PLAIN).getHeaderValue());
			return true;
		}

	}

}
