package id.ngupi.feedback;

/** Which side of a session a feedback's writer was on. */
public enum FeedbackRole {

	HOST, ATTENDEE;

	/** The other side of a session. */
	public FeedbackRole other() {
		return (this == HOST) ? ATTENDEE : HOST;
	}

}
