package id.ngupi.web.security;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@link CurrentMemberFilter} runs inside the security filter chain, after
 * authentication; Boot must not register it a second time as a plain servlet filter.
 */
@Configuration(proxyBeanMethods = false)
class NotAServletFilter {

	@Bean
	FilterRegistrationBean<CurrentMemberFilter> currentMemberFilterRegistration(CurrentMemberFilter filter) {
		FilterRegistrationBean<CurrentMemberFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setEnabled(false);
		return registration;
	}

}
