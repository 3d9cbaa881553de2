package id.ngupi.web.ratelimit;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How often each kind of request may come: {@code permits} within {@code per}, refilled
 * evenly, so a burst of {@code permits} is allowed and then one more every
 * {@code per / permits}. The limits hold for the whole site, however many instances serve
 * it: the buckets live in the database. A changed limit starts new buckets.
 *
 * @param enabled whether limits apply at all
 * @param booking booking forms sent, per member
 * @param sessionActions cancelling, rescheduling, answering requests and meeting links,
 * per member
 * @param waitlist joining and leaving waitlists, per member
 * @param settings changes in the member's settings (including mails sent to verify an
 * address), per member
 * @param login demo logins, per address
 * @param calendarFeed reads of one private calendar feed
 * @param report reports sent, per member (the moderation module also keeps them to a few
 * a day)
 */
@ConfigurationProperties("ngupi.rate-limit")
public record RateLimitProperties(boolean enabled, Limit booking, Limit sessionActions, Limit waitlist, Limit settings,
		Limit login, Limit calendarFeed, Limit report) {

	/**
	 * One limit.
	 *
	 * @param permits how many requests a full bucket allows at once
	 * @param per how long the bucket takes to refill completely
	 */
	public record Limit(int permits, Duration per) {

		public Limit {
			if (permits < 1 || per == null || per.isZero() || per.isNegative()) {
				throw new IllegalArgumentException("A limit needs at least one permit and a positive duration");
			}
		}

	}

}
