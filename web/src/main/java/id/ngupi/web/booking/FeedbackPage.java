package id.ngupi.web.booking;

import id.ngupi.feedback.FeedbackForm;
import id.ngupi.feedback.SessionFeedback;
import id.ngupi.web.support.FormErrors;
import id.ngupi.web.support.Notice;

/**
 * The feedback on a session ({@code /sesi/{id}/masukan}): the viewer's own form while the
 * window is open, both sides' feedback once revealed.
 *
 * @param step the session, as the pages about it show it on top
 * @param feedback where the session's feedback stands for the viewer
 * @param closesAt until when feedback can be written, as the viewer reads it
 * @param form what the form shows: what was typed, or the viewer's saved feedback
 * @param rating the rating the form shows as chosen, or {@code 0}
 * @param errors the form's errors
 * @param notice what just happened, or {@code null}
 */
public record FeedbackPage(SessionStepPage step, SessionFeedback feedback, String closesAt, FeedbackForm form,
		int rating, FormErrors errors, Notice notice) {
}
