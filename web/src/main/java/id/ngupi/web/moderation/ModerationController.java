package id.ngupi.web.moderation;

import java.util.List;
import java.util.Locale;

import id.ngupi.identity.Account;
import id.ngupi.moderation.ActionForm;
import id.ngupi.moderation.ActionOutcome;
import id.ngupi.moderation.Moderation;
import id.ngupi.moderation.ModerationCase;
import id.ngupi.moderation.ReportId;
import id.ngupi.web.i18n.Localizer;
import id.ngupi.web.i18n.SupportedLanguage;
import id.ngupi.web.moderation.AdminPages.ActionFormView;
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
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admins' queue ({@code /admin}) and each case ({@code /admin/laporan/{id}}) with its
 * one form ({@code /tindak}). Only admins get here (security refuses everyone else, and
 * {@link Moderation} refuses them again); an id that is no report is not found.
 */
@Controller
class ModerationController {

	private final Moderation moderation;

	private final AdminViews views;

	private final MessageSource messages;

	private final SpringValidatorAdapter validator;

	ModerationController(Moderation moderation, AdminViews views, MessageSource messages, Validator validator) {
		this.moderation = moderation;
		this.views = views;
		this.messages = messages;
		this.validator = new SpringValidatorAdapter(validator);
	}

	@GetMapping(Links.ADMIN)
	String queue(@RequestAttribute(CurrentMemberFilter.ATTRIBUTE) Account admin, ViewerZone zone, Locale locale,
			Model model) {
		TimeFormat times = TimeFormat.of(zone, locale);
		model.addAttribute("queue", new AdminPages.Queue(this.views.queue(this.moderation.queue(admin.id()), times),
				Notice.flashed(model)));
		return "pages/moderation/queue";
	}

	@GetMapping(Links.ADMIN_CASE)
	String caseOf(@RequestAttribute(CurrentMemberFilter.ATTRIBUTE) Account admin, @PathVariable String id,
			ViewerZone zone, Locale locale, Model model) {
		ReportId report = reportId(id);
		return render(admin, report, null, "", FormErrors.NONE, zone, locale, model);
	}

	@PostMapping(Links.ADMIN_CASE_ACT)
	Object act(@RequestAttribute(CurrentMemberFilter.ATTRIBUTE) Account admin, @PathVariable String id,
			@RequestParam(required = false) String action, @RequestParam(required = false) String reason,
			ViewerZone zone, Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		// an unknown report is not found: by act's outcome, or by the case rendered again
		ReportId report = reportId(id);
		Localizer i18n = new Localizer(this.messages, locale);
		ActionForm form = new ActionForm(AdminForms.action(action).orElse(null), reason);
		FormErrors errors = AdminForms.judge(form, "case", this.validator, i18n);
		if (errors.any()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return render(admin, report, action, reason, errors, zone, locale, model);
		}
		ActionOutcome outcome;
		try {
			outcome = this.moderation.act(admin.id(), report, form);
		}
		catch (ConstraintViolationException refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return render(admin, report, action, reason, AdminForms.message(i18n, FormErrors.messageKey(refused)), zone,
					locale, model);
		}
		if (outcome == ActionOutcome.DONE) {
			redirect.addFlashAttribute(Notice.ATTRIBUTE,
					Notice.success("moderation.outcome.DONE." + form.action().code()));
			return ReportController.seeOther(Links.ADMIN);
		}
		if (outcome == ActionOutcome.NOT_FOUND) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		response.setStatus((outcome == ActionOutcome.OWN_ACCOUNT) ? HttpStatus.UNPROCESSABLE_CONTENT.value()
				: HttpStatus.CONFLICT.value());
		return render(admin, report, action, reason, AdminForms.message(i18n, "moderation.outcome." + outcome.name()),
				zone, locale, model);
	}

	private String render(Account admin, ReportId id, String action, String reason, FormErrors errors, ViewerZone zone,
			Locale locale, Model model) {
		ModerationCase found = this.moderation.caseOf(admin.id(), id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		TimeFormat times = TimeFormat.of(zone, locale);
		boolean answered = !found.report().open();
		List<AdminPages.ReportLine> reports = this.views
			.reports(answered ? List.of(found.report()) : found.openReports(), times);
		ActionFormView form = found.actions().isEmpty() ? null
				: new ActionFormView("case", Links.adminCaseAct(id), null, null, null,
						Phrase.of("moderation.case.form.title"), AdminViews.actions(found.actions(), action),
						(reason != null) ? reason : "", errors);
		model.addAttribute("moderationCase",
				new AdminPages.Case(AdminViews.what(found.report().target(), found.subject()), reports, answered,
						this.views.content(found.content(), times, SupportedLanguage.resolve(locale)),
						this.views.standing(found.subject(), found.reportsAboutSubject(), found.history(), times), form,
						found.aboutAdmin(), Notice.flashed(model)));
		return "pages/moderation/case";
	}

	private static ReportId reportId(String id) {
		return ReportTargets.uuid(id)
			.map(ReportId::new)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
