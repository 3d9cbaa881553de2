package id.ngupi.feedback;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * What attendees' revealed feedback says about a host, as their page shows it to anyone.
 *
 * @param ratings how many attendees rated the host
 * @param average their average rating, one decimal; empty below
 * {@link PublicFeedback#RATINGS_FOR_AVERAGE} ratings
 * @param testimonials what attendees allowed to be shown, newest session first
 */
public record HostTrust(int ratings, Optional<BigDecimal> average, List<Testimonial> testimonials) {

	public HostTrust {
		testimonials = List.copyOf(testimonials);
	}

	public boolean empty() {
		return this.ratings == 0 && this.testimonials.isEmpty();
	}

}
