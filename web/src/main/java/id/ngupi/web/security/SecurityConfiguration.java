package id.ngupi.web.security;

import id.ngupi.identity.Accounts;
import id.ngupi.web.support.Links;
import id.ngupi.web.support.SiteUrl;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may do what, and the protections every page gets: CSRF on every state change (forms
 * and htmx), session fixation protection, a strict Content-Security-Policy and friends.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OAuthProperties.class)
class SecurityConfiguration {

	/** Scripts and styles only from this site; no inline script, no framing. */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' https: data:; font-src 'self'; connect-src 'self'; object-src 'none'; "
			+ "base-uri 'self'; frame-ancestors 'none'";

	@Bean
	LoginProviders loginProviders(OAuthProperties properties, SiteUrl site) {
		return new LoginProviders(properties, site);
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, LoginProviders providers, Accounts accounts)
			throws Exception {
		LoginOutcomes outcomes = new LoginOutcomes();
		AuthorizationRequests authorizationRequests = new AuthorizationRequests(providers);

		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/settings/**", "/account/**", Links.SESSIONS, Links.SESSIONS + "/**", "/@*/ngupi/*/pesan")
			.authenticated()
			.anyRequest()
			.permitAll())
			.oauth2Login(login -> login.loginPage("/login")
				.clientRegistrationRepository(providers)
				.authorizedClientRepository(new NoProviderTokensKept())
				.authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(authorizationRequests))
				.userInfoEndpoint(userInfo -> userInfo.userService(new MemberUserService(accounts)))
				.successHandler(outcomes)
				.failureHandler(outcomes))
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?logged-out"))
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(loginPage()))
			.sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.frameOptions(frames -> frames.deny()))
			.addFilterAfter(new CurrentMemberFilter(accounts), BasicAuthenticationFilter.class);
		return http.build();
	}

	/**
	 * Sends a visitor to the login page with a relative {@code Location}: an absolute one
	 * would be built from the request's {@code Host} header, which the sender chooses.
	 */
	private static LoginUrlAuthenticationEntryPoint loginPage() {
		LoginUrlAuthenticationEntryPoint entryPoint = new LoginUrlAuthenticationEntryPoint(Links.LOGIN);
		entryPoint.setFavorRelativeUris(true);
		return entryPoint;
	}

}
