package id.ngupi.feedback;

/** Which side of a session a feedback's writer was on. */
public enum FeedbackRole {

	HOST, ATTENDEE

}
