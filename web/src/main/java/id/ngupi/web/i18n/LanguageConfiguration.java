package id.ngupi.web.i18n;

import java.time.Duration;
import java.util.Locale;

import id.ngupi.identity.Account;
import id.ngupi.web.security.CurrentMemberFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Bahasa Indonesia unless the viewer chose English: {@code ?hl=en} switches and a cookie
 * remembers the choice; without a choice on this browser a logged-in member sees the
 * language of their profile. Languages Ngupi is not written in are ignored.
 */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration implements WebMvcConfigurer {

	static final String COOKIE = "ngupi-lang";

	static final String PARAMETER = SupportedLanguage.SWITCH_PARAMETER;

	@Bean
	LocaleResolver localeResolver() {
		return new SupportedLanguageResolver();
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName(PARAMETER);
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

	/** A cookie resolver that only ever answers with a supported language. */
	static class SupportedLanguageResolver extends CookieLocaleResolver {

		SupportedLanguageResolver() {
			super(COOKIE);
			setDefaultLocale(SupportedLanguage.DEFAULT.locale());
			setCookieMaxAge(Duration.ofDays(365));
			setCookieSameSite("Lax");
			setCookieHttpOnly(true);
			// a cookie that names no language (edited, or from another site on this
			// host) is ignored like a missing one, never an error on every page
			setRejectInvalidCookies(false);
			// Without a choice on this browser: the logged-in member's own language, else
			// Indonesian. The Accept-Language header is ignored, whatever the browser
			// says.
			setDefaultLocaleFunction(SupportedLanguageResolver::memberLanguageOrDefault);
		}

		static Locale memberLanguageOrDefault(HttpServletRequest request) {
			if (request.getAttribute(CurrentMemberFilter.ATTRIBUTE) instanceof Account member) {
				return SupportedLanguage.resolve(Locale.forLanguageTag(member.language())).locale();
			}
			return SupportedLanguage.DEFAULT.locale();
		}

		@Override
		public Locale resolveLocale(HttpServletRequest request) {
			return SupportedLanguage.resolve(super.resolveLocale(request)).locale();
		}

		@Override
		public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
			if (locale == null || SupportedLanguage.of(locale).isPresent()) {
				super.setLocale(request, response, locale == null ? null : SupportedLanguage.resolve(locale).locale());
			}
		}

	}

}
