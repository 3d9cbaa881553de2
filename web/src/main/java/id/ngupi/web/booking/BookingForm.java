package id.ngupi.web.booking;

import java.util.List;
import java.util.UUID;

import id.ngupi.booking.BookingRequest;
import id.ngupi.booking.MemberMessage;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What the booking form sends. The same rules as {@link BookingRequest}, checked here
 * first so that each message stands next to its field; the chosen time stays text until
 * it is read, so that a mangled one is refused like any time the host does not offer.
 *
 * @param start the chosen start, as an ISO instant
 * @param topics the host's topics picked (1 to 3)
 * @param answer the answer to the offering's question
 * @param requestKey the form's one-time key, made when the form was shown
 */
public record BookingForm(String start,
		@NotNull(message = "{validation.booking.topics}") @Size(min = 1, max = BookingRequest.TOPICS_MAX,
				message = "{validation.booking.topics}") List<String> topics,
		@NotBlank(message = "{validation.booking.answer.size}") @Size(min = BookingRequest.ANSWER_MIN,
				max = BookingRequest.ANSWER_MAX, message = "{validation.booking.answer.size}") @Pattern(
						regexp = MemberMessage.PLAIN_TEXT, message = "{validation.plainText}") String answer,
		@NotNull(message = "{validation.booking.requestKey}") UUID requestKey) {

	/** The answer is judged without surrounding blanks, as the booking is. */
	public BookingForm {
		answer = (answer != null) ? answer.strip() : null;
	}

	/** A fresh form for a time: nothing picked yet, a new key. */
	static BookingForm fresh(String start) {
		return new BookingForm(start, List.of(), "", UUID.randomUUID());
	}

	/** Whether the topic was picked. */
	boolean picked(String slug) {
		return this.topics != null && this.topics.contains(slug);
	}

}
