package id.ngupi.notifications.internal;

import java.time.Instant;
import java.util.List;

/**
 * What a notification says, as it was when its event happened: the payload a notification
 * keeps so that its inbox entry and its mail can be written later in the recipient's
 * language and timezone. Each kind uses the values it needs; the others are {@code null}.
 *
 * @param booking the session it is about
 * @param forHost whether the recipient hosts that session
 * @param previousBooking for a move: the session it replaced
 * @param otherName the other participant's name (for the waitlist: the host's)
 * @param otherHandle the other participant's handle
 * @param offeringTitle what was booked
 * @param start when the session starts
 * @param end when it ends
 * @param previousStart for a move: when the session was to start before
 * @param respondBy for a request: when it expires unanswered
 * @param topics the topics the attendee picked, as slugs
 * @param answer the attendee's answer to the offering's question
 * @param message what the other side wrote: the host's message, the reason of a
 * cancellation
 * @param late whether a cancellation came within the offering's minimum notice
 * @param waitingForApproval for a move: whether the new time waits for the host's
 * approval
 * @param link for an email verification: the link that confirms the address (a secret,
 * removed once the mail is sent)
 * @param linkExpiresAt when that link stops working
 * @param round for a round: the round it is about (for the host: the host's pick deadline
 * is {@code respondBy})
 * @param applicants for a round's host: how many applied
 * @param chosen for a round's host: how many of them got a time
 * @param picking for a round: who was to pick its winners ({@code draw} or {@code host})
 * @param sessions for a round opened: how many sessions it offers (applications open at
 * {@code start}, none when they were open already, and close at {@code respondBy})
 * @param calledOff for a session or round Ngupi called off: who could no longer take
 * part, {@code host} or {@code attendee} (never why); else {@code null}
 * @param moderated for what a moderator did: what it was about ({@code profile},
 * {@code host_page}, {@code feedback} or {@code session}); the moderator's reason is
 * {@code message}
 * @param actioned for a report answered: whether the moderator acted on it; {@code null}
 * when it was closed because what it was about is gone
 */
record Details(String booking, boolean forHost, String previousBooking, String otherName, String otherHandle,
		String offeringTitle, Instant start, Instant end, Instant previousStart, Instant respondBy, List<String> topics,
		String answer, String message, boolean late, boolean waitingForApproval, String link, Instant linkExpiresAt,
		String round, Integer applicants, Integer chosen, String picking, Integer sessions, String calledOff,
		String moderated, Boolean actioned) {

	Details {
		topics = (topics == null) ? List.of() : List.copyOf(topics);
	}

	static Details verification(String link, Instant expiresAt) {
		return new Details(null, false, null, null, null, null, null, null, null, null, List.of(), null, null, false,
				false, link, expiresAt, null, null, null, null, null, null, null, null);
	}

	/** About one of the host's own calendars, named by its address's hint. */
	static Details calendar(String hint) {
		return new Details(null, false, null, null, null, null, null, null, null, null, List.of(), null, hint, false,
				false, null, null, null, null, null, null, null, null, null, null);
	}

	static Details waitlist(String hostName, String hostHandle) {
		return new Details(null, false, null, hostName, hostHandle, null, null, null, null, null, List.of(), null, null,
				false, false, null, null, null, null, null, null, null, null, null, null);
	}

	/**
	 * To the host who picks: how many applied to their round, and until when they pick.
	 */
	static Details roundPick(String round, String offeringTitle, int applicants, Instant pickBy) {
		return new Details(null, true, null, null, null, offeringTitle, null, null, null, pickBy, List.of(), null, null,
				false, false, null, null, round, applicants, null, null, null, null, null, null);
	}

	/** To the host: how the draw settled their round. */
	static Details roundSettled(String round, String offeringTitle, int applicants, int chosen, String picking) {
		return new Details(null, true, null, null, null, offeringTitle, null, null, null, null, List.of(), null, null,
				false, false, null, null, round, applicants, chosen, picking, null, null, null, null);
	}

	/**
	 * To an applicant: about the host's round, with what the host wrote when they called
	 * it off ({@code null} when the host's account is gone, and with it their name).
	 */
	static Details roundApplicant(String round, String hostName, String hostHandle, String offeringTitle,
			String reason) {
		return new Details(null, false, null, hostName, hostHandle, offeringTitle, null, null, null, null, List.of(),
				null, reason, false, false, null, null, round, null, null, null, null, null, null, null);
	}

	/**
	 * To a member on the host's waitlist: the host opened a round of so many sessions,
	 * taking applications from {@code opensAt} ({@code null} when they are open already)
	 * until {@code closesAt}.
	 */
	static Details roundOpened(String round, String hostName, String hostHandle, String offeringTitle, int sessions,
			Instant opensAt, Instant closesAt) {
		return new Details(null, false, null, hostName, hostHandle, offeringTitle, opensAt, null, null, closesAt,
				List.of(), null, null, false, false, null, null, round, null, null, null, sessions, null, null, null);
	}

	/**
	 * To an applicant of a round Ngupi called off because its host can no longer host:
	 * the host's name stays out of it.
	 */
	static Details roundCalledOff(String round, String offeringTitle) {
		return new Details(null, false, null, null, null, offeringTitle, null, null, null, null, List.of(), null, null,
				false, false, null, null, round, null, null, null, null, "host", null, null);
	}

	/**
	 * What a moderator did about the member's account or words ({@code kind} is what it
	 * was about, {@code booking} the session for feedback or a session), with their
	 * reason.
	 */
	static Details moderation(String kind, String booking, String reason) {
		return new Details(booking, false, null, null, null, null, null, null, null, null, List.of(), null, reason,
				false, false, null, null, null, null, null, null, null, null, kind, null);
	}

	/**
	 * To a reporter whose report was closed unanswered, what it was about being gone:
	 * {@code actioned} is {@code null}.
	 */
	static Details reportClosed() {
		return new Details(null, false, null, null, null, null, null, null, null, null, List.of(), null, null, false,
				false, null, null, null, null, null, null, null, null, null, null);
	}

	/** To a reporter: whether the moderator acted on their report. */
	static Details reportResolved(boolean actioned) {
		return new Details(null, false, null, null, null, null, null, null, null, null, List.of(), null, null, false,
				false, null, null, null, null, null, null, null, null, null, actioned);
	}

	/** Whether Ngupi called the session or round off, not one of its members. */
	boolean byNgupi() {
		return this.calledOff != null;
	}

	/** The same without the verification link, once the mail carrying it is sent. */
	Details withoutSecrets() {
		return new Details(this.booking, this.forHost, this.previousBooking, this.otherName, this.otherHandle,
				this.offeringTitle, this.start, this.end, this.previousStart, this.respondBy, this.topics, this.answer,
				this.message, this.late, this.waitingForApproval, null, this.linkExpiresAt, this.round, this.applicants,
				this.chosen, this.picking, this.sessions, this.calledOff, this.moderated, this.actioned);
	}

}
