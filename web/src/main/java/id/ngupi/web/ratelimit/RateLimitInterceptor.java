package id.ngupi.web.ratelimit;

import java.time.Duration;
import java.util.List;

import id.ngupi.identity.Account;
import id.ngupi.web.ratelimit.RateLimitProperties.Limit;
import id.ngupi.web.security.CurrentMemberFilter;
import id.ngupi.web.support.Links;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Holds each request to the first rule it matches. Runs after Spring Security, so a
 * request without its CSRF token or login never counts, and the member is known. A
 * request over its limit is answered 429 with {@code Retry-After} before any controller
 * sees it.
 */
class RateLimitInterceptor implements HandlerInterceptor {

	private static final Logger log = LoggerFactory.getLogger(RateLimitInterceptor.class);

	private final List<Rule> rules;

	private final TokenBuckets buckets;

	RateLimitInterceptor(RateLimitProperties limits, TokenBuckets buckets) {
		this.buckets = buckets;
		this.rules = List.of(new Rule("booking", HttpMethod.POST, Key.MEMBER, limits.booking(), Links.BOOKING_FORM),
				new Rule("waitlist", HttpMethod.POST, Key.MEMBER, limits.waitlist(), Links.WAITLIST_JOIN,
						Links.WAITLIST_LEAVE),
				new Rule("session", HttpMethod.POST, Key.MEMBER, limits.sessionActions(), Links.SESSIONS + "/**"),
				new Rule("settings", HttpMethod.POST, Key.MEMBER, limits.settings(), "/settings/**"),
				new Rule("login", HttpMethod.POST, Key.ADDRESS, limits.login(), Links.DEMO_LOGIN),
				new Rule("feed", HttpMethod.GET, Key.PATH, limits.calendarFeed(), Links.CALENDAR_FEED));
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws Exception {
		PathContainer path = PathContainer.parsePath(request.getRequestURI());
		for (Rule rule : this.rules) {
			if (rule.matches(request.getMethod(), path)) {
				Duration wait = this.buckets.take(rule.name() + ":" + rule.key().of(request), rule.limit());
				if (wait.isZero()) {
					return true;
				}
				// never the path: a feed's path is its secret
				log.info("Rate limit '{}' reached", rule.name());
				response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, wait.toSeconds())));
				response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
				return false;
			}
		}
		return true;
	}

	/** Whose bucket a request takes from. */
	enum Key {

		/** The logged-in member, else the address the request came from. */
		MEMBER {
			@Override
			String of(HttpServletRequest request) {
				return (request.getAttribute(CurrentMemberFilter.ATTRIBUTE) instanceof Account member)
						? member.id().toString() : ADDRESS.of(request);
			}
		},

		/**
		 * The address the request came from (behind a proxy, as forwarded headers say).
		 */
		ADDRESS {
			@Override
			String of(HttpServletRequest request) {
				return request.getRemoteAddr();
			}
		},

		/** The path itself: for a secret URL, the secret. */
		PATH {
			@Override
			String of(HttpServletRequest request) {
				return request.getRequestURI();
			}
		};

		abstract String of(HttpServletRequest request);

	}

	/** Requests of one method on some paths, limited together per key. */
	record Rule(String name, HttpMethod method, Key key, Limit limit, List<PathPattern> patterns) {

		Rule(String name, HttpMethod method, Key key, Limit limit, String... patterns) {
			this(name, method, key, limit,
					List.of(patterns).stream().map(PathPatternParser.defaultInstance::parse).toList());
		}

		boolean matches(String requestMethod, PathContainer path) {
			return this.method.matches(requestMethod)
					&& this.patterns.stream().anyMatch(pattern -> pattern.matches(path));
		}

	}

}
