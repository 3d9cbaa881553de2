package id.ngupi.notifications;

import java.util.Arrays;
import java.util.List;

/**
 * What a member is told about. Every kind but the email verification is kept in the
 * inbox; every kind but the essential ones ({@link #optional()}) can be left out of the
 * member's mail.
 */
public enum NotificationKind {

	/** To the host: a member asks for a session that needs approval. */
	BOOKING_REQUESTED("booking_requested"),

	/** To both: a session was booked (no approval needed). */
	BOOKING_CONFIRMED("booking_confirmed"),

	/** To the attendee: the host approved the request. */
	BOOKING_APPROVED("booking_approved"),

	/** To the attendee: the host declined the request. */
	BOOKING_DECLINED("booking_declined"),

	/** To both: a request expired unanswered. */
	BOOKING_EXPIRED("booking_expired"),

	/** To the other participant: a session was called off. */
	BOOKING_CANCELLED("booking_cancelled"),

	/** To both: the attendee moved a session to another time. */
	BOOKING_RESCHEDULED("booking_rescheduled"),

	/** To the members first in a host's waitlist: the host has open times again. */
	WAITLIST_OPENED("waitlist_opened"),

	/** To both: the session starts in a day. */
	REMINDER_24H("reminder_24h"),

	/** To both: the session starts in an hour. */
	REMINDER_1H("reminder_1h"),

	/** To the address being verified: the link that confirms it. */
	EMAIL_VERIFICATION("email_verification"),

	/** To each side of a session that ended: how did it go? */
	FEEDBACK_REQUESTED("feedback_requested"),

	/** To both sides: each can read the other's feedback now. */
	FEEDBACK_REVEALED("feedback_revealed"),

	/** To the member reported absent from a session: they can answer once. */
	NO_SHOW_REPORTED("no_show_reported"),

	/** To a host: one of their own calendars could not be read for two days. */
	CALENDAR_FAILING("calendar_failing"),

	/** To a host who picks: a round's window closed, its applicants wait for the pick. */
	ROUND_PICK("round_pick"),

	/**
	 * To a host: the draw settled their round (theirs, or one they did not pick in time).
	 */
	ROUND_SETTLED("round_settled"),

	/** To an applicant who got no time in a settled round. */
	ROUND_NOT_CHOSEN("round_not_chosen"),

	/** To every applicant: the round was called off before it was settled. */
	ROUND_CANCELLED("round_cancelled"),

	/**
	 * To everyone on a host's waitlist: the host opened a round, and anyone who applies
	 * before it closes has the same chance.
	 */
	ROUND_OPENED("round_opened"),

	/** To a member a moderator warned: about what, and the moderator's reason. */
	MODERATION_WARNING("moderation_warning"),

	/** To a member whose host page or feedback a moderator hid, with the reason. */
	CONTENT_HIDDEN("content_hidden"),

	/** To a member whose hidden host page or feedback a moderator showed again. */
	CONTENT_SHOWN("content_shown"),

	/** To a member whose report a moderator answered (never what was done to whom). */
	REPORT_RESOLVED("report_resolved"),

	/** To a member whose suspended account a moderator restored, with the reason. */
	ACCOUNT_RESTORED("account_restored");

	private final String code;

	NotificationKind(String code) {
		this.code = code;
	}

	/**
	 * Whether its mail carries the session's calendar file: not once the session took
	 * place (feedback, no-shows), when its calendar entry stays as it was, and not for a
	 * round, which is no session (a winner's session comes with its own booking's mail).
	 */
	public boolean carriesCalendar() {
		return switch (this) {
			case FEEDBACK_REQUESTED, FEEDBACK_REVEALED, NO_SHOW_REPORTED, ROUND_PICK, ROUND_SETTLED, ROUND_NOT_CHOSEN,
					ROUND_CANCELLED, ROUND_OPENED, MODERATION_WARNING, CONTENT_HIDDEN, CONTENT_SHOWN, REPORT_RESOLVED,
					ACCOUNT_RESTORED ->
				false;
			default -> true;
		};
	}

	/** The kind as the database stores it. */
	public String code() {
		return this.code;
	}

	/**
	 * Whether the member may turn its mail off (and so whether it carries a one-click
	 * unsubscribe). Essential are the email verification (what the member just asked for)
	 * and what a moderator did to the member's account or words (a warning, hidden
	 * content): a member must not miss why.
	 */
	public boolean optional() {
		return this != EMAIL_VERIFICATION && this != MODERATION_WARNING && this != CONTENT_HIDDEN;
	}

	/** Whether it is kept in the member's inbox. */
	public boolean inbox() {
		return this != EMAIL_VERIFICATION;
	}

	/** The kinds a member chooses about, in the order a settings page lists them. */
	public static List<NotificationKind> optionalKinds() {
		return Arrays.stream(values()).filter(NotificationKind::optional).toList();
	}

	public static NotificationKind ofCode(String code) {
		return Arrays.stream(values())
			.filter(kind -> kind.code.equals(code))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Unknown kind: " + code));
	}

}
