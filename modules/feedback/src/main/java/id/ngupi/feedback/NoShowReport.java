package id.ngupi.feedback;

import java.time.Instant;

/**
 * A report that one side of a session did not come, as one of the two sides sees it.
 *
 * @param byViewer whether the viewer reported it (else they are the one reported absent)
 * @param absentRole the side reported absent
 * @param reportedAt when it was reported
 * @param answerBy until when the member reported absent can answer
 * @param answer their answer, or {@code null}
 * @param note what they added to the answer (may be empty), or {@code null}
 * @param answeredAt when they answered, or {@code null}
 */
public record NoShowReport(boolean byViewer, FeedbackRole absentRole, Instant reportedAt, Instant answerBy,
		NoShowAnswer answer, String note, Instant answeredAt) {

	/**
	 * Whether the report counts against the member reported absent at {@code now}: they
	 * admitted it, or let the time to answer pass.
	 */
	public boolean confirmedAt(Instant now) {
		return confirmed(this.answer, this.answerBy, now);
	}

	static boolean confirmed(NoShowAnswer answer, Instant answerBy, Instant now) {
		return answer == NoShowAnswer.ADMITTED || (answer == null && !now.isBefore(answerBy));
	}

	/** Whether the viewer, reported absent, can still answer at {@code now}. */
	public boolean answerableAt(Instant now) {
		return !this.byViewer && this.answer == null && now.isBefore(this.answerBy);
	}

}
