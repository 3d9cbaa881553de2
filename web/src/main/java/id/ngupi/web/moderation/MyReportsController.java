package id.ngupi.web.moderation;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.ngupi.identity.Account;
import id.ngupi.identity.AccountId;
import id.ngupi.identity.Accounts;
import id.ngupi.moderation.Report;
import id.ngupi.moderation.Reports;
import id.ngupi.web.security.CurrentMemberFilter;
import id.ngupi.web.support.Links;
import id.ngupi.web.support.Notice;
import id.ngupi.web.time.TimeFormat;
import id.ngupi.web.time.ViewerZone;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;

/**
 * "Laporanku": the member's reports and where each stands, as the moderation module keeps
 * them. A report's outcome is told in words (waiting, reviewed and nothing found,
 * reviewed and acted on, closed because the account is gone); which action was taken
 * against whom stays between the admins and that member.
 */
@Controller
class MyReportsController {

	private final Reports reports;

	private final Accounts accounts;

	MyReportsController(Reports reports, Accounts accounts) {
		this.reports = reports;
		this.accounts = accounts;
	}

	@GetMapping(Links.SETTINGS_REPORTS)
	String reports(@RequestAttribute(CurrentMemberFilter.ATTRIBUTE) Account member, ViewerZone zone, Locale locale,
			Model model) {
		TimeFormat times = TimeFormat.of(zone, locale);
		List<Report> filed = this.reports.filedBy(member.id());
		Map<AccountId, Account> subjects = this.accounts
			.findAll(filed.stream().map(Report::subject).distinct().toList());
		List<MyReportsPage.Line> lines = filed.stream()
			.map(report -> new MyReportsPage.Line(AdminViews.what(report.target(), subjects.get(report.subject())),
					"moderation.reason." + report.reason().code(), report.filedAt().toString(),
					AdminViews.when(times, report.filedAt()), "moderation.report.status." + report.status().name(),
					report.open()))
			.toList();
		model.addAttribute("reports", new MyReportsPage(lines, Notice.flashed(model)));
		return "pages/moderation/myReports";
	}

}
