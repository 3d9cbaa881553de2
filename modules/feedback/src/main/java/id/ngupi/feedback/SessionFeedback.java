package id.ngupi.feedback;

import java.time.Instant;

import id.ngupi.booking.BookingId;

/**
 * A session's feedback as one of its two sides sees it: their own, and the other side's
 * only once it is revealed.
 *
 * @param booking the session
 * @param role the viewer's side
 * @param closesAt until when feedback can be written or changed
 * @param own what the viewer wrote, or {@code null}
 * @param other what the other side wrote, once revealed; else {@code null}
 * @param state where the feedback stands for the viewer
 * @param noShow the report that one side did not come, or {@code null}
 * @param otherHidden whether the other side's feedback was revealed but a moderator hid
 * it (then {@code other} is {@code null})
 */
public record SessionFeedback(BookingId booking, FeedbackRole role, Instant closesAt, WrittenFeedback own,
		WrittenFeedback other, State state, NoShowReport noShow, boolean otherHidden) {

	/** Where a session's feedback stands for one side. */
	public enum State {

		/** The viewer can write (or change) theirs; the other's, if any, stays hidden. */
		OPEN,

		/**
		 * Both wrote or the window closed: each sees the other's, nothing changes any
		 * more.
		 */
		REVEALED,

		/** The window closed and nobody wrote anything. */
		CLOSED,

		/**
		 * One side reported that the other did not come: nobody writes feedback, the
		 * member reported absent answers the report once.
		 */
		NO_SHOW

	}

	/** Whether the viewer may write or change their feedback now. */
	public boolean writable() {
		return this.state == State.OPEN;
	}

	/**
	 * Whether the viewer may report that the other side did not come: instead of
	 * feedback, so only before they wrote theirs.
	 */
	public boolean reportable() {
		return this.state == State.OPEN && this.own == null;
	}

}
