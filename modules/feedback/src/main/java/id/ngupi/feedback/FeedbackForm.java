package id.ngupi.feedback;

import id.ngupi.booking.MemberMessage;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * What one side writes after a session: a rating, what went well, what they learned (the
 * insight the session gave them: the host writes it too), a private message to the other
 * person, and, from the attendee, whether their words may be shown on the host's page.
 * Every text is plain, at most {@value MemberMessage#MAX} characters, refused when
 * longer, never cut.
 *
 * @param rating 1 to 5
 * @param wentWell what went well
 * @param learned what the writer learned
 * @param privateMessage for the other person's eyes only
 * @param publicConsent whether the attendee allows their words on the host's page (a
 * host's choice is ignored: their feedback is always private to the attendee)
 * @param learnedPublic whether what the writer learned may be shown on their own page,
 * once the feedback is revealed (either side)
 */
public record FeedbackForm(
		@Min(value = 1, message = "{validation.feedback.rating}") @Max(value = 5,
				message = "{validation.feedback.rating}") int rating,
		@MemberMessage String wentWell, @MemberMessage String learned, @MemberMessage String privateMessage,
		boolean publicConsent, boolean learnedPublic) {

	/** Texts without surrounding blanks, and empty rather than missing. */
	public FeedbackForm {
		wentWell = clean(wentWell);
		learned = clean(learned);
		privateMessage = clean(privateMessage);
	}

	private static String clean(String text) {
		return (text == null) ? "" : text.strip();
	}

}
