package id.ngupi.web.ratelimit;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Puts the rate limits in front of the controllers, unless they are switched off. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimitProperties.class)
class RateLimitConfiguration implements WebMvcConfigurer {

	private final RateLimitProperties limits;

	private final RateLimitBuckets buckets;

	RateLimitConfiguration(RateLimitProperties limits, RateLimitBuckets buckets) {
		this.limits = limits;
		this.buckets = buckets;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		if (this.limits.enabled()) {
			registry.addInterceptor(new RateLimitInterceptor(this.limits, this.buckets));
		}
	}

}
