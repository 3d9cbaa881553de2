package id.ngupi.booking.internal;

import java.security.SecureRandom;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The rooms sessions meet in when their host chose a room for each session: every booking
 * is given an unguessable name when it is made (130 random bits), and the room is that
 * name on a provider that needs no account or key (Jitsi Meet unless configured).
 */
@Component
public class MeetingRooms {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final char[] BASE32 = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();

	private final String baseUrl;

	MeetingRooms(@Value("${ngupi.meeting-rooms.base-url:https://meet.jit.si/}") String baseUrl) {
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
	}

	/** A new room name: {@code ngupi-} and 26 letters and digits. */
	static String newName() {
		StringBuilder name = new StringBuilder("ngupi-");
		for (int i = 0; i < 26; i++) {
			name.append(BASE32[RANDOM.nextInt(BASE32.length)]);
		}
		return name.toString();
	}

	/** The room's address. */
	public String url(String name) {
		return this.baseUrl + name;
	}

}
