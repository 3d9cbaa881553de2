package id.ngupi.moderation;

/** How filing a report ended. */
public sealed interface ReportOutcome {

	/** The report is in the admins' queue. */
	record Filed(ReportId report) implements ReportOutcome {
	}

	/** Nothing was filed, for this reason. */
	record Refused(Refusal refusal) implements ReportOutcome {
	}

	/** Why a report was not filed. */
	enum Refusal {

		/** The member cannot see what they report (or it does not exist). */
		NOT_FOUND,

		/** Members do not report themselves or their own words. */
		OWN,

		/** The member's report of this already waits for an admin. */
		ALREADY_OPEN,

		/** The member has {@link Reports#OPEN_MAX} reports waiting already. */
		TOO_MANY_OPEN,

		/** The member filed {@link Reports#DAILY_MAX} reports in the last day. */
		TOO_MANY_TODAY,

		/** That reason does not fit what is reported (a no-show is about a session). */
		REASON_NOT_FOR_TARGET,

		/** "Other" needs a few words on what happened. */
		DETAILS_REQUIRED

	}

}
