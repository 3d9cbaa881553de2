package id.ngupi.moderation;

import id.ngupi.identity.TextRules;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What an admin does and why. The reason goes into the audit log and, for a warning, a
 * hidden page or a suspension, to the member.
 *
 * @param action what
 * @param reason why, in words the member can read
 */
public record ActionForm(@NotNull(message = "{validation.moderation.action}") ModerationAction action,
		@NotBlank(message = "{validation.moderation.reason}") @Size(max = ActionForm.REASON_MAX,
				message = "{validation.moderation.reason.size}") @Pattern(regexp = TextRules.MULTI_LINE,
						message = "{validation.plainText}") String reason) {

	/**
	 * The longest a reason may be: identity keeps a suspension's reason to 500
	 * characters, and the same words go there.
	 */
	public static final int REASON_MAX = 500;

	public ActionForm {
		reason = (reason != null) ? reason.strip() : null;
	}

}
