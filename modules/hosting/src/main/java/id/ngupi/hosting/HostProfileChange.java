package id.ngupi.hosting;

import java.util.List;

import id.ngupi.identity.HttpsUrl;
import id.ngupi.identity.TimeZoneId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a host writes about their hosting. Checked by the form and again by
 * {@link Hosting#saveProfile}; the database's CHECK constraints are the last line.
 *
 * @param headline one line on what the host offers
 * @param about plain text, line breaks kept
 * @param topics 1 to 8 topics: slugs of existing topics or names of new ones, at most
 * {@value #NEW_TOPICS_MAX} of them new
 * @param languages the languages the host speaks, as codes of {@link #LANGUAGES}
 * @param meetingUrl the default meeting link (https only)
 * @param timezone the zone the schedule is written in
 */
public record HostProfileChange(
		@NotBlank(message = "{validation.host.headline.required}") @Size(max = HEADLINE_MAX,
				message = "{validation.host.headline.size}") @Pattern(regexp = PlainText.ONE_LINE,
						message = "{validation.plainText}") String headline,
		@Size(max = ABOUT_MAX, message = "{validation.host.about.size}") @Pattern(regexp = PlainText.MULTI_LINE,
				message = "{validation.plainText}") String about,
		@NotNull(message = "{validation.host.topics.count}") @Size(min = 1, max = TOPICS_MAX,
				message = "{validation.host.topics.count}") List<@TopicName String> topics,
		@NotNull(message = "{validation.host.languages}") @Size(min = 1,
				message = "{validation.host.languages}") List<@NotNull(
						message = "{validation.host.languages}") @Pattern(regexp = LANGUAGE_PATTERN,
								message = "{validation.host.languages}") String> languages,
		@Size(max = MEETING_URL_MAX, message = "{validation.host.meetingUrl.size}") @HttpsUrl(
				message = "{validation.host.meetingUrl}") String meetingUrl,
		@TimeZoneId String timezone) {

	/** The longest headline (the database checks the same). */
	public static final int HEADLINE_MAX = 120;

	/** The longest about text (the database checks the same). */
	public static final int ABOUT_MAX = 2000;

	/** The most topics a host may pick (the database checks the same). */
	public static final int TOPICS_MAX = 8;

	/**
	 * The most new topics one save may propose: {@link Hosting#saveProfile} counts the
	 * topics that do not exist yet, however they arrive.
	 */
	public static final int NEW_TOPICS_MAX = 3;

	/** The longest meeting link (the database checks the same). */
	public static final int MEETING_URL_MAX = 300;

	/** The languages a host may say they speak, in the order forms list them. */
	public static final List<String> LANGUAGES = List.of("id", "en", "jv", "su", "ms", "zh", "ja", "ko", "ar", "de",
			"nl", "fr");

	static final String LANGUAGE_PATTERN = "id|en|jv|su|ms|zh|ja|ko|ar|de|nl|fr";

	/**
	 * The change with blanks trimmed, duplicates dropped and an empty link made absent.
	 */
	public HostProfileChange normalised() {
		return new HostProfileChange(this.headline.strip(), (this.about == null) ? "" : this.about.strip(),
				this.topics.stream().map(TopicNames::displayed).distinct().toList(),
				this.languages.stream().distinct().toList(), PlainText.linkOrNull(this.meetingUrl),
				this.timezone.strip());
	}

}
