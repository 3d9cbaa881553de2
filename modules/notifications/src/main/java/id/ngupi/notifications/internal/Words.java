package id.ngupi.notifications.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;

/**
 * Text in one member's language, times in their timezone, written as the site writes
 * them: {@code Sen, 7 Des 19.00 WIB} in Indonesian, {@code Mon, 7 Dec 19:00 WIB} in
 * English; Indonesia's zones are always WIB, WITA and WIT.
 *
 * @param messages the module's texts
 * @param locale Indonesian or English
 * @param zone the member's timezone
 */
record Words(MessageSource messages, Locale locale, ZoneId zone) {

	static final Locale INDONESIAN = Locale.forLanguageTag("id");

	private static final Map<String, String> INDONESIA = Map.of("Asia/Jakarta", "WIB", "Asia/Pontianak", "WIB",
			"Asia/Makassar", "WITA", "Asia/Ujung_Pandang", "WITA", "Asia/Jayapura", "WIT");

	private static final DateTimeFormatter INDONESIAN_TIME = DateTimeFormatter.ofPattern("EEE, d MMM HH.mm",
			INDONESIAN);

	private static final DateTimeFormatter ENGLISH_TIME = DateTimeFormatter.ofPattern("EEE, d MMM HH:mm",
			Locale.ENGLISH);

	/** Indonesian for every language but English, as on the site. */
	static Locale localeOf(String language) {
		return "en".equals(language) ? Locale.ENGLISH : INDONESIAN;
	}

	boolean english() {
		return Locale.ENGLISH.getLanguage().equals(this.locale.getLanguage());
	}

	String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, this.locale);
	}

	/** {@code Sen, 7 Des 19.00 WIB}. */
	String time(Instant instant) {
		String indonesian = INDONESIA.get(this.zone.getId());
		String zoneName = (indonesian != null) ? indonesian
				: DateTimeFormatter.ofPattern("zzz", this.locale).format(instant.atZone(this.zone));
		return (english() ? ENGLISH_TIME : INDONESIAN_TIME).format(instant.atZone(this.zone)) + " " + zoneName;
	}

}
