package id.ngupi.moderation;

/** What an admin does; each is one entry of the audit log. */
public enum ModerationAction {

	/** Nothing to act on: the target's open reports are closed as dismissed. */
	DISMISS("dismiss"),

	/** The content disappears from every page others see (host page, feedback). */
	HIDE("hide"),

	/** Hidden content is shown again. */
	UNHIDE("unhide"),

	/** The member is told, with the reason, what they must not do again. */
	WARN("warn"),

	/**
	 * The account is suspended: it cannot sign in, its coming sessions are called off.
	 */
	SUSPEND("suspend"),

	/** A suspended account is restored. */
	RESTORE("restore");

	private final String code;

	ModerationAction(String code) {
		this.code = code;
	}

	public String code() {
		return this.code;
	}

	/** Whether the action answers the target's open reports. */
	public boolean resolvesReports() {
		return this == DISMISS || this == HIDE || this == WARN || this == SUSPEND;
	}

	public static ModerationAction ofCode(String code) {
		for (ModerationAction action : values()) {
			if (action.code.equals(code)) {
				return action;
			}
		}
		throw new IllegalArgumentException("Unknown action: " + code);
	}

}
