package id.ngupi.notifications.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import id.ngupi.identity.AccountId;
import id.ngupi.notifications.NotificationKind;
import org.jooq.DSLContext;

import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

import static id.ngupi.db.jooq.notifications.Tables.SIGNING_KEY;
import static id.ngupi.notifications.internal.Payloads.at;

/**
 * The one-click unsubscribe links' tokens: the member and the kind, signed with
 * HMAC-SHA256 under a secret only the database knows (made by the first instance that
 * needs it, shared by all). The token is the only credential of the link, so it needs no
 * login; it can only turn that one kind of mail off for that one member.
 */
@Component
class UnsubscribeTokens {

	private static final String KEY = "unsubscribe";

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	private final SingletonSupplier<byte[]> secret;

	UnsubscribeTokens(DSLContext sql, Clock clock) {
		this.secret = SingletonSupplier.of(() -> secret(sql, clock));
	}

	String issue(AccountId member, NotificationKind kind) {
		String claim = member.value() + ":" + kind.code();
		byte[] claimBytes = claim.getBytes(StandardCharsets.UTF_8);
		return ENCODER.encodeToString(claimBytes) + "." + ENCODER.encodeToString(sign(claimBytes));
	}

	/** The member and kind a token names, if it is one this site signed. */
	Optional<Claim> read(String token) {
		if (token == null || token.length() > 200) {
			return Optional.empty();
		}
		String[] parts = token.split("\\.", -1);
		if (parts.length != 2) {
			return Optional.empty();
		}
		try {
			byte[] claim = DECODER.decode(parts[0]);
			if (!MessageDigest.isEqual(sign(claim), DECODER.decode(parts[1]))) {
				return Optional.empty();
			}
			String[] values = new String(claim, StandardCharsets.UTF_8).split(":", -1);
			return Optional.of(new Claim(new AccountId(UUID.fromString(values[0])), NotificationKind.ofCode(values[1])))
				.filter(read -> read.kind().optional());
		}
		catch (IllegalArgumentException | ArrayIndexOutOfBoundsException ex) {
			return Optional.empty();
		}
	}

	private byte[] sign(byte[] claim) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.secret.obtain(), "HmacSHA256"));
			return Arrays.copyOf(mac.doFinal(claim), 16);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The shared secret: made once, by whichever instance asks first. */
	private static byte[] secret(DSLContext sql, Clock clock) {
		byte[] fresh = new byte[32];
		new SecureRandom().nextBytes(fresh);
		sql.insertInto(SIGNING_KEY)
			.set(SIGNING_KEY.NAME, KEY)
			.set(SIGNING_KEY.SECRET, fresh)
			.set(SIGNING_KEY.CREATED_AT, at(clock.instant()))
			.onConflictDoNothing()
			.execute();
		return sql.select(SIGNING_KEY.SECRET).from(SIGNING_KEY).where(SIGNING_KEY.NAME.eq(KEY)).fetchSingle().value1();
	}

	/**
	 * What an unsubscribe token says.
	 *
	 * @param member whose mail
	 * @param kind which kind of it
	 */
	record Claim(AccountId member, NotificationKind kind) {
	}

}
