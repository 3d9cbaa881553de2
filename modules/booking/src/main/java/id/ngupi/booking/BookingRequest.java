package id.ngupi.booking;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import id.ngupi.hosting.OfferingId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What an attendee asks for: an offering at a time, and the topics to discuss. Nothing in
 * it is trusted: {@link Bookings#book} checks the time against the host's schedule and
 * bookings again, and the topics against the host's.
 *
 * @param offering the offering
 * @param start the chosen start
 * @param topics 1 to 3 slugs of the host's topics
 * @param answer the answer to the offering's question: a few sentences at least
 * @param requestKey the form's one-time key, so that a form sent twice books once
 */
public record BookingRequest(@NotNull(message = "{validation.booking.slot}") OfferingId offering,
		@NotNull(message = "{validation.booking.slot}") Instant start,
		@NotNull(message = "{validation.booking.topics}") @Size(min = 1, max = TOPICS_MAX,
				message = "{validation.booking.topics}") List<@NotNull String> topics,
		@NotBlank(message = "{validation.booking.answer.size}") @Size(min = ANSWER_MIN, max = ANSWER_MAX,
				message = "{validation.booking.answer.size}") @Pattern(regexp = MemberMessage.PLAIN_TEXT,
						message = "{validation.plainText}") String answer,
		@NotNull(message = "{validation.booking.requestKey}") UUID requestKey) {

	/**
	 * The answer is judged (and kept) without surrounding blanks, as the database checks
	 * it.
	 */
	public BookingRequest {
		answer = (answer != null) ? answer.strip() : null;
	}

	/** The most topics one booking brings. */
	public static final int TOPICS_MAX = 3;

	/** The shortest answer: a few sentences, so the talk keeps its point. */
	public static final int ANSWER_MIN = 50;

	/** The longest answer (the database checks the same). */
	public static final int ANSWER_MAX = 2000;

}
