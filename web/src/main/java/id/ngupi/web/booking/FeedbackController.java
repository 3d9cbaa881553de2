package id.ngupi.web.booking;

import java.util.Locale;

import id.ngupi.booking.Booking;
import id.ngupi.feedback.FeedbackForm;
import id.ngupi.feedback.Feedbacks;
import id.ngupi.feedback.SessionFeedback;
import id.ngupi.feedback.WriteOutcome;
import id.ngupi.identity.Account;
import id.ngupi.web.i18n.Localizer;
import id.ngupi.web.security.CurrentMemberFilter;
import id.ngupi.web.support.FormErrors;
import id.ngupi.web.support.Links;
import id.ngupi.web.support.Notice;
import id.ngupi.web.time.TimeFormat;
import id.ngupi.web.time.ViewerZone;
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

	FeedbackController(SessionPages pages, Feedbacks feedbacks, MessageSource messages, Validator validator) {
		this.pages = pages;
		this.feedbacks = feedbacks;
		this.messages = messages;
		this.validator = new SpringValidatorAdapter(validator);
	}

	@GetMapping(Links.SESSION_FEEDBACK)
	String show(@RequestAttribute(CurrentMemberFilter.ATTRIBUTE) Account member, @PathVariable String id,
			ViewerZone zone, Locale locale, Model model) {
		Booking booking = this.pages.participating(member, id);
		SessionFeedback feedback = asked(member, booking);
		FeedbackForm form = (feedback.own() != null) ? feedback.own().form() : new FeedbackForm(0, "", "", "", false);
		return render(member, booking, feedback, form, form.rating(), FormErrors.NONE, zone, locale, model);
	}

	@PostMapping(Links.SESSION_FEEDBACK)
	String write(@RequestAttribute(CurrentMemberFilter.ATTRIBUTE) Account member, @PathVariable String id,
			@RequestParam(required = false) String rating, @RequestParam(required = false) String wentWell,
			@RequestParam(required = false) String learned, @RequestParam(required = false) String privateMessage,
			@RequestParam(defaultValue = "false") boolean publicConsent, ViewerZone zone, Locale locale, Model model,
			RedirectAttributes redirect) {
		Booking booking = this.pages.participating(member, id);
		SessionFeedback feedback = asked(member, booking);
		FeedbackForm form = new FeedbackForm(rating(rating), wentWell, learned, privateMessage, publicConsent);
		BindingResult result = new DirectFieldBindingResult(form, "feedbackForm");
		this.validator.validate(form, result);
		if (result.hasErrors()) {
			return render(member, booking, feedback, form, form.rating(),
					FormErrors.from(result, new Localizer(this.messages, locale)), zone, locale, model);
		}
		WriteOutcome outcome = this.feedbacks.write(member.id(), booking.id(), form);
		redirect.addFlashAttribute(Notice.ATTRIBUTE, switch (outcome) {
			case SAVED -> Notice.success("feedback.saved");
			case REVEALED -> Notice.success("feedback.revealed");
			case FROZEN -> Notice.failure("feedback.frozen");
			case NOT_ASKED -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		});
		return "redirect:" + Links.sessionFeedback(booking.id());
	}

	/**
	 * The viewer's side of the session's feedback; not found before the session ended.
	 */
	private SessionFeedback asked(Account member, Booking booking) {
		return this.feedbacks.of(member.id(), booking.id())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private String render(Account member, Booking booking, SessionFeedback feedback, FeedbackForm form, int rating,
			FormErrors errors, ViewerZone zone, Locale locale, Model model) {
		TimeFormat times = TimeFormat.of(zone, locale);
		model.addAttribute("feedback", new FeedbackPage(this.pages.summary(member, booking, zone, locale), feedback,
				times.dateTime(feedback.closesAt()), form, rating, errors, Notice.flashed(model)));
		return "pages/booking/feedback";
	}

	/** A rating as the form sends it; {@code 0}, which is refused, when it is none. */
	private static int rating(String text) {
		return (text != null && text.matches("[1-5]")) ? Integer.parseInt(text) : 0;
	}

}
