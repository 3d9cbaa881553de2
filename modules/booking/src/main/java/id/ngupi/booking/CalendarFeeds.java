package id.ngupi.booking;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

import id.ngupi.booking.internal.CalendarFeedStore;
import id.ngupi.identity.AccountId;
import id.ngupi.identity.Secrets;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member's private calendar feed: a secret in its URL lets a calendar app read the
 * member's sessions without a login. Only the secret's SHA-256 is stored, so the secret
 * is shown once, when made; making a new one ends the old one.
 */
@Service
public class CalendarFeeds {

	/** 32 random bytes, base64url without padding. */
	private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

	private final CalendarFeedStore feeds;

	private final Clock clock;

	CalendarFeeds(CalendarFeedStore feeds, Clock clock) {
		this.feeds = feeds;
		this.clock = clock;
	}

	/**
	 * Makes the member a new secret, replacing (and so ending) any earlier one.
	 * @return the secret, the only time it is known
	 */
	@Transactional
	public String renew(AccountId member) {
		String token = Secrets.newToken();
		this.feeds.replace(member, Secrets.sha256(token), this.clock.instant());
		return token;
	}

	/** Ends the member's feed: its URL no longer works. */
	@Transactional
	public void stop(AccountId member) {
		this.feeds.delete(member);
	}

	/**
	 * Whether the text has the shape of a secret this class makes; no other text can open
	 * a feed.
	 */
	public static boolean wellFormed(String token) {
		return token != null && TOKEN.matcher(token).matches();
	}

	/** The member whose feed the secret opens, if it opens one. */
	@Transactional(readOnly = true)
	public Optional<AccountId> owner(String token) {
		if (!wellFormed(token)) {
			return Optional.empty();
		}
		return this.feeds.owner(Secrets.sha256(token));
	}

	/** When the member's current secret was made; empty when they have no feed. */
	@Transactional(readOnly = true)
	public Optional<Instant> since(AccountId member) {
		return this.feeds.createdAt(member);
	}

}
