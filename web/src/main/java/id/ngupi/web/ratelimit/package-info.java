/**
 * Rate limits on the actions members and scripts could repeat too often: booking, the
 * session and waitlist actions, settings changes, the demo login and the private calendar
 * feeds. Limits are token buckets kept in PostgreSQL (Bucket4j), so every instance of the
 * site shares them; they are keyed by rule and member (or address for visitors, or the
 * feed secret's hash). A request over its limit gets 429 with {@code Retry-After} and
 * changes nothing.
 */
package id.ngupi.web.ratelimit;
