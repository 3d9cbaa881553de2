package id.ngupi.web.rounds;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import id.ngupi.booking.BookingOutcome.Refusal;
import id.ngupi.hosting.HostDirectory;
import id.ngupi.hosting.HostProfile;
import id.ngupi.hosting.NotHostingException;
import id.ngupi.hosting.Offering;
import id.ngupi.hosting.OfferingId;
import id.ngupi.identity.Account;
import id.ngupi.rounds.ApplicationId;
import id.ngupi.rounds.HostAnswer;
import id.ngupi.rounds.Picking;
import id.ngupi.rounds.Round;
import id.ngupi.rounds.RoundId;
import id.ngupi.rounds.RoundNotFoundException;
import id.ngupi.rounds.RoundOutcome;
import id.ngupi.rounds.RoundOutcome.Opened;
import id.ngupi.rounds.RoundOutcome.Refused;
import id.ngupi.rounds.RoundPlan;
import id.ngupi.rounds.Rounds;
import id.ngupi.web.i18n.Localizer;
import id.ngupi.web.security.CurrentMemberFilter;
import id.ngupi.web.support.FormErrors;
import id.ngupi.web.support.Instants;
import id.ngupi.web.support.Links;
import id.ngupi.web.support.Notice;
import id.ngupi.web.time.TimeFormat;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.MapBindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The host's rounds: the list, the form that opens one, and each round's page where the
 * host reads the applications, picks (while the round waits for them) or calls it off. A
 * round that is not the logged-in host's is not found, whoever's it is and whether its id
 * means anything; nothing is changed then.
 */
@Controller
class HostRoundsController {

	private final Rounds rounds;

	private final HostDirectory directory;

	private final HostRoundViews views;

	private final MessageSource messages;

	private final SpringValidatorAdapter validator;

	private final Clock clock;

	HostRoundsController(Rounds rounds, HostDirectory directory, HostRoundViews views, MessageSource messages,
			Validator validator, Clock clock) {
		this.clock = clock;
		this.rounds = rounds;
		this.directory = directory;
		this.views = views;
		this.messages = messages;
		this.validator = new SpringValidatorAdapter(validator);
	}

	@GetMapping(Links.SETTINGS_HOSTING_ROUNDS)
	String list(@RequestAttribute(CurrentMemberFilter.ATTRIBUTE) Account member, Locale locale, Model model) {
		HostProfile host = requireHost(member);
		model.addAttribute("rounds", this.views.list(host, locale, Notice.flashed(model)));
		return "pages/rounds/hostRounds";
	}

	/**
	 * The form. Without a session type chosen (or with one that is not the host's) it
	 * asks for one first; {@code ?offering=} shows that one's times. A host with one
	 * session type starts with it.
	 */
	@GetMapping(Links.SETTINGS_HOSTING_ROUNDS_NEW)
	String create(@RequestAttribute(CurrentMemberFilter.ATTRIBUTE) Account member,
			@RequestParam(required = false) String offering, Locale locale, Model model) {
		HostProfile host = requireHost(member);
		List<Offering> active = this.views.activeOfferings(host);
		Optional<Offering> chosen = (offering == null || offering.isBlank())
				? ((active.size() == 1) ? Optional.of(active.get(0)) : Optional.empty())
				: activeOffering(host, offering);
		FormErrors errors = FormErrors.NONE;
		if (chosen.isEmpty() && offering != null && !offering.isBlank()) {
			BindingResult result = new MapBindingResult(new HashMap<>(), "round");
			result.rejectValue("offering", "hosting.round.refused.offering");
			errors = errors(result, locale);
		}
		HostRoundForm form = HostRoundForm.start(chosen.map(found -> found.id().toString()).orElse(null));
		return renderForm(host, chosen, form, errors, locale, model);
	}

	/**
	 * Opens the round and shows its page, or the form again with what was typed and each
	 * refusal next to its field; nothing is held then.
	 */
	@PostMapping(Links.SETTINGS_HOSTING_ROUNDS_NEW)
	String open(@RequestAttribute(CurrentMemberFilter.ATTRIBUTE) Account member,
			@ModelAttribute("hostRoundForm") HostRoundForm form, Locale locale, Model model,
			RedirectAttributes redirect) {
		HostProfile host = requireHost(member);
		ZoneId zone = host.timezone();
		Optional<Offering> offering = activeOffering(host, form.offering());
		BindingResult result = new MapBindingResult(new HashMap<>(), "round");

		List<Instant> times = new ArrayList<>();
		boolean unreadableTime = false;
		for (String typed : form.times()) {
			Optional<Instant> time = Instants.parse(typed);
			time.ifPresent(times::add);
			unreadableTime |= time.isEmpty();
		}
		Optional<Instant> opensAt = Optional.empty();
		boolean opensTyped = HostRoundInput.typed(form.opensDate()) || HostRoundInput.typed(form.opensTime());
		if (opensTyped) {
			opensAt = HostRoundInput.instant(form.opensDate(), form.opensTime(), zone);
		}
		Instant closesAt = null;
		boolean closesTyped = HostRoundInput.typed(form.closesDate()) || HostRoundInput.typed(form.closesTime());
		if (closesTyped) {
			closesAt = HostRoundInput.instant(form.closesDate(), form.closesTime(), zone).orElse(null);
		}
		else if (offering.isPresent() && !times.isEmpty()) {
			closesAt = RoundPlan.defaultClose(times, offering.get(), opensAt.orElse(this.clock.instant()));
		}
		Picking picking = switch (String.valueOf(form.picking())) {
			case "draw" -> Picking.DRAW;
			case "host" -> Picking.HOST;
			default -> null;
		};

		RoundPlan plan = new RoundPlan(offering.map(Offering::id).orElse(null), unreadableTime ? null : times,
				opensAt.orElse(null), closesAt, picking, form.firstTimers());
		BindingResult planResult = new DirectFieldBindingResult(plan, "round");
		this.validator.validate(plan, planResult);
		for (FieldError error : planResult.getFieldErrors()) {
			String field = error.getField().startsWith("times") ? "times" : error.getField();
			if (field.equals("closesAt")) {
				// left empty, the default needs times to count from (the times' error
				// says what is missing); typed, its own error says what is wrong
				continue;
			}
			result.addError(new FieldError("round", field, null, false, error.getCodes(), error.getArguments(),
					error.getDefaultMessage()));
		}
		if (offering.isEmpty() && HostRoundInput.typed(form.offering()) && !result.hasFieldErrors("offering")) {
			result.rejectValue("offering", "hosting.round.refused.offering");
		}
		if (opensTyped && opensAt.isEmpty()) {
			result.rejectValue("opensAt", "hosting.round.error.opensAt");
		}
		if (closesTyped && closesAt == null) {
			result.rejectValue("closesAt", "hosting.round.error.closesAt");
		}
		if (!result.hasErrors()) {
			RoundOutcome outcome = this.rounds.open(member.id(), plan);
			if (outcome instanceof Opened opened) {
				redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.success("hosting.round.opened"));
				return "redirect:" + Links.hostingRound(opened.round().id());
			}
			refused((Refused) outcome, result, HostRoundViews.times(host, locale));
		}
		return renderForm(host, offering, form, errors(result, locale), locale, model);
	}

	@GetMapping(Links.SETTINGS_HOSTING_ROUND)
	String show(@RequestAttribute(CurrentMemberFilter.ATTRIBUTE) Account member, @PathVariable String id, Locale locale,
			Model model) {
		Round round = own(member, id);
		HostProfile host = requireHost(member);
		return renderRound(host, round, null, FormErrors.NONE, Map.of(), Notice.flashed(model), locale, model);
	}

	/**
	 * The host's pick: one order number per application (empty for not picked), the
	 * lowest first; at most as many as the round has times. The picked are booked at
	 * once.
	 */
	@PostMapping(Links.SETTINGS_HOSTING_ROUND_CHOOSE)
	String choose(@RequestAttribute(CurrentMemberFilter.ATTRIBUTE) Account member, @PathVariable String id,
			@RequestParam(name = "application", required = false) List<String> applications,
			@RequestParam(name = "order", required = false) List<String> orders, Locale locale, Model model,
			RedirectAttributes redirect) {
		Round round = own(member, id);
		HostProfile host = requireHost(member);
		if (!round.awaitingPick(this.clock.instant())) {
			redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.failure("hosting.round.pick.notNow"));
			return "redirect:" + Links.hostingRound(round.id());
		}
		List<String> ids = (applications != null) ? applications : List.of();
		List<String> typed = (orders != null) ? orders : List.of();
		Map<String, String> typedOrder = new LinkedHashMap<>();
		for (int i = 0; i < Math.min(ids.size(), typed.size()); i++) {
			typedOrder.put(ids.get(i), typed.get(i).strip());
		}
		Optional<List<ApplicationId>> picks = HostRoundInput.picks(ids, typed, round.times().size());
		String problem;
		if (picks.isEmpty()) {
			problem = "hosting.round.pick.badOrder";
		}
		else if (picks.get().isEmpty()) {
			problem = "hosting.round.pick.none";
		}
		else {
			HostAnswer answer = this.rounds.choose(host.account(), round.id(), picks.get());
			if (answer == HostAnswer.DONE) {
				redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.success("hosting.round.picked"));
				return "redirect:" + Links.hostingRound(round.id());
			}
			if (answer == HostAnswer.NOT_NOW) {
				redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.failure("hosting.round.pick.notNow"));
				return "redirect:" + Links.hostingRound(round.id());
			}
			problem = "hosting.round.pick.bad";
		}
		FormErrors errors = new FormErrors(Map.of("order", List.of(text(problem, locale, round.times().size()))),
				List.of());
		return renderRound(host, round, null, errors, typedOrder, null, locale, model);
	}

	/** Calls the round off, saying why: its times are open again, applicants told. */
	@PostMapping(Links.SETTINGS_HOSTING_ROUND_CANCEL)
	String cancel(@RequestAttribute(CurrentMemberFilter.ATTRIBUTE) Account member, @PathVariable String id,
			@RequestParam(required = false) String reason, Locale locale, Model model, RedirectAttributes redirect) {
		Round round = own(member, id);
		HostProfile host = requireHost(member);
		FormErrors errors;
		try {
			HostAnswer answer = this.rounds.cancel(host.account(), round.id(), reason);
			if (answer == HostAnswer.DONE) {
				redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.success("hosting.round.cancelled"));
				return "redirect:" + Links.hostingRound(round.id());
			}
			if (answer == HostAnswer.NOT_NOW) {
				redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.failure("hosting.round.cancel.notNow"));
				return "redirect:" + Links.hostingRound(round.id());
			}
			errors = new FormErrors(Map.of("reason", List.of(text("hosting.round.cancel.reasonRequired", locale))),
					List.of());
		}
		catch (ConstraintViolationException refused) {
			errors = FormErrors.refused("reason", refused, new Localizer(this.messages, locale));
		}
		return renderRound(host, round, reason, errors, Map.of(), null, locale, model);
	}

	/** A member who does not host is sent to the page that turns hosting on, told why. */
	@ExceptionHandler(NotHostingException.class)
	String notHosting(HttpServletRequest request) {
		RequestContextUtils.getOutputFlashMap(request).put(Notice.ATTRIBUTE, Notice.failure("hosting.notHosting"));
		return "redirect:" + Links.SETTINGS_HOSTING;
	}

	/** Another host's round, or none: not found, and nothing changed. */
	@ExceptionHandler(RoundNotFoundException.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.NOT_FOUND.value());
	}

	private String renderForm(HostProfile host, Optional<Offering> offering, HostRoundForm form, FormErrors errors,
			Locale locale, Model model) {
		model.addAttribute("roundForm", this.views.form(host, offering, form, errors, locale));
		return "pages/rounds/hostRoundForm";
	}

	private String renderRound(HostProfile host, Round round, String reason, FormErrors errors,
			Map<String, String> typedOrder, Notice notice, Locale locale, Model model) {
		model.addAttribute("round", this.views.round(host, round, locale, reason, errors, typedOrder, notice));
		return "pages/rounds/hostRound";
	}

	/** Why the round was not opened, next to the field it is about. */
	private void refused(Refused refused, BindingResult result, TimeFormat times) {
		String time = (refused.time() != null) ? times.dateTime(refused.time()) : "";
		switch (refused.reason()) {
			case NOT_YOUR_OFFERING -> result.rejectValue("offering", "hosting.round.refused.offering");
			case NO_MEETING_LINK -> result.rejectValue("offering", "hosting.round.refused.meetingLink");
			case NOT_HOSTING -> result.reject("hosting.round.refused.notHosting");
			case TIME_NOT_OPEN -> result.rejectValue("times",
					"hosting.round.refused.timeNotOpen." + why(refused.booking()), new Object[] { time }, null);
			case TIMES_OVERLAP ->
				result.rejectValue("times", "hosting.round.refused.overlap", new Object[] { time }, null);
			case WINDOW_EMPTY -> result.rejectValue("closesAt", "hosting.round.refused.windowEmpty");
			case CLOSES_TOO_LATE ->
				result.rejectValue("closesAt", "hosting.round.refused.closesTooLate", new Object[] { time }, null);
		}
	}

	/** The booking refusals a host is told apart; any other reads as no longer open. */
	private static String why(Refusal refusal) {
		if (refusal == null) {
			return "other";
		}
		return switch (refusal) {
			case TOO_SOON -> "tooSoon";
			case BEYOND_HORIZON -> "beyondHorizon";
			case SLOT_TAKEN -> "taken";
			case HELD -> "held";
			case QUOTA_REACHED -> "quota";
			default -> "other";
		};
	}

	private HostProfile requireHost(Account member) {
		return this.directory.find(member.id()).orElseThrow(() -> new NotHostingException(member.id()));
	}

	/** The host's active session type of that id, if it is one. */
	private Optional<Offering> activeOffering(HostProfile host, String id) {
		return OfferingId.parse(id)
			.flatMap(this.directory::offering)
			.filter(offering -> offering.host().equals(host.account()) && offering.active());
	}

	/** The host's round; not found when the id is malformed or the round another's. */
	private Round own(Account member, String id) {
		Optional<RoundId> parsed = RoundId.parse(id);
		if (parsed.isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return this.rounds.find(parsed.get())
			.filter(round -> round.host().equals(member.id()))
			.orElseThrow(() -> new RoundNotFoundException(parsed.get()));
	}

	private FormErrors errors(BindingResult result, Locale locale) {
		return FormErrors.from(result, new Localizer(this.messages, locale));
	}

	private String text(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, key, locale);
	}

}
