package id.ngupi.web.booking;

import id.ngupi.feedback.FeedbackForm;
import id.ngupi.feedback.NoShowAnswer;
import id.ngupi.feedback.NoShowPolicy;
import id.ngupi.feedback.SessionFeedback;
import id.ngupi.web.support.FormErrors;
import id.ngupi.web.support.Notice;

/**
 * The feedback on a session ({@code /sesi/{id}/masukan}): the viewer's own form while the
 * window is open, both sides' feedback once revealed, or, instead, the report that one
 * side did not come and its answer.
 *
 * @param step the session, as the pages about it show it on top
 * @param feedback where the session's feedback stands for the viewer
 * @param closesAt until when feedback can be written, as the viewer reads it
 * @param form what the form shows: what was typed, or the viewer's saved feedback
 * @param rating the rating the form shows as chosen, or {@code 0}
 * @param errors the feedback form's errors
 * @param noShow the no-show report as the viewer reads it, or {@code null}
 * @param noShowErrors the errors of the report's or the answer's form
 * @param answerNote what the answer's form shows
 * @param notice what just happened, or {@code null}
 */
public record FeedbackPage(SessionStepPage step, SessionFeedback feedback, String closesAt, FeedbackForm form,
		int rating, FormErrors errors, NoShowView noShow, FormErrors noShowErrors, String answerNote, Notice notice) {

	/**
	 * A no-show report with its times in the viewer's zone.
	 *
	 * @param byViewer whether the viewer reported it
	 * @param absentIsAttendee whether the attendee was reported absent
	 * @param reportedAt when it was reported
	 * @param answerBy until when it can be answered
	 * @param answerable whether the viewer can answer it now
	 * @param answer the answer ({@code admitted} / {@code disputed}), or {@code null}
	 * @param note what came with the answer, or {@code null}
	 * @param confirmed whether it counts: admitted, or not answered in time
	 * @param policy when no-shows make an attendee's bookings wait for approval
	 */
	public record NoShowView(boolean byViewer, boolean absentIsAttendee, String reportedAt, String answerBy,
			boolean answerable, String answer, String note, boolean confirmed, NoShowPolicy policy) {

		/** What the reporter reads of the answer. */
		public String answeredKey() {
			return NoShowAnswer.ADMITTED.name().equalsIgnoreCase(this.answer) ? "noShow.answered.admitted"
					: "noShow.answered.disputed";
		}

		/** What the member reported absent reads of their own answer. */
		public String ownAnswerKey() {
			return NoShowAnswer.ADMITTED.name().equalsIgnoreCase(this.answer) ? "noShow.ownAnswer.admitted"
					: "noShow.ownAnswer.disputed";
		}

		/** How many no-shows start the approval rule. */
		public int ruleCount() {
			return this.policy.count();
		}

		/** Within how many days of each other. */
		public long ruleWithinDays() {
			return this.policy.within().toDays();
		}

		/** For how many days bookings need approval then. */
		public long ruleForDays() {
			return this.policy.approvalFor().toDays();
		}

	}

}
