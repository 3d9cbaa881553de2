package id.ngupi.feedback;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import id.ngupi.feedback.internal.PublicFeedbackQueries;
import id.ngupi.identity.AccountId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What feedback shows to anyone: a host's ratings and the testimonials attendees allowed,
 * and the insights a member chose to make public. Only feedback that is revealed counts
 * (nothing written blind leaks through a public page), never a session one side did not
 * come to, and each read is a fixed number of statements however much feedback exists.
 */
@Service
public class PublicFeedback {

	/** How many ratings a host needs before their average is shown. */
	public static final int RATINGS_FOR_AVERAGE = 3;

	/** How many testimonials a host's page shows. */
	public static final int TESTIMONIALS_SHOWN = 6;

	/** How many insights a member's page shows. */
	public static final int INSIGHTS_SHOWN = 10;

	private final PublicFeedbackQueries queries;

	private final Clock clock;

	PublicFeedback(PublicFeedbackQueries queries, Clock clock) {
		this.queries = queries;
		this.clock = clock;
	}

	/** What attendees' feedback says about the host, in two statements. */
	@Transactional(readOnly = true)
	public HostTrust hostTrust(AccountId host) {
		PublicFeedbackQueries.Ratings ratings = this.queries.ratings(host, this.clock.instant());
		return new HostTrust(ratings.count(),
				(ratings.count() >= RATINGS_FOR_AVERAGE) ? ratings.average() : Optional.empty(),
				this.queries.testimonials(host, this.clock.instant(), TESTIMONIALS_SHOWN));
	}

	/** The insights the member chose to show, newest session first, in one statement. */
	@Transactional(readOnly = true)
	public List<Insight> insights(AccountId member) {
		return this.queries.insights(member, this.clock.instant(), INSIGHTS_SHOWN);
	}

}
