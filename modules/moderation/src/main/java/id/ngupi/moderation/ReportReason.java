package id.ngupi.moderation;

import java.util.Arrays;
import java.util.Optional;

/** Why a member reports something. */
public enum ReportReason {

	/** Harassment, threats, insults. */
	HARASSMENT("harassment"),

	/** Spam, advertising, scams. */
	SPAM("spam"),

	/** Sexual, violent or otherwise inappropriate content. */
	INAPPROPRIATE("inappropriate"),

	/** Pretending to be someone else. */
	IMPERSONATION("impersonation"),

	/** A no-show the member disputes or wants looked at (sessions only). */
	NO_SHOW("no_show"),

	/** Anything else, told in the details. */
	OTHER("other");

	private final String code;

	ReportReason(String code) {
		this.code = code;
	}

	public String code() {
		return this.code;
	}

	/** Whether the member must say more in the details. */
	public boolean needsDetails() {
		return this == OTHER;
	}

	public static Optional<ReportReason> ofCode(String code) {
		return Arrays.stream(values()).filter(reason -> reason.code.equals(code)).findFirst();
	}

}
