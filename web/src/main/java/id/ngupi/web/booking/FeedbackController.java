package id.ngupi.web.booking;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import id.ngupi.booking.Booking;
import id.ngupi.feedback.FeedbackForm;
import id.ngupi.feedback.FeedbackRole;
import id.ngupi.feedback.Feedbacks;
import id.ngupi.feedback.NoShowAnswer;
import id.ngupi.feedback.NoShowOutcome;
import id.ngupi.feedback.NoShowPolicy;
import id.ngupi.feedback.NoShowReport;
import id.ngupi.feedback.NoShows;
import id.ngupi.feedback.SessionFeedback;
import id.ngupi.feedback.WriteOutcome;
import id.ngupi.identity.Account;
import id.ngupi.web.i18n.Localizer;
import id.ngupi.web.moderation.ReportLinks;
import id.ngupi.web.security.CurrentMemberFilter;
import id.ngupi.web.support.FormErrors;
import id.ngupi.web.support.Links;
import id.ngupi.web.support.Notice;
import id.ngupi.web.time.TimeFormat;
import id.ngupi.web.time.ViewerZone;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The feedback on a session, {@code /sesi/{id}/masukan}: each side writes theirs blind
 * and sees the other's once both wrote or the window closed (the feedback module decides
 * all of it). A session the member takes no part in is not found; one that has not ended
 * yet has no feedback to write either.
 */
@Controller
class FeedbackController {

	private final SessionPages pages;

	private final Feedbacks feedbacks;

	private final MessageSource messages;

	private final SpringValidatorAdapter validator;

	private final NoShows noShows;

	private final NoShowPolicy policy;

	private final Clock clock;

	FeedbackController(SessionPages pages, Feedbacks feedbacks, NoShows noShows, NoShowPolicy policy,
			MessageSource messages, Validator validator, Clock clock) {
		this.policy = policy;
		this.pages = pages;
		this.feedbacks = feedbacks;
		this.noShows = noShows;
		this.clock = clock;
		this.messages = messages;
		this.validator = new SpringValidatorAdapter(validator);
	}

	@GetMapping(Links.SESSION_FEEDBACK)
	String show(@RequestAttribute(CurrentMemberFilter.ATTRIBUTE) Account member, @PathVariable String id,
			ViewerZone zone, Locale locale, Model model) {
		Booking booking = this.pages.participating(member, id);
		SessionFeedback feedback = asked(member, booking);
		FeedbackForm form = emptyForm(feedback);
		return render(member, booking, feedback, form, form.rating(), FormErrors.NONE, FormErrors.NONE, "", zone,
				locale, model);
	}

	@PostMapping(Links.SESSION_FEEDBACK)
	String write(@RequestAttribute(CurrentMemberFilter.ATTRIBUTE) Account member, @PathVariable String id,
			@RequestParam(required = false) String rating, @RequestParam(required = false) String wentWell,
			@RequestParam(required = false) String learned, @RequestParam(required = false) String privateMessage,
			@RequestParam(defaultValue = "false") boolean publicConsent,
			@RequestParam(defaultValue = "false") boolean learnedPublic, ViewerZone zone, Locale locale, Model model,
			RedirectAttributes redirect) {
		Booking booking = this.pages.participating(member, id);
		SessionFeedback feedback = asked(member, booking);
		FeedbackForm form = new FeedbackForm(rating(rating), wentWell, learned, privateMessage, publicConsent,
				learnedPublic);
		BindingResult result = new DirectFieldBindingResult(form, "feedbackForm");
		this.validator.validate(form, result);
		if (result.hasErrors()) {
			return render(member, booking, feedback, form, form.rating(),
					FormErrors.from(result, new Localizer(this.messages, locale)), FormErrors.NONE, "", zone, locale,
					model);
		}
		WriteOutcome outcome = this.feedbacks.write(member.id(), booking.id(), form);
		redirect.addFlashAttribute(Notice.ATTRIBUTE, switch (outcome) {
			case SAVED -> Notice.success("feedback.saved");
			case REVEALED -> Notice.success("feedback.revealed");
			case FROZEN -> Notice.failure("feedback.frozen");
			case NO_SHOW -> Notice.failure("noShow.instead");
			case NOT_ASKED -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		});
		return "redirect:" + Links.sessionFeedback(booking.id());
	}

	/**
	 * Instead of feedback, the member reports that the other side did not come. Nothing
	 * JavaScript asks first: the form's own box must be ticked.
	 */
	@PostMapping(Links.SESSION_NO_SHOW)
	String reportNoShow(@RequestAttribute(CurrentMemberFilter.ATTRIBUTE) Account member, @PathVariable String id,
			@RequestParam(defaultValue = "false") boolean sure, ViewerZone zone, Locale locale, Model model,
			RedirectAttributes redirect) {
		Booking booking = this.pages.participating(member, id);
		SessionFeedback feedback = asked(member, booking);
		if (!sure) {
			return renderNoShowError(member, booking, feedback, "sure", "validation.noShow.sure", "", zone, locale,
					model);
		}
		return noticed(booking, this.noShows.report(member.id(), booking.id()), redirect);
	}

	/**
	 * The member reported absent answers, once: they admit it, or say they were there.
	 */
	@PostMapping(Links.SESSION_NO_SHOW_ANSWER)
	String answerNoShow(@RequestAttribute(CurrentMemberFilter.ATTRIBUTE) Account member, @PathVariable String id,
			@RequestParam(required = false) String answer, @RequestParam(required = false) String note, ViewerZone zone,
			Locale locale, Model model, RedirectAttributes redirect) {
		Booking booking = this.pages.participating(member, id);
		SessionFeedback feedback = asked(member, booking);
		Optional<NoShowAnswer> chosen = Arrays.stream(NoShowAnswer.values())
			.filter(value -> value.name().equalsIgnoreCase(String.valueOf(answer)))
			.findFirst();
		if (chosen.isEmpty()) {
			return renderNoShowError(member, booking, feedback, "answer", "validation.noShow.answer", note, zone,
					locale, model);
		}
		try {
			return noticed(booking, this.noShows.answer(member.id(), booking.id(), chosen.get(), note), redirect);
		}
		catch (ConstraintViolationException refused) {
			return render(member, booking, feedback, emptyForm(feedback), 0, FormErrors.NONE,
					this.pages.fieldError("note", FormErrors.messageKey(refused), locale), note, zone, locale, model);
		}
	}

	private static String noticed(Booking booking, NoShowOutcome outcome, RedirectAttributes redirect) {
		redirect.addFlashAttribute(Notice.ATTRIBUTE, switch (outcome) {
			case RECORDED -> Notice.success("noShow.recorded");
			case FROZEN -> Notice.failure("feedback.frozen");
			case FEEDBACK_WRITTEN -> Notice.failure("noShow.feedbackWritten");
			case ALREADY_REPORTED -> Notice.failure("noShow.alreadyReported");
			case ALREADY_ANSWERED -> Notice.failure("noShow.alreadyAnswered");
			case TOO_LATE -> Notice.failure("noShow.tooLate");
			case NOT_ASKED, NOT_REPORTED -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		});
		return "redirect:" + Links.sessionFeedback(booking.id());
	}

	private String renderNoShowError(Account member, Booking booking, SessionFeedback feedback, String field,
			String key, String note, ViewerZone zone, Locale locale, Model model) {
		return render(member, booking, feedback, emptyForm(feedback), 0, FormErrors.NONE,
				this.pages.fieldError(field, key, locale), note, zone, locale, model);
	}

	private static FeedbackForm emptyForm(SessionFeedback feedback) {
		return (feedback.own() != null) ? feedback.own().form() : new FeedbackForm(0, "", "", "", false, false);
	}

	/**
	 * The viewer's side of the session's feedback; not found before the session ended.
	 */
	private SessionFeedback asked(Account member, Booking booking) {
		return this.feedbacks.of(member.id(), booking.id())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private String render(Account member, Booking booking, SessionFeedback feedback, FeedbackForm form, int rating,
			FormErrors errors, FormErrors noShowErrors, String answerNote, ViewerZone zone, Locale locale,
			Model model) {
		TimeFormat times = TimeFormat.of(zone, locale);
		model.addAttribute("feedback",
				new FeedbackPage(this.pages.summary(member, booking, zone, locale), feedback,
						times.dateTime(feedback.closesAt()), form, rating, errors, noShowView(feedback, times),
						noShowErrors, (answerNote != null) ? answerNote : "", Notice.flashed(model)));
		if (feedback.other() != null && !feedback.other().hidden()) {
			// what the other side wrote can be reported to the moderators
			model.addAttribute("reportOther", ReportLinks.feedback(booking.id(),
					booking.host().equals(member.id()) ? booking.attendee() : booking.host()));
		}
		return "pages/booking/feedback";
	}

	private FeedbackPage.NoShowView noShowView(SessionFeedback feedback, TimeFormat times) {
		NoShowReport report = feedback.noShow();
		if (report == null) {
			return null;
		}
		Instant now = this.clock.instant();
		return new FeedbackPage.NoShowView(report.byViewer(), report.absentRole() == FeedbackRole.ATTENDEE,
				times.dateTime(report.reportedAt()), times.dateTime(report.answerBy()), report.answerableAt(now),
				(report.answer() != null) ? report.answer().name().toLowerCase(Locale.ROOT) : null, report.note(),
				report.confirmedAt(now), this.policy);
	}

	/** A rating as the form sends it; {@code 0}, which is refused, when it is none. */
	private static int rating(String text) {
		return (text != null && text.matches("[1-5]")) ? Integer.parseInt(text) : 0;
	}

}
