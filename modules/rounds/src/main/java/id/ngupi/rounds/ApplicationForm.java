package id.ngupi.rounds;

import java.time.Instant;
import java.util.List;

import id.ngupi.booking.BookingRequest;
import id.ngupi.booking.MemberMessage;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a member sends to apply: the same topics and answer a booking asks for, and the
 * round's times they can make, best first (none: any of them).
 *
 * @param topics 1 to 3 slugs of the host's topics
 * @param answer the answer to the offering's question
 * @param ranked the round's times they can make, best first; empty for any
 */
public record ApplicationForm(
		@NotNull(message = "{validation.booking.topics}") @Size(min = 1, max = BookingRequest.TOPICS_MAX,
				message = "{validation.booking.topics}") List<@NotNull String> topics,
		@NotBlank(message = "{validation.booking.answer.size}") @Size(min = BookingRequest.ANSWER_MIN,
				max = BookingRequest.ANSWER_MAX, message = "{validation.booking.answer.size}") @Pattern(
						regexp = MemberMessage.PLAIN_TEXT, message = "{validation.plainText}") String answer,
		@NotNull(message = "{validation.round.ranked}") @Size(max = RoundPlan.TIMES_MAX,
				message = "{validation.round.ranked}") List<@NotNull Instant> ranked) {

	public ApplicationForm {
		answer = (answer != null) ? answer.strip() : null;
		topics = (topics != null) ? topics.stream().map(String::strip).distinct().toList() : null;
		ranked = (ranked != null) ? ranked.stream().distinct().toList() : null;
	}

}
