package id.ngupi.web.security;

import java.util.ArrayList;
import java.util.List;

import id.ngupi.identity.Account;
import id.ngupi.identity.Accounts;
import id.ngupi.moderation.Admins;
import id.ngupi.web.support.Links;
import id.ngupi.web.support.SiteUrl;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;

/**
 * Who may do what, and the protections every page gets: CSRF on every state change (forms
 * and htmx), session fixation protection, a strict Content-Security-Policy and friends.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OAuthProperties.class)
class SecurityConfiguration {

	/**
	 * Where members' pictures come from: the providers' picture hosts (GitHub; X, with
	 * its default picture on {@code abs.twimg.com}). Nothing else shows an image from
	 * elsewhere.
	 */
	static final List<String> PICTURE_HOSTS = List.of("https://avatars.githubusercontent.com", "https://pbs.twimg.com",
			"https://abs.twimg.com");

	/**
	 * Scripts and styles only from this site; no inline script, no framing; images only
	 * from this site and the picture hosts; forms only to this site and, for linking a
	 * provider (a form answered with a redirect to the provider, which Chrome checks
	 * too), to the providers' authorize endpoints.
	 */
	static String contentSecurityPolicy(LoginProviders providers) {
		return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' "
				+ String.join(" ", PICTURE_HOSTS) + "; font-src 'self'; connect-src 'self'; object-src 'none'; "
				+ "base-uri 'self'; form-action " + String.join(" ", formTargets(providers))
				+ "; frame-ancestors 'none'";
	}

	private static List<String> formTargets(LoginProviders providers) {
		List<String> targets = new ArrayList<>(List.of("'self'"));
		targets.addAll(providers.authorizationOrigins());
		return targets;
	}

	@Bean
	LoginProviders loginProviders(OAuthProperties properties, SiteUrl site) {
		return new LoginProviders(properties, site);
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, LoginProviders providers, Accounts accounts,
			KeptMembers members, SiteUrl site, Admins admins) throws Exception {
		LoginOutcomes outcomes = new LoginOutcomes();
		AuthorizationRequests authorizationRequests = new AuthorizationRequests(providers);

		http.authorizeHttpRequests(requests -> requests
			// a mail's unsubscribe link works without a login: its signed token is the
			// credential
			.requestMatchers("/kabar/berhenti/*")
			.permitAll()
			.requestMatchers("/settings/**", "/account/**", Links.SESSIONS, Links.SESSIONS + "/**", "/@*/ngupi/*/pesan",
					Links.INBOX, Links.INBOX + "/**", Links.REPORT, Links.REPORT + "/**")
			.authenticated()
			// the admins' pages: a visitor is sent to log in, a member who is no admin
			// gets 403; the moderation module checks again, and is the authority
			.requestMatchers(Links.ADMIN, Links.ADMIN + "/**")
			.access((authentication, context) -> new AuthorizationDecision(
					context.getRequest().getAttribute(CurrentMemberFilter.ATTRIBUTE) instanceof Account member
							&& admins.isAdmin(member)))
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
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(new LoginPageEntryPoint()))
			// where to return after login travels as the login page's continue target
			// instead, so a visitor sent to log in gets no session
			.requestCache(cache -> cache.requestCache(new NullRequestCache()))
			.sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()))
			// the demo login's forms carry no token, so that opening the login page
			// creates no session: a browser's own word that the form is this site's
			// stands in for it. A mail program's one-click unsubscribe (RFC 8058) has
			// no token either: the signed token in its path is its credential.
			.csrf(csrf -> csrf.ignoringRequestMatchers(
					new AndRequestMatcher(
							PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, Links.DEMO_LOGIN),
							new SameOriginRequests(site)),
					PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, Links.UNSUBSCRIBE)))
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy(providers)))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.frameOptions(frames -> frames.deny()))
			.addFilterAfter(new CurrentMemberFilter(accounts, members), BasicAuthenticationFilter.class);
		return http.build();
	}

}
