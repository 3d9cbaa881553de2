package id.ngupi.feedback;

import java.time.Clock;

import id.ngupi.feedback.internal.FeedbackStore;
import id.ngupi.identity.AccountId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The feedback module's part of a member's data export (their right to a copy under
 * Indonesia's personal data protection law, UU PDP): three statements however many
 * sessions the member was asked about.
 */
@Service
public class FeedbackExports {

	private final FeedbackStore store;

	private final Clock clock;

	FeedbackExports(FeedbackStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	/** Everything this module holds about the member. */
	@Transactional(readOnly = true)
	public FeedbackExport export(AccountId member) {
		return new FeedbackExport(this.store.exportOf(member, this.clock.instant()));
	}

}
