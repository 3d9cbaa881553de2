package id.ngupi.web.moderation;

import java.util.List;

import id.ngupi.web.support.Notice;

/**
 * The member's own reports ({@code /settings/laporan}), newest first: what, why, when and
 * where each stands, never what was done to whom.
 *
 * @param reports the reports
 * @param notice what just happened, or {@code null}
 */
public record MyReportsPage(List<Line> reports, Notice notice) {

	public MyReportsPage {
		reports = List.copyOf(reports);
	}

	/**
	 * One report.
	 *
	 * @param what the kind of thing and whose
	 * @param reasonKey the reason's name
	 * @param datetime when it was filed, for {@code <time datetime>}
	 * @param filedAt when it was filed, in the viewer's zone
	 * @param statusKey where it stands, in words
	 * @param open whether it still waits
	 */
	public record Line(Phrase what, String reasonKey, String datetime, String filedAt, String statusKey, boolean open) {
	}

}
