package id.ngupi.web.moderation;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import id.ngupi.identity.Account;
import id.ngupi.moderation.ReportForm;
import id.ngupi.moderation.ReportOutcome;
import id.ngupi.moderation.ReportReason;
import id.ngupi.moderation.Reportable;
import id.ngupi.moderation.Reports;
import id.ngupi.moderation.Target;
import id.ngupi.web.i18n.Localizer;
import id.ngupi.web.security.CurrentMemberFilter;
import id.ngupi.web.support.FormErrors;
import id.ngupi.web.support.Links;
import id.ngupi.web.support.Notice;
import id.ngupi.web.time.TimeFormat;
import id.ngupi.web.time.ViewerZone;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.RedirectView;

/**
 * A member reports a profile, a host page, feedback or a session: the form
 * ({@code /laporan/baru}) and where it is sent ({@code /laporan}). The moderation module
 * decides what the member can see and report; anything they cannot, and every malformed
 * link, is simply not found. A refused report is the form again with the reason, nothing
 * stored.
 */
@Controller
class ReportController {

	private final Reports reports;

	private final ReportTargets targets;

	private final MessageSource messages;

	private final SpringValidatorAdapter validator;

	ReportController(Reports reports, ReportTargets targets, MessageSource messages, Validator validator) {
		this.reports = reports;
		this.targets = targets;
		this.messages = messages;
		this.validator = new SpringValidatorAdapter(validator);
	}

	@GetMapping(Links.REPORT_NEW)
	String form(@RequestAttribute(CurrentMemberFilter.ATTRIBUTE) Account member,
			@RequestParam(name = Links.REPORT_KIND, required = false) String kind,
			@RequestParam(name = Links.REPORT_ID, required = false) String id,
			@RequestParam(name = Links.REPORT_AUTHOR, required = false) String author, ViewerZone zone, Locale locale,
			Model model) {
		Target target = target(kind, id, author);
		Reportable reportable = reportable(member, target);
		return render(member, reportable, null, "", FormErrors.NONE, zone, locale, model);
	}

	@PostMapping(Links.REPORT)
	Object file(@RequestAttribute(CurrentMemberFilter.ATTRIBUTE) Account member,
			@RequestParam(name = Links.REPORT_KIND, required = false) String kind,
			@RequestParam(name = Links.REPORT_ID, required = false) String id,
			@RequestParam(name = Links.REPORT_AUTHOR, required = false) String author,
			@RequestParam(required = false) String reason, @RequestParam(required = false) String details,
			ViewerZone zone, Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Target target = target(kind, id, author);
		Reportable reportable = reportable(member, target);
		Localizer i18n = new Localizer(this.messages, locale);
		Optional<ReportReason> chosen = ReportReason.ofCode(reason);
		ReportForm form = new ReportForm(chosen.orElse(null), details);
		BindingResult judged = new DirectFieldBindingResult(form, "reportForm");
		this.validator.validate(form, judged);
		if (judged.hasErrors()) {
			return refused(member, reportable, reason, details, FormErrors.from(judged, i18n), zone, locale, model,
					response);
		}
		ReportOutcome outcome;
		try {
			outcome = this.reports.file(member.id(), target, form);
		}
		catch (ConstraintViolationException refused) {
			return refused(member, reportable, reason, details,
					new FormErrors(Map.of(), List.of(i18n.text(FormErrors.messageKey(refused)))), zone, locale, model,
					response);
		}
		if (outcome instanceof ReportOutcome.Refused refusal) {
			// asked again: an ALREADY_OPEN refusal shows the report that waits
			Reportable now = reportable(member, target);
			String field = (refusal.refusal() == ReportOutcome.Refusal.REASON_NOT_FOR_TARGET) ? "reason"
					: (refusal.refusal() == ReportOutcome.Refusal.DETAILS_REQUIRED) ? "details" : null;
			String message = i18n.text("moderation.refusal." + refusal.refusal().name());
			FormErrors errors = (field != null) ? new FormErrors(Map.of(field, List.of(message)), List.of())
					: new FormErrors(Map.of(), List.of(message));
			return refused(member, now, reason, details, errors, zone, locale, model, response);
		}
		redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.success("moderation.report.filed"));
		return seeOther(Links.SETTINGS_REPORTS);
	}

	/** A redirect after a POST that the browser follows with a GET, whatever it sent. */
	static View seeOther(String path) {
		RedirectView view = new RedirectView(path, true);
		view.setStatusCode(HttpStatus.SEE_OTHER);
		return view;
	}

	private String refused(Account member, Reportable reportable, String reason, String details, FormErrors errors,
			ViewerZone zone, Locale locale, Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return render(member, reportable, reason, (details != null) ? details : "", errors, zone, locale, model);
	}

	private String render(Account member, Reportable reportable, String reason, String details, FormErrors errors,
			ViewerZone zone, Locale locale, Model model) {
		TimeFormat times = TimeFormat.of(zone, locale);
		Target target = reportable.target();
		List<ReportFormPage.Choice> reasons = reportable.reasons()
			.stream()
			.map(choice -> new ReportFormPage.Choice(choice.code(), "moderation.reason." + choice.code(),
					"moderation.reason." + choice.code() + ".hint", choice.code().equals(reason)))
			.toList();
		model.addAttribute("report",
				new ReportFormPage(this.targets.describe(target, reportable.subject(), member, times),
						target.kind().code(), target.id().toString(),
						(target.author() != null) ? target.author().value().toString() : null, reasons, details, errors,
						(reportable.open() != null) ? times.dateTime(reportable.open().filedAt()) : null));
		return "pages/moderation/report";
	}

	private Reportable reportable(Account member, Target target) {
		return this.reports.reportable(member.id(), target)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static Target target(String kind, String id, String author) {
		return ReportTargets.parse(kind, id, author)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
