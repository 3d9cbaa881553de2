package id.ngupi.web.i18n;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import id.ngupi.hosting.HostProfileChange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One word per thing and one way to write times and numbers, in every message of each
 * language, on the pages and in the mails: the glossary of docs/wording.md, checked so
 * that a new message cannot drift back to "Dashboard host", "Tautan Google Meet" or
 * {@code 19:30} in Indonesian.
 */
class WordingTests {

	/**
	 * English words with a natural Indonesian one on the site ("Dasbor", "Ngupi-ku",
	 * "tautan rapat").
	 */
	private static final Pattern ENGLISH_IN_INDONESIAN = Pattern
		.compile("(?i)\\b(dashboard|hosting|meeting|offering|slot)\\b");

	/** The offering has one English name, "session type". */
	private static final Pattern OFFERING_IN_ENGLISH = Pattern.compile("(?i)\\bofferings?\\b");

	/** Indonesian writes 19.30, English 19:30. */
	private static final Pattern ENGLISH_CLOCK = Pattern.compile("\\b\\d{1,2}:\\d{2}\\b");

	private static final Pattern INDONESIAN_CLOCK = Pattern.compile("\\b\\d{1,2}\\.\\d{2}\\b(?!\\.\\d)");

	/** 2.000 in Indonesian, 2,000 in English, as the hints write their numbers. */
	private static final Pattern UNGROUPED_NUMBER = Pattern.compile("(?<![\\d.,])\\d{4,}(?![\\d])");

	private static final Pattern LINK = Pattern.compile("https?://\\S+");

	/** What the mails say, kept by the notifications module. */
	private static final String MAIL_TEXTS = "notifications/texts";

	@Test
	void indonesianUsesItsOwnWords() throws IOException {
		assertThat(offending("_id", ENGLISH_IN_INDONESIAN)).isEmpty();
	}

	@Test
	void englishCallsTheOfferingASessionType() throws IOException {
		assertThat(offending("_en", OFFERING_IN_ENGLISH)).isEmpty();
	}

	@Test
	void eachLanguageWritesTheClockItsOwnWay() throws IOException {
		assertThat(offending("_id", ENGLISH_CLOCK)).isEmpty();
		assertThat(offending("_en", INDONESIAN_CLOCK)).isEmpty();
	}

	@Test
	void numbersOfFourDigitsAreGroupedAsTheHintsGroupThem() throws IOException {
		assertThat(offending("_id", UNGROUPED_NUMBER)).isEmpty();
		assertThat(offending("_en", UNGROUPED_NUMBER)).isEmpty();
	}

	@Test
	void everyLanguageAHostMaySpeakHasOneNameInEachLanguage() throws IOException {
		for (String language : List.of("_id", "_en")) {
			Properties messages = MessageBundlesTests.load("messages" + language + ".properties");
			for (String code : HostProfileChange.LANGUAGES) {
				assertThat(messages.getProperty("language." + code)).as(language + " " + code).isNotBlank();
			}
		}
	}

	/** The messages of one language matching the pattern, links aside, as key=value. */
	private static List<String> offending(String language, Pattern pattern) throws IOException {
		List<String> found = new ArrayList<>();
		for (String bundle : Stream.concat(MessageBundlesTests.BUNDLES.stream(), Stream.of(MAIL_TEXTS)).toList()) {
			Properties messages = MessageBundlesTests.load(bundle + language + ".properties");
			for (String key : messages.stringPropertyNames()) {
				String text = LINK.matcher(messages.getProperty(key)).replaceAll("");
				if (pattern.matcher(text).find()) {
					found.add(key + "=" + messages.getProperty(key));
				}
			}
		}
		return found;
	}

}
