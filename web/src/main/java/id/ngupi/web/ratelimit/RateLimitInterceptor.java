package id.ngupi.web.ratelimit;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import id.ngupi.booking.CalendarFeeds;
import id.ngupi.identity.Account;
import id.ngupi.identity.Secrets;
import id.ngupi.web.ratelimit.RateLimitProperties.Limit;
import id.ngupi.web.security.CurrentMemberFilter;
import id.ngupi.web.support.Links;
import io.github.bucket4j.BucketExceptions.BucketExecutionException;
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
import org.springframework.web.util.pattern.PathPattern.PathMatchInfo;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Holds each request to the first rule it matches. Runs after Spring Security, so a
 * request without its CSRF token or login never counts, and the member is known. A
 * request over its limit is answered 429 with {@code Retry-After} (whole seconds, rounded
 * up) before any controller sees it.
 * <p>
 * When the buckets cannot be read (the database is away or overloaded) the request is let
 * through, and a WARN says so at most once a minute. A rate limit protects the site; it
 * is no reason to refuse members. A request that needs the database meets the failure
 * again in its controller and gets the answer any page gets while the database is away;
 * one that does not is served. Letting the exception out here would answer every limited
 * request with a 500 and log an ERROR for each.
 */
class RateLimitInterceptor implements HandlerInterceptor {

	private static final Logger log = LoggerFactory.getLogger(RateLimitInterceptor.class);

	private static final long WARNING_EVERY_NANOS = Duration.ofMinutes(1).toNanos();

	private final List<Rule> rules;

	private final RateLimitBuckets buckets;

	/**
	 * When the last warning about unchecked requests was logged
	 * ({@link System#nanoTime()}).
	 */
	private final AtomicLong lastWarning = new AtomicLong(System.nanoTime() - WARNING_EVERY_NANOS);

	/** Requests let through unchecked since the last warning. */
	private final LongAdder unchecked = new LongAdder();

	RateLimitInterceptor(RateLimitProperties limits, RateLimitBuckets buckets) {
		this.buckets = buckets;
		// a round's application is a booking form in all but its time: they share one
		// limit
		this.rules = List.of(
				new Rule("booking", HttpMethod.POST, Key.MEMBER, limits.booking(), Links.BOOKING_FORM,
						Links.ROUND_APPLY, Links.ROUND_WITHDRAW),
				new Rule("waitlist", HttpMethod.POST, Key.MEMBER, limits.waitlist(), Links.WAITLIST_JOIN,
						Links.WAITLIST_LEAVE),
				new Rule("session", HttpMethod.POST, Key.MEMBER, limits.sessionActions(), Links.SESSIONS + "/**"),
				// the inbox counts as settings; a mail's one-click unsubscribe is not
				// held: mail
				// providers post it for many members from few addresses, and its token is
				// signed
				new Rule("settings", HttpMethod.POST, Key.MEMBER, limits.settings(), "/settings/**",
						Links.INBOX_READ_ALL, Links.INBOX_READ, Links.INBOX_PREFERENCES),
				new Rule("report", HttpMethod.POST, Key.MEMBER, limits.report(), Links.REPORT),
				new Rule("login", HttpMethod.POST, Key.ADDRESS, limits.login(), Links.DEMO_LOGIN),
				new Rule("feed", HttpMethod.GET, Key.FEED_SECRET, limits.calendarFeed(), Links.CALENDAR_FEED));
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws Exception {
		PathContainer path = PathContainer.parsePath(request.getRequestURI());
		for (Rule rule : this.rules) {
			Optional<PathMatchInfo> match = rule.match(request.getMethod(), path);
			if (match.isPresent()) {
				Optional<String> key = rule.key().of(request, match.get());
				if (key.isEmpty()) {
					// nothing to hold: the controller refuses it without any work
					return true;
				}
				Duration wait = take(rule, key.get());
				if (wait.isZero()) {
					return true;
				}
				// never the path: a feed's path is its secret
				log.info("Rate limit '{}' reached", rule.name());
				// rounded up: a client that waits as long as told is served
				long seconds = wait.plusNanos(999_999_999).toSeconds();
				response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, seconds)));
				response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
				return false;
			}
		}
		return true;
	}

	/**
	 * Takes from the rule's bucket for the key; lets the request through unchecked when
	 * it cannot.
	 */
	private Duration take(Rule rule, String key) {
		try {
			return this.buckets.take(rule.name() + ":" + key, rule.limit());
		}
		catch (BucketExecutionException ex) {
			this.unchecked.increment();
			long now = System.nanoTime();
			long last = this.lastWarning.get();
			if (now - last >= WARNING_EVERY_NANOS && this.lastWarning.compareAndSet(last, now)) {
				log.warn("Rate limits cannot be checked; {} request(s) let through unchecked since the last warning",
						this.unchecked.sumThenReset(), ex);
			}
			return Duration.ZERO;
		}
	}

	/** Whose bucket a request takes from; none when the request cannot be served. */
	enum Key {

		/** The logged-in member, else the address the request came from. */
		MEMBER {
			@Override
			Optional<String> of(HttpServletRequest request, PathMatchInfo match) {
				return Optional.of((request.getAttribute(CurrentMemberFilter.ATTRIBUTE) instanceof Account member)
						? member.id().toString() : request.getRemoteAddr());
			}
		},

		/**
		 * The address the request came from (behind a proxy, as forwarded headers say).
		 */
		ADDRESS {
			@Override
			Optional<String> of(HttpServletRequest request, PathMatchInfo match) {
				return Optional.of(request.getRemoteAddr());
			}
		},

		/**
		 * A calendar feed's secret, only when it has the shape of one: a made-up path
		 * finds no feed (404) and leaves no bucket behind. The key is the secret's
		 * SHA-256, as the feed itself keeps it: the buckets' table must not open any feed
		 * either.
		 */
		FEED_SECRET {
			@Override
			Optional<String> of(HttpServletRequest request, PathMatchInfo match) {
				String secret = match.getUriVariables().get("token");
				return CalendarFeeds.wellFormed(secret) ? Optional.of(Secrets.sha256(secret)) : Optional.empty();
			}
		};

		abstract Optional<String> of(HttpServletRequest request, PathMatchInfo match);

	}

	/** Requests of one method on some paths, limited together per key. */
	record Rule(String name, HttpMethod method, Key key, Limit limit, List<PathPattern> patterns) {

		Rule(String name, HttpMethod method, Key key, Limit limit, String... patterns) {
			this(name, method, key, limit,
					List.of(patterns).stream().map(PathPatternParser.defaultInstance::parse).toList());
		}

		Optional<PathMatchInfo> match(String requestMethod, PathContainer path) {
			if (!this.method.matches(requestMethod)) {
				return Optional.empty();
			}
			return this.patterns.stream()
				.map(pattern -> pattern.matchAndExtract(path))
				.filter(Objects::nonNull)
				.findFirst();
		}

	}

}
