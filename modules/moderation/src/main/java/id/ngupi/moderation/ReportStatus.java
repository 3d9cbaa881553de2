package id.ngupi.moderation;

/** Where a report stands. */
public enum ReportStatus {

	/** Waiting for an admin. */
	OPEN,

	/** An admin looked and found nothing to act on. */
	DISMISSED,

	/** An admin acted (hid the content, warned or suspended its author). */
	ACTIONED,

	/** What was reported is gone (its account deleted) before an admin acted. */
	CLOSED

}
