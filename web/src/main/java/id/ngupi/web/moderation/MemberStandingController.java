package id.ngupi.web.moderation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import id.ngupi.identity.Account;
import id.ngupi.moderation.ActionForm;
import id.ngupi.moderation.ActionOutcome;
import id.ngupi.moderation.MemberStanding;
import id.ngupi.moderation.Moderation;
import id.ngupi.moderation.ModerationAction;
import id.ngupi.moderation.Target;
import id.ngupi.moderation.TargetKind;
import id.ngupi.web.i18n.Localizer;
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
 * A member as the admins see them ({@code /admin/anggota/{handle}}), found by the search
 * on the queue: their standing, and the forms that act without a report: warn, suspend or
 * restore the account, hide or show the host page, show a hidden feedback again. An
 * unknown handle is not found.
 */
@Controller
class MemberStandingController {

	private static final String ACCOUNT_FORM = "account";

	private static final String HOST_PAGE_FORM = "hostPage";

	private static final String FEEDBACK_FORM = "feedback-";

	private final Moderation moderation;

	private final AdminViews views;

	private final MessageSource messages;

	private final SpringValidatorAdapter validator;

	MemberStandingController(Moderation moderation, AdminViews views, MessageSource messages, Validator validator) {
		this.moderation = moderation;
		this.views = views;
		this.messages = messages;
		this.validator = new SpringValidatorAdapter(validator);
	}

	@GetMapping(Links.ADMIN_MEMBERS)
	String search(@RequestAttribute(CurrentMemberFilter.ATTRIBUTE) Account admin,
			@RequestParam(required = false) String handle, RedirectAttributes redirect) {
		String wanted = (handle != null) ? handle.strip() : "";
		wanted = wanted.startsWith("@") ? wanted.substring(1) : wanted;
		if (wanted.isEmpty() || this.moderation.member(admin.id(), wanted).isEmpty()) {
			redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.failure("moderation.search.none", wanted));
			return "redirect:" + Links.ADMIN;
		}
		return "redirect:" + Links.adminMember(wanted);
	}

	@GetMapping(Links.ADMIN_MEMBER)
	String member(@RequestAttribute(CurrentMemberFilter.ATTRIBUTE) Account admin, @PathVariable String handle,
			ViewerZone zone, Locale locale, Model model) {
		return render(standing(admin, handle), null, null, "", FormErrors.NONE, zone, locale, model);
	}

	@PostMapping(Links.ADMIN_MEMBER_ACT)
	Object act(@RequestAttribute(CurrentMemberFilter.ATTRIBUTE) Account admin, @PathVariable String handle,
			@RequestParam(name = Links.REPORT_KIND, required = false) String kind,
			@RequestParam(name = Links.REPORT_ID, required = false) String id,
			@RequestParam(name = Links.REPORT_AUTHOR, required = false) String author,
			@RequestParam(required = false) String action, @RequestParam(required = false) String reason,
			ViewerZone zone, Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		MemberStanding standing = standing(admin, handle);
		Target target = ReportTargets.parse(kind, id, author)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		String form = formOf(standing, target).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Localizer i18n = new Localizer(this.messages, locale);
		ActionForm sent = new ActionForm(AdminForms.action(action).orElse(null), reason);
		FormErrors errors = AdminForms.judge(sent, form, this.validator, i18n);
		if (errors.any()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return render(standing, form, action, reason, errors, zone, locale, model);
		}
		ActionOutcome outcome;
		try {
			outcome = this.moderation.actOn(admin.id(), standing.account().id(), target, sent);
		}
		catch (ConstraintViolationException refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return render(standing, form, action, reason, AdminForms.message(i18n, FormErrors.messageKey(refused)),
					zone, locale, model);
		}
		String page = Links.adminMember(standing.account().handle().value());
		if (outcome == ActionOutcome.DONE) {
			redirect.addFlashAttribute(Notice.ATTRIBUTE,
					Notice.success("moderation.outcome.DONE." + sent.action().code()));
			return ReportController.seeOther(page);
		}
		if (outcome == ActionOutcome.NOT_FOUND) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		response.setStatus((outcome == ActionOutcome.OWN_ACCOUNT) ? HttpStatus.UNPROCESSABLE_CONTENT.value()
				: HttpStatus.CONFLICT.value());
		// the page as it is now: another admin may have acted meanwhile
		return render(standing(admin, handle), form, action, reason,
				AdminForms.message(i18n, "moderation.outcome." + outcome.name()), zone, locale, model);
	}

	private MemberStanding standing(Account admin, String handle) {
		return this.moderation.member(admin.id(), handle)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/** Which of the page's forms acts on the target; empty when none does. */
	private static Optional<String> formOf(MemberStanding standing, Target target) {
		if (target.kind() == TargetKind.PROFILE) {
			return Optional.of(ACCOUNT_FORM);
		}
		if (target.kind() == TargetKind.HOST_PAGE) {
			return standing.host() ? Optional.of(HOST_PAGE_FORM) : Optional.empty();
		}
		int index = standing.hiddenFeedback()
			.stream()
			.map(MemberStanding.HiddenFeedback::target)
			.toList()
			.indexOf(target);
		return (index >= 0) ? Optional.of(FEEDBACK_FORM + index) : Optional.empty();
	}

	private String render(MemberStanding now, String sentForm, String action, String reason, FormErrors errors,
			ViewerZone zone, Locale locale, Model model) {
		Account member = now.account();
		TimeFormat times = TimeFormat.of(zone, locale);
		String post = Links.adminMemberAct(member.handle().value());
		List<ActionFormView> forms = new ArrayList<>();
		if (!now.accountActions().isEmpty()) {
			forms.add(form(ACCOUNT_FORM, post, Target.profile(member.id()), Phrase.of("moderation.member.form.account"),
					now.accountActions(), sentForm, action, reason, errors));
		}
		if (!now.hostPageActions().isEmpty()) {
			forms.add(form(HOST_PAGE_FORM, post, Target.hostPage(member.id()),
					Phrase.of("moderation.member.form.hostPage"), now.hostPageActions(), sentForm, action, reason,
					errors));
		}
		for (int index = 0; index < now.hiddenFeedback().size(); index++) {
			MemberStanding.HiddenFeedback hidden = now.hiddenFeedback().get(index);
			forms.add(form(FEEDBACK_FORM + index, post, hidden.target(),
					Phrase.of("moderation.member.form.feedback", AdminViews.when(times, hidden.writtenAt())),
					List.of(ModerationAction.UNHIDE), sentForm, action, reason, errors));
		}
		model.addAttribute("member",
				new AdminPages.Member(this.views.standing(member, now.reports().size(), now.history(), times),
						now.host(), now.hostPageHidden(), forms, this.views.reports(now.reports(), times),
						Notice.flashed(model)));
		return "pages/moderation/member";
	}

	private static ActionFormView form(String id, String post, Target target, Phrase title,
			List<ModerationAction> actions, String sentForm, String action, String reason, FormErrors errors) {
		boolean sent = id.equals(sentForm);
		return new ActionFormView(id, post, target.kind().code(), target.id().toString(),
				(target.author() != null) ? target.author().value().toString() : null, title,
				AdminViews.actions(actions, sent ? action : null), (sent && reason != null) ? reason : "",
				sent ? errors : FormErrors.NONE);
	}

}
