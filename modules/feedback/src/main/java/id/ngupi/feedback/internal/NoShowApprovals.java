package id.ngupi.feedback.internal;

import java.time.Instant;
import java.util.Optional;

import id.ngupi.booking.ApprovalRequirement;
import id.ngupi.feedback.ApprovalStanding;
import id.ngupi.feedback.NoShows;
import id.ngupi.identity.AccountId;

import org.springframework.stereotype.Component;

/**
 * Tells booking, through the interface booking owns, that an attendee with too many
 * sessions they did not come to books only with the host's approval for a while.
 */
@Component
class NoShowApprovals implements ApprovalRequirement {

	private final NoShows noShows;

	NoShowApprovals(NoShows noShows) {
		this.noShows = noShows;
	}

	@Override
	public Optional<Instant> requiredUntil(AccountId attendee, Instant now) {
		return this.noShows.standingAt(attendee, now).map(ApprovalStanding::until);
	}

}
