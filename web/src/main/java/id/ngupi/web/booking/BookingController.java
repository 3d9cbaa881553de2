package id.ngupi.web.booking;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import id.ngupi.booking.BookingOutcome.AlreadyBooked;
import id.ngupi.booking.BookingOutcome.Booked;
import id.ngupi.booking.BookingOutcome.Refusal;
import id.ngupi.booking.BookingOutcome.Refused;
import id.ngupi.booking.BookingOutcome;
import id.ngupi.booking.BookingRequest;
import id.ngupi.booking.Bookings;
import id.ngupi.booking.OpenSlot;
import id.ngupi.booking.OpenSlots;
import id.ngupi.feedback.NoShows;
import id.ngupi.hosting.HostDirectory;
import id.ngupi.hosting.HostProfile;
import id.ngupi.hosting.Offering;
import id.ngupi.hosting.OfferingId;
import id.ngupi.identity.Account;
import id.ngupi.identity.Accounts;
import id.ngupi.web.discovery.HostLimitNotice;
import id.ngupi.web.discovery.HostLimitNotices;
import id.ngupi.web.discovery.Slot;
import id.ngupi.web.hosting.Choice;
import id.ngupi.web.i18n.Localizer;
import id.ngupi.web.i18n.SupportedLanguage;
import id.ngupi.web.security.CurrentMemberFilter;
import id.ngupi.web.support.FormErrors;
import id.ngupi.web.support.Initials;
import id.ngupi.web.support.Instants;
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
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The booking form, {@code /@handle/ngupi/{offering}/pesan?start=...}, for logged-in
 * members (a visitor logs in and comes back). Nothing the form says is trusted: the time,
 * the topics and the limits are checked again by {@link Bookings#book}, and a refusal is
 * shown with its reason and the offering's next open times. An attendee who already holds
 * as many upcoming sessions with the host as allowed gets no form at all, but those
 * sessions, with the way to move one. Not found: an unknown handle, a suspended account,
 * an id that is no active offering of this host's.
 */
@Controller
class BookingController {

	/** The most alternatives shown after a refusal. */
	static final int ALTERNATIVES = 5;

	private final Accounts accounts;

	private final HostDirectory directory;

	private final Bookings bookings;

	private final MessageSource messages;

	private final HostLimitNotices hostLimits;

	private final NoShows noShows;

	private final SpringValidatorAdapter validator;

	private final OpenSlots openSlots;

	BookingController(Accounts accounts, HostDirectory directory, Bookings bookings, MessageSource messages,
			HostLimitNotices hostLimits, NoShows noShows, Validator validator, OpenSlots openSlots) {
		this.openSlots = openSlots;
		this.noShows = noShows;
		this.validator = new SpringValidatorAdapter(validator);
		this.accounts = accounts;
		this.directory = directory;
		this.bookings = bookings;
		this.messages = messages;
		this.hostLimits = hostLimits;
	}

	@GetMapping(Links.BOOKING_FORM)
	String form(@PathVariable String handle, @PathVariable String offering,
			@RequestParam(name = Links.BOOKING_START, required = false) String start,
			@RequestAttribute(CurrentMemberFilter.ATTRIBUTE) Account member, ViewerZone zone, Locale locale,
			Model model) {
		Target target = target(handle, offering);
		// the offering's page says why a time is missing or nothing can be booked
		Optional<Instant> time = Instants.parse(start);
		if (time.isEmpty() || !target.offering().bookable(target.host())) {
			return "redirect:" + Links.offering(handle, offering);
		}
		// a card or a shared link may show a time booked since: said before anything is
		// written, with the next open times
		Optional<Refused> closed = this.openSlots.closed(target.offering(), time.get());
		return render(target, member, BookingForm.fresh(start), FormErrors.NONE,
				closed.map(Refused::reason).orElse(null), closed.map(Refused::alternatives).orElse(List.of()), zone,
				locale, model);
	}

	@PostMapping(Links.BOOKING_FORM)
	String book(@PathVariable String handle, @PathVariable String offering,
			@RequestAttribute(CurrentMemberFilter.ATTRIBUTE) Account member,
			@ModelAttribute("bookingForm") BookingForm form, BindingResult binding, ViewerZone zone, Locale locale,
			Model model, RedirectAttributes redirect) {
		Target target = target(handle, offering);
		Localizer i18n = new Localizer(this.messages, locale);
		if (binding.hasErrors()) {
			return render(target, member, form, FormErrors.from(binding, i18n), null, List.of(), zone, locale, model);
		}
		Optional<Instant> start = Instants.parse(form.start());
		BookingRequest request = new BookingRequest(target.offering().id(), start.orElse(null), form.topics(),
				form.answer(), form.requestKey());
		// the request's own constraints judge the form, each message next to its field; a
		// mangled time is refused like any time the host does not offer
		BindingResult judged = new DirectFieldBindingResult(request, "bookingForm");
		this.validator.validate(request, judged);
		FormErrors errors = FormErrors.from(judged, i18n).without("start", "offering");
		if (errors.any()) {
			return render(target, member, form, errors, null, List.of(), zone, locale, model);
		}
		if (start.isEmpty()) {
			return render(target, member, form, FormErrors.NONE, Refusal.NOT_OFFERED, List.of(), zone, locale, model);
		}
		BookingOutcome outcome = this.bookings.book(member.id(), request);
		if (outcome instanceof Booked booked) {
			boolean pending = booked.booking().status().awaitingApproval();
			redirect.addFlashAttribute(Notice.ATTRIBUTE,
					Notice.success(pending ? "booking.booked.pending" : "booking.booked.confirmed"));
			return "redirect:" + Links.session(booked.booking().id());
		}
		if (outcome instanceof AlreadyBooked already) {
			redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.success("booking.booked.already"));
			return "redirect:" + Links.session(already.booking().id());
		}
		Refused refused = (Refused) outcome;
		return render(target, member, form, FormErrors.NONE, refused.reason(), refused.alternatives(), zone, locale,
				model);
	}

	/**
	 * The form, or why it cannot be used: the host's own offering, or (said before the
	 * attendee writes anything, and again after a refusal for it) the sessions that hold
	 * the per-host limit, never with times that would be refused.
	 */
	private String render(Target target, Account member, BookingForm form, FormErrors errors, Refusal refused,
			List<OpenSlot> alternatives, ViewerZone zone, Locale locale, Model model) {
		TimeFormat times = TimeFormat.of(zone, locale);
		boolean own = target.host().account().equals(member.id());
		Refusal refusal = own ? Refusal.OWN_OFFERING : refused;
		HostLimitNotice hostLimit = this.hostLimits.of(member, target.account(), times).orElse(null);
		HostProfile host = target.host();
		Offering offering = target.offering();
		String handle = target.account().handle().value();
		String id = offering.id().toString();
		String language = SupportedLanguage.resolve(locale).code();
		List<Choice> topics = host.topics()
			.stream()
			.map(topic -> new Choice(topic.slug().value(), topic.name(language), form.picked(topic.slug().value())))
			.toList();
		Slot time = Instants.parse(form.start())
			.map(start -> Slot.alone(start, times, host.timezone(), Links.bookingForm(handle, id, start)))
			.orElse(null);
		List<Slot> others = (hostLimit != null) ? List.of() : alternatives.stream()
			.limit(ALTERNATIVES)
			.map(slot -> Slot.alone(slot.start(), times, host.timezone(), Links.bookingForm(handle, id, slot.start())))
			.toList();
		long noticeHours = (offering.minNotice().toMinutes() + 59) / 60;
		// the attendee is told before they book why this host must approve them for now
		BookingFormPage.ApprovalNotice approval = own ? null
				: this.noShows.standing(member.id())
					.map(standing -> new BookingFormPage.ApprovalNotice(standing.noShows(), standing.within().toDays(),
							times.fullDate(standing.until())))
					.orElse(null);
		model.addAttribute("booking", new BookingFormPage(target.account().displayName(), target.account().avatarUrl(),
				Initials.of(target.account().displayName()), host.headline(), Links.profile(handle), offering.title(),
				Links.offering(handle, id), Links.bookingForm(handle, id), time, offering.duration().toMinutes(),
				offering.needsApproval() || approval != null, noticeHours, offering.question(), topics, form, errors,
				(refusal != null && hostLimit == null) ? "booking.refused." + refusal.name() : null, others, own,
				hostLimit, approval));
		return "pages/booking/form";
	}

	/** The host and their active offering; not found otherwise. */
	private Target target(String handle, String offeringId) {
		Account account = this.accounts.findByHandle(handle)
			.filter(found -> !found.suspended())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Offering offering = OfferingId.parse(offeringId)
			.flatMap(this.directory::offering)
			.filter(found -> found.host().equals(account.id()) && found.active())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		HostProfile host = this.directory.find(account.id())
			.filter(found -> !found.hiddenFromVisitors())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return new Target(account, host, offering);
	}

	/**
	 * What is being booked.
	 *
	 * @param account the host's account
	 * @param host the host's hosting profile
	 * @param offering the offering
	 */
	private record Target(Account account, HostProfile host, Offering offering) {
	}

}
