package id.ngupi.moderation;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What a member can report. */
public enum TargetKind {

	/** A member's profile: name, picture, bio, links. */
	PROFILE("profile"),

	/** A host's page: headline, about, what they offer. */
	HOST_PAGE("host_page"),

	/**
	 * One side's feedback on a session: a testimonial on a host's page, or feedback
	 * received.
	 */
	FEEDBACK("feedback"),

	/** A session and the conduct of the other side in it. */
	SESSION("session");

	private final String code;

	TargetKind(String code) {
		this.code = code;
	}

	/** How the kind is stored and written in links. */
	public String code() {
		return this.code;
	}

	/** The reasons a report of this kind can give: a no-show belongs to a session. */
	public List<ReportReason> reasons() {
		return Arrays.stream(ReportReason.values())
			.filter(reason -> reason != ReportReason.NO_SHOW || this == SESSION)
			.toList();
	}

	/**
	 * Whether a moderator can hide it (a profile is answered with a warning or a
	 * suspension).
	 */
	public boolean hideable() {
		return this == HOST_PAGE || this == FEEDBACK;
	}

	public static Optional<TargetKind> ofCode(String code) {
		return Arrays.stream(values()).filter(kind -> kind.code.equals(code)).findFirst();
	}

}
