package id.ngupi.web.booking;

import java.util.List;
import java.util.UUID;

import id.ngupi.booking.BookingRequest;

/**
 * What the booking form sends, as it was typed: judged by {@link BookingRequest}'s own
 * constraints, so that the rules are written once, in booking. The chosen time stays text
 * until it is read, so that a mangled one is refused like any time the host does not
 * offer.
 *
 * @param start the chosen start, as an ISO instant
 * @param topics the host's topics picked
 * @param answer the answer to the offering's question
 * @param requestKey the form's one-time key, made when the form was shown
 */
public record BookingForm(String start, List<String> topics, String answer, UUID requestKey) {

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
