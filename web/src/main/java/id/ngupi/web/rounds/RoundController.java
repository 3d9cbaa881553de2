package id.ngupi.web.rounds;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import id.ngupi.identity.Account;
import id.ngupi.rounds.ApplicationForm;
import id.ngupi.rounds.ApplyOutcome;
import id.ngupi.rounds.RoundNotFoundException;
import id.ngupi.rounds.Rounds;
import id.ngupi.web.i18n.Localizer;
import id.ngupi.web.rounds.RoundPages.Target;
import id.ngupi.web.security.CurrentMemberFilter;
import id.ngupi.web.support.FormErrors;
import id.ngupi.web.support.Instants;
import id.ngupi.web.support.Links;
import id.ngupi.web.support.Notice;
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
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A round's public page, {@code /putaran/{id}}, open to visitors, and a member's
 * application to it: applying or changing it ({@code /daftar}) and withdrawing it
 * ({@code /mundur}) while the window is open. Nothing the form says is trusted: the
 * rounds module judges the topics, the answer and the times again. A visitor who sends a
 * form is sent to log in and comes back to the round. Not found: an id that is no round,
 * a round of a suspended host.
 */
@Controller
class RoundController {

	private final RoundPages pages;

	private final Rounds rounds;

	private final MessageSource messages;

	private final SpringValidatorAdapter validator;

	RoundController(RoundPages pages, Rounds rounds, MessageSource messages, Validator validator) {
		this.pages = pages;
		this.rounds = rounds;
		this.messages = messages;
		this.validator = new SpringValidatorAdapter(validator);
	}

	@GetMapping(Links.ROUND)
	String round(@PathVariable String id,
			@RequestAttribute(name = CurrentMemberFilter.ATTRIBUTE, required = false) Account viewer, ViewerZone zone,
			Locale locale, Model model) {
		Target target = target(id);
		model.addAttribute("round", this.pages.page(target, viewer, null, FormErrors.NONE, zone, locale));
		return "pages/rounds/round";
	}

	@PostMapping(Links.ROUND_APPLY)
	String apply(@PathVariable String id,
			@RequestAttribute(name = CurrentMemberFilter.ATTRIBUTE, required = false) Account member,
			@ModelAttribute("roundForm") RoundForm form, BindingResult binding, ViewerZone zone, Locale locale,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Target target = target(id);
		String page = RoundLinks.page(target.round().id());
		if (member == null) {
			return "redirect:" + Links.login(page);
		}
		Localizer i18n = new Localizer(this.messages, locale);
		if (binding.hasErrors()) {
			return refused(target, member, form, FormErrors.from(binding, i18n), zone, locale, model, response);
		}
		Map<String, List<String>> own = new LinkedHashMap<>();
		List<Instant> ranked = new ArrayList<>();
		if (!form.any()) {
			for (String chosen : form.chosen()) {
				Optional<Instant> time = Instants.parse(chosen);
				if (time.isEmpty()) {
					own.put("ranked", List.of(i18n.text("rounds.form.ranked.unknown")));
					break;
				}
				ranked.add(time.get());
			}
			if (form.chosen().isEmpty()) {
				own.put("ranked", List.of(i18n.text("rounds.form.ranked.none")));
			}
		}
		ApplicationForm application = new ApplicationForm(form.topics(), form.answer(), ranked);
		BindingResult judged = new DirectFieldBindingResult(application, "roundForm");
		this.validator.validate(application, judged);
		FormErrors errors = merge(FormErrors.from(judged, i18n), own);
		if (errors.any()) {
			return refused(target, member, form, errors, zone, locale, model, response);
		}
		ApplyOutcome outcome;
		try {
			outcome = this.rounds.apply(member.id(), target.round().id(), application);
		}
		catch (RoundNotFoundException gone) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		catch (ConstraintViolationException refused) {
			return refused(target, member, form,
					new FormErrors(Map.of(), List.of(i18n.text(FormErrors.messageKey(refused)))), zone, locale, model,
					response);
		}
		String message = "rounds.outcome." + outcome.name();
		if (outcome == ApplyOutcome.APPLIED || outcome == ApplyOutcome.UPDATED) {
			redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.success(message));
			return "redirect:" + page;
		}
		if (outcome == ApplyOutcome.UNKNOWN_TOPICS || outcome == ApplyOutcome.UNKNOWN_TIMES) {
			String field = (outcome == ApplyOutcome.UNKNOWN_TOPICS) ? "topics" : "ranked";
			return refused(target, member, form, new FormErrors(Map.of(field, List.of(i18n.text(message))), List.of()),
					zone, locale, model, response);
		}
		redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.failure(message));
		return "redirect:" + page;
	}

	@PostMapping(Links.ROUND_WITHDRAW)
	String withdraw(@PathVariable String id,
			@RequestAttribute(name = CurrentMemberFilter.ATTRIBUTE, required = false) Account member,
			RedirectAttributes redirect) {
		Target target = target(id);
		String page = RoundLinks.page(target.round().id());
		if (member == null) {
			return "redirect:" + Links.login(page);
		}
		ApplyOutcome outcome;
		try {
			outcome = this.rounds.withdraw(member.id(), target.round().id());
		}
		catch (RoundNotFoundException gone) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		String message = "rounds.outcome." + outcome.name();
		redirect.addFlashAttribute(Notice.ATTRIBUTE,
				(outcome == ApplyOutcome.WITHDRAWN) ? Notice.success(message) : Notice.failure(message));
		return "redirect:" + page;
	}

	/** The page again with what was typed and why it was not taken. */
	private String refused(Target target, Account member, RoundForm form, FormErrors errors, ViewerZone zone,
			Locale locale, Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("round", this.pages.page(target, member, form, errors, zone, locale));
		return "pages/rounds/round";
	}

	private static FormErrors merge(FormErrors judged, Map<String, List<String>> own) {
		if (own.isEmpty()) {
			return judged;
		}
		Map<String, List<String>> fields = new LinkedHashMap<>(judged.fields());
		own.forEach((field, messages) -> fields.merge(field, messages, (a, b) -> {
			List<String> both = new ArrayList<>(a);
			b.stream().filter(message -> !both.contains(message)).forEach(both::add);
			return both;
		}));
		return new FormErrors(fields, judged.global());
	}

	private Target target(String id) {
		return this.pages.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
