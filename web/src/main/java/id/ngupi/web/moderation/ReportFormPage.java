package id.ngupi.web.moderation;

import java.util.List;

import id.ngupi.web.support.FormErrors;

/**
 * The report form ({@code /laporan/baru}): what is reported, the reasons that fit it, the
 * member's words; or, while their report of it waits, that it waits.
 *
 * @param what what is reported, in plain words
 * @param kind the target's kind code, sent back with the form
 * @param id the target's id, sent back with the form
 * @param author a feedback's author, sent back with the form; else {@code null}
 * @param reasons the reasons to choose from
 * @param details what the details field shows
 * @param errors the form's errors
 * @param waitingSince when the member's report of this, still waiting, was filed; else
 * {@code null} (then the form shows)
 */
public record ReportFormPage(Phrase what, String kind, String id, String author, List<Choice> reasons, String details,
		FormErrors errors, String waitingSince) {

	public ReportFormPage {
		reasons = List.copyOf(reasons);
	}

	/** Whether the member's report of this still waits: no form then. */
	public boolean waiting() {
		return this.waitingSince != null;
	}

	/**
	 * One radio button with its one-line explanation.
	 *
	 * @param code its value
	 * @param labelKey its name
	 * @param hintKey its explanation
	 * @param checked whether it is chosen
	 */
	public record Choice(String code, String labelKey, String hintKey, boolean checked) {
	}

}
