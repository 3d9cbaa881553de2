package id.ngupi.moderation;

import id.ngupi.identity.TextRules;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a member writes when reporting.
 *
 * @param reason why, from the list ({@link TargetKind#reasons()})
 * @param details what happened, in their words (required for {@link ReportReason#OTHER})
 */
public record ReportForm(@NotNull(message = "{validation.report.reason}") ReportReason reason,
		@NotNull @Size(max = ReportForm.DETAILS_MAX, message = "{validation.report.details.size}") @Pattern(
				regexp = TextRules.MULTI_LINE, message = "{validation.plainText}") String details) {

	/** The longest a report's details may be. */
	public static final int DETAILS_MAX = 2000;

	public ReportForm {
		details = (details != null) ? details.strip() : "";
	}

}
