package id.ngupi.hosting;

import id.ngupi.identity.HttpsUrl;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a host sets for an offering. Checked by the form and again by {@link Hosting}; the
 * database's CHECK constraints are the last line.
 *
 * @param title what the session is called
 * @param durationMinutes how long it lasts, 15 to 120 minutes
 * @param description plain text, line breaks kept
 * @param question what every attendee must answer about the topics they bring
 * @param needsApproval whether the host approves each booking
 * @param weeklyQuota how many sessions a week at most
 * @param minNoticeHours how many hours before its start a session can be booked at the
 * latest, 0 to two weeks
 * @param horizonDays how many days ahead it can be booked at the most
 * @param bufferMinutes free time kept between two sessions
 * @param meetingUrl a meeting link for this offering instead of the host's
 */
public record OfferingChange(
		@NotBlank(message = "{validation.offering.title.required}") @Size(max = TITLE_MAX,
				message = "{validation.offering.title.size}") @Pattern(regexp = PlainText.ONE_LINE,
						message = "{validation.plainText}") String title,
		@Min(value = DURATION_MIN, message = "{validation.offering.duration}") @Max(value = DURATION_MAX,
				message = "{validation.offering.duration}") int durationMinutes,
		@Size(max = DESCRIPTION_MAX, message = "{validation.offering.description.size}") @Pattern(
				regexp = PlainText.MULTI_LINE, message = "{validation.plainText}") String description,
		@NotBlank(message = "{validation.offering.question.required}") @Size(max = QUESTION_MAX,
				message = "{validation.offering.question.size}") @Pattern(
						regexp = PlainText.MULTI_LINE, message = "{validation.plainText}") String question,
		boolean needsApproval,
		@Min(value = 1, message = "{validation.offering.quota}") @Max(value = QUOTA_MAX,
				message = "{validation.offering.quota}") int weeklyQuota,
		@Min(value = 0, message = "{validation.offering.minNotice}") @Max(value = MIN_NOTICE_MAX_HOURS,
				message = "{validation.offering.minNotice}") int minNoticeHours,
		@Min(value = 1, message = "{validation.offering.horizon}") @Max(value = HORIZON_MAX_DAYS,
				message = "{validation.offering.horizon}") int horizonDays,
		@Min(value = 0, message = "{validation.offering.buffer}") @Max(value = BUFFER_MAX,
				message = "{validation.offering.buffer}") int bufferMinutes,
		@Size(max = HostProfileChange.MEETING_URL_MAX, message = "{validation.host.meetingUrl.size}") @HttpsUrl(
				message = "{validation.host.meetingUrl}") String meetingUrl) {

	public static final int TITLE_MAX = 80;

	public static final int DURATION_MIN = 15;

	public static final int DURATION_MAX = 120;

	public static final int DESCRIPTION_MAX = 1000;

	public static final int QUESTION_MAX = 300;

	public static final int QUOTA_MAX = 50;

	/** Two weeks, in hours: hosts think of notice in hours, not minutes. */
	public static final int MIN_NOTICE_MAX_HOURS = 14 * 24;

	public static final int HORIZON_MAX_DAYS = 90;

	public static final int BUFFER_MAX = 60;

	/** The question of the original Ngupi, asked unless the host writes their own. */
	public static final String DEFAULT_QUESTION_ID = "Topik apa saja yang ingin kamu diskusikan? Ceritakan sedikit konteksnya.";

	/** The same question for hosts who write in English. */
	public static final String DEFAULT_QUESTION_EN = "Which topics do you want to discuss? Tell a little about the context.";

	/**
	 * The offering a new host starts from: 30 minutes, 3 a week, like the original Ngupi.
	 */
	public static OfferingChange suggested(String language) {
		boolean english = "en".equals(language);
		return new OfferingChange(english ? "30-minute Ngupi" : "Ngupi 30 menit", 30, "",
				english ? DEFAULT_QUESTION_EN : DEFAULT_QUESTION_ID, false, 3, 12, 21, 10, null);
	}

	/** The change with blanks trimmed and an empty link made absent. */
	public OfferingChange normalised() {
		return new OfferingChange(this.title.strip(), this.durationMinutes,
				(this.description == null) ? "" : this.description.strip(), this.question.strip(), this.needsApproval,
				this.weeklyQuota, this.minNoticeHours, this.horizonDays, this.bufferMinutes,
				PlainText.linkOrNull(this.meetingUrl));
	}

}
