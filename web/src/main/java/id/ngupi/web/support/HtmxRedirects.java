package id.ngupi.web.support;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxViewResolver;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Makes {@code redirect:htmx:/path} answer an htmx request with an {@code HX-Redirect}
 * header. jte's view resolver (order {@code LOWEST_PRECEDENCE - 11}) comes before
 * htmx-spring-boot's ({@code LOWEST_PRECEDENCE - 10}) and, being URL-based, takes every
 * {@code redirect:} view name itself: {@code redirect:htmx:/path} became a plain 302 to
 * {@code htmx:/path}. The htmx resolver answers only its own prefixes, so putting it
 * first changes nothing else.
 */
@Configuration(proxyBeanMethods = false)
class HtmxRedirects {

	static final int ORDER = Ordered.LOWEST_PRECEDENCE - 20;

	@Bean
	static BeanPostProcessor htmxViewResolverBeforeJte() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof HtmxViewResolver htmx) {
					htmx.setOrder(ORDER);
				}
				return bean;
			}

		};
	}

}
