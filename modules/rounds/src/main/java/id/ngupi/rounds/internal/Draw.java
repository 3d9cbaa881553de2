package id.ngupi.rounds.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import id.ngupi.booking.MemberRecords.PastSessions;
import id.ngupi.identity.AccountId;
import id.ngupi.rounds.Application;

/**
 * The draw's arithmetic, no I/O: a seed committed to by its hash when the round opens,
 * each applicant's key SHA-256 of {@code seed:ticket}, and the order: priority first
 * (first-timers), then key. Anyone with the seed and the tickets gets the same order.
 */
public final class Draw {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final HexFormat HEX = HexFormat.of();

	private Draw() {
	}

	/** A new seed: 32 random bytes, in lower-case hex. */
	public static String seed() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return HEX.formatHex(bytes);
	}

	/** A new ticket: 4 random bytes, in upper-case hex. */
	public static String ticket() {
		byte[] bytes = new byte[4];
		RANDOM.nextBytes(bytes);
		return HEX.withUpperCase().formatHex(bytes);
	}

	/** SHA-256 of the text's UTF-8 bytes, in lower-case hex. */
	public static String sha256(String text) {
		try {
			return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException missing) {
			throw new IllegalStateException("Every Java runtime has SHA-256", missing);
		}
	}

	/** An applicant's key in the draw. */
	public static String sortKey(String seed, String ticket) {
		return sha256(seed + ":" + ticket);
	}

	/**
	 * Where an applicant goes: 0 first. Without {@code overall}: never with this host 0,
	 * everyone else 1. With it: never any Ngupi 0, never with this host 1, others 2.
	 */
	public static int priority(PastSessions past, boolean overall) {
		int priority = (past.withHost() > 0) ? 1 : 0;
		if (overall && past.withAnyone() > 0) {
			priority++;
		}
		return priority;
	}

	/** Each ticket's key in the draw, each hashed once. */
	public static Map<String, String> sortKeys(String seed, List<Application> applications) {
		Map<String, String> keys = new HashMap<>();
		applications.forEach(application -> keys.put(application.ticket(), sortKey(seed, application.ticket())));
		return keys;
	}

	/**
	 * The applications in the draw's order.
	 * @param keys each ticket's key ({@link #sortKeys})
	 * @param priorities each applicant's priority
	 */
	public static List<Application> order(Map<String, String> keys, List<Application> applications,
			Map<AccountId, Integer> priorities) {
		return applications.stream()
			.sorted(Comparator.<Application>comparingInt(application -> priorities.get(application.member()))
				.thenComparing(application -> keys.get(application.ticket())))
			.toList();
	}

}
