package id.ngupi.moderation;

import id.ngupi.booking.Booking;
import id.ngupi.feedback.ReportedFeedback;
import id.ngupi.hosting.HostProfile;
import id.ngupi.identity.Account;

/** What a report is about, as the admin sees it next to the report. */
public sealed interface ReportedContent {

	/** A member's profile. */
	record Profile(Account account) implements ReportedContent {
	}

	/** A host's page. */
	record HostPage(HostProfile host) implements ReportedContent {
	}

	/** One side's feedback on a session. */
	record Feedback(ReportedFeedback feedback) implements ReportedContent {
	}

	/** A session: who, when, the topics and what the attendee and the host wrote. */
	record Session(Booking booking) implements ReportedContent {
	}

	/** What was reported no longer exists (its account was deleted). */
	record Gone() implements ReportedContent {
	}

}
