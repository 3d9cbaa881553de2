/**
 * Rate limits on the actions members and scripts could repeat too often: booking, the
 * session and waitlist actions, settings changes, the demo login and the private calendar
 * feeds. Limits are token buckets kept in memory per instance, keyed by member (or by
 * address for visitors, or by feed); a request over its limit gets 429 with
 * {@code Retry-After} and changes nothing.
 */
package id.ngupi.web.ratelimit;
