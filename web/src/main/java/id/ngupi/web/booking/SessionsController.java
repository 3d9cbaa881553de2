package id.ngupi.web.booking;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import id.ngupi.booking.Booking;
import id.ngupi.booking.BookingId;
import id.ngupi.booking.BookingNotFoundException;
import id.ngupi.booking.BookingOutcome;
import id.ngupi.booking.BookingOutcome.AlreadyBooked;
import id.ngupi.booking.BookingOutcome.Booked;
import id.ngupi.booking.BookingOutcome.Refused;
import id.ngupi.booking.BookingRequest;
import id.ngupi.booking.BookingStatus;
import id.ngupi.booking.Bookings;
import id.ngupi.booking.Bookings.CancelOutcome;
import id.ngupi.booking.OpenSlots;
import id.ngupi.identity.Account;
import id.ngupi.identity.AccountId;
import id.ngupi.web.calendar.SessionCalendar;
import id.ngupi.web.discovery.Slot;
import id.ngupi.web.security.CurrentMemberFilter;
import id.ngupi.web.support.FormErrors;
import id.ngupi.web.support.Links;
import id.ngupi.web.support.Notice;
import id.ngupi.web.time.TimeFormat;
import id.ngupi.web.time.ViewerZone;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The member's sessions: as attendee at {@code /sesi}, as host at {@code /sesi/host}
 * (both refreshing themselves through htmx), and the page of each session with what its
 * participants can do there. A session the member takes no part in is not found, whatever
 * they try with it; what only the other participant may do is forbidden.
 */
@Controller
class SessionsController {

	static final String SESSIONS_FRAGMENT = "booking/sessions";

	/** The most open times offered for a reschedule. */
	static final int RESCHEDULE_TIMES = 30;

	private final Bookings bookings;

	private final OpenSlots openSlots;

	private final SessionItems items;

	private final SessionCalendar calendar;

	private final MessageSource messages;

	private final Clock clock;

	SessionsController(Bookings bookings, OpenSlots openSlots, SessionItems items, SessionCalendar calendar,
			MessageSource messages, Clock clock) {
		this.bookings = bookings;
		this.openSlots = openSlots;
		this.items = items;
		this.calendar = calendar;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping(Links.SESSIONS)
	String attending(@RequestAttribute(CurrentMemberFilter.ATTRIBUTE) Account member, HtmxRequest htmx, ViewerZone zone,
			Locale locale, CsrfToken csrf, Model model, HttpServletResponse response) {
		model.addAttribute("csrf", csrf);
		return list(member, false, this.bookings.asAttendee(member.id()), htmx, zone, locale, model, response);
	}

	@GetMapping(Links.SESSIONS_HOST)
	String hosting(@RequestAttribute(CurrentMemberFilter.ATTRIBUTE) Account member, HtmxRequest htmx, ViewerZone zone,
			Locale locale, CsrfToken csrf, Model model, HttpServletResponse response) {
		// the fragment alone still carries the forms answering requests
		model.addAttribute("csrf", csrf);
		return list(member, true, this.bookings.asHost(member.id()), htmx, zone, locale, model, response);
	}

	private String list(Account member, boolean asHost, List<Booking> found, HtmxRequest htmx, ViewerZone zone,
			Locale locale, Model model, HttpServletResponse response) {
		TimeFormat times = TimeFormat.of(zone, locale);
		SessionItems.Reader reader = this.items.reader(member, found, times, locale);
		Instant now = this.clock.instant();
		List<SessionItem> pending = new ArrayList<>();
		List<SessionItem> upcoming = new ArrayList<>();
		List<SessionItem> past = new ArrayList<>();
		for (Booking booking : found) {
			if (booking.status() == BookingStatus.PENDING && booking.end().isAfter(now)) {
				pending.add(reader.item(booking));
			}
			else if (booking.status() == BookingStatus.CONFIRMED && booking.end().isAfter(now)) {
				upcoming.add(reader.item(booking));
			}
			else {
				past.add(0, reader.item(booking));
			}
		}
		model.addAttribute("sessions",
				new SessionsPage(asHost, pending, upcoming, past, times.zoneLabel(now), flashed(model)));
		// one URL, two answers: caches must keep them apart
		response.setHeader(HttpHeaders.VARY, "HX-Request");
		if (htmx.isHtmxRequest() && !htmx.isHistoryRestoreRequest()) {
			return SESSIONS_FRAGMENT;
		}
		return "pages/booking/sessions";
	}

	@GetMapping(Links.SESSION)
	String session(@RequestAttribute(CurrentMemberFilter.ATTRIBUTE) Account member, @PathVariable String id,
			ViewerZone zone, Locale locale, Model model) {
		Booking booking = participating(member, id);
		return render(member, booking, FormErrors.NONE, FormErrors.NONE, null, zone, locale, model);
	}

	@PostMapping(Links.SESSION_CANCEL)
	String cancel(@RequestAttribute(CurrentMemberFilter.ATTRIBUTE) Account member, @PathVariable String id,
			@RequestParam(required = false) String reason, ViewerZone zone, Locale locale, Model model,
			RedirectAttributes redirect) {
		Booking booking = participating(member, id);
		CancelOutcome outcome;
		try {
			outcome = this.bookings.cancel(member.id(), booking.id(), limited(reason));
		}
		catch (BookingNotFoundException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return switch (outcome) {
			case CANCELLED -> {
				Booking cancelled = participating(member, id);
				redirect.addFlashAttribute(Notice.ATTRIBUTE,
						Notice.success(cancelled.lateCancellation() ? "booking.cancelled.late" : "booking.cancelled"));
				yield "redirect:" + Links.session(booking.id());
			}
			case REASON_REQUIRED ->
				render(member, booking, fieldError("reason", "booking.cancel.reasonRequired", locale), FormErrors.NONE,
						null, zone, locale, model);
			case NOT_CANCELLABLE -> {
				redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.failure("booking.cancel.notCancellable"));
				yield "redirect:" + Links.session(booking.id());
			}
		};
	}

	@PostMapping(Links.SESSION_MEETING_LINK)
	String meetingLink(@RequestAttribute(CurrentMemberFilter.ATTRIBUTE) Account member, @PathVariable String id,
			@RequestParam(required = false) String url, ViewerZone zone, Locale locale, Model model,
			RedirectAttributes redirect) {
		Booking booking = participating(member, id);
		requireSide(booking.host(), member);
		String link = (url == null) ? "" : url.strip();
		if (!link.isEmpty() && !isHttps(link)) {
			String key = (link.length() > 300) ? "validation.host.meetingUrl.size" : "validation.host.meetingUrl";
			return render(member, booking, FormErrors.NONE, fieldError("url", key, locale), link, zone, locale, model);
		}
		boolean saved;
		try {
			saved = this.bookings.setMeetingLink(member.id(), booking.id(), link.isEmpty() ? null : link);
		}
		catch (ConstraintViolationException invalid) {
			String key = (link.length() > 300) ? "validation.host.meetingUrl.size" : "validation.host.meetingUrl";
			return render(member, booking, FormErrors.NONE, fieldError("url", key, locale), link, zone, locale, model);
		}
		redirect.addFlashAttribute(Notice.ATTRIBUTE,
				saved ? Notice.success("booking.meetingLink.saved") : Notice.failure("booking.meetingLink.notLive"));
		return "redirect:" + Links.session(booking.id());
	}

	@PostMapping(Links.SESSION_RESCHEDULE)
	String reschedule(@RequestAttribute(CurrentMemberFilter.ATTRIBUTE) Account member, @PathVariable String id,
			@RequestParam(required = false) String start, @RequestParam(required = false) UUID requestKey,
			RedirectAttributes redirect) {
		Booking booking = participating(member, id);
		requireSide(booking.attendee(), member);
		Optional<Instant> chosen = BookingController.parse(start);
		if (chosen.isEmpty() || requestKey == null) {
			redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.failure("booking.reschedule.pick"));
			return "redirect:" + Links.session(booking.id());
		}
		BookingOutcome outcome;
		try {
			outcome = this.bookings.reschedule(member.id(), booking.id(),
					new BookingRequest(booking.offering(), chosen.get(),
							booking.topics().stream().map(topic -> topic.value()).toList(), booking.answer(),
							requestKey));
		}
		catch (BookingNotFoundException ex) {
			redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.failure("booking.cancel.notCancellable"));
			return "redirect:" + Links.session(booking.id());
		}
		if (outcome instanceof Booked booked) {
			redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.success("booking.rescheduled"));
			return "redirect:" + Links.session(booked.booking().id());
		}
		if (outcome instanceof AlreadyBooked already) {
			redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.success("booking.booked.already"));
			return "redirect:" + Links.session(already.booking().id());
		}
		Refused refused = (Refused) outcome;
		redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.failure("booking.reschedule.refused." + refused.reason()));
		return "redirect:" + Links.session(booking.id());
	}

	@PostMapping(Links.SESSION_APPROVE)
	String approve(@RequestAttribute(CurrentMemberFilter.ATTRIBUTE) Account member, @PathVariable String id,
			@RequestParam(required = false) String message, RedirectAttributes redirect) {
		return respond(member, id, message, true, redirect);
	}

	@PostMapping(Links.SESSION_DECLINE)
	String decline(@RequestAttribute(CurrentMemberFilter.ATTRIBUTE) Account member, @PathVariable String id,
			@RequestParam(required = false) String message, RedirectAttributes redirect) {
		return respond(member, id, message, false, redirect);
	}

	private String respond(Account member, String id, String message, boolean approve, RedirectAttributes redirect) {
		Booking booking = participating(member, id);
		requireSide(booking.host(), member);
		boolean done = approve ? this.bookings.approve(member.id(), booking.id(), limited(message))
				: this.bookings.decline(member.id(), booking.id(), limited(message));
		redirect.addFlashAttribute(Notice.ATTRIBUTE,
				done ? Notice.success(approve ? "booking.approved" : "booking.declined")
						: Notice.failure("booking.respond.notPending"));
		return "redirect:" + Links.SESSIONS_HOST;
	}

	private String render(Account member, Booking booking, FormErrors cancelErrors, FormErrors linkErrors,
			String linkValue, ViewerZone zone, Locale locale, Model model) {
		TimeFormat times = TimeFormat.of(zone, locale);
		SessionItems.Reader reader = this.items.reader(member, List.of(booking), times, locale);
		SessionItem item = reader.item(booking);
		Instant now = this.clock.instant();
		boolean asHost = booking.host().equals(member.id());
		boolean live = booking.status().live() && booking.end().isAfter(now);
		String meetingLink = live ? this.bookings.meetingLink(member.id(), booking.id()).orElse(null) : null;
		String cancelledBy = (booking.cancelledBy() != null)
				? reader.account(booking.cancelledBy()).map(Account::displayName).orElse(null) : null;
		List<Slot> reschedule = List.of();
		if (!asHost && live) {
			ZoneId hostZone = reader.account(booking.host()).map(Account::timezone).orElse(times.zone());
			reschedule = this.openSlots.of(booking.offering())
				.stream()
				.filter(open -> !open.start().equals(booking.start()))
				.limit(RESCHEDULE_TIMES)
				.map(open -> Slot.alone(open.start(), times, hostZone, null))
				.toList();
		}
		model.addAttribute("session",
				new SessionPage(item, asHost, live, meetingLink, live, cancelledBy, booking.cancelReason(),
						booking.lateCancellation(), reschedule, UUID.randomUUID().toString(), cancelErrors, linkErrors,
						(linkValue != null) ? linkValue : "", times.zoneLabel(now),
						this.calendar.addToCalendar(member.id(), booking, locale), flashed(model)));
		return "pages/booking/session";
	}

	/** The booking, when the member is one of its participants; not found otherwise. */
	private Booking participating(Account member, String id) {
		return BookingId.parse(id)
			.flatMap(booking -> this.bookings.find(member.id(), booking))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/**
	 * Forbids a participant what only the other side may do: the session exists for them,
	 * so it is not hidden, but the action is not theirs.
	 */
	private static void requireSide(AccountId side, Account member) {
		if (!side.equals(member.id())) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
	}

	private FormErrors fieldError(String field, String key, Locale locale) {
		return new FormErrors(Map.of(field, List.of(this.messages.getMessage(key, null, key, locale))), List.of());
	}

	private static boolean isHttps(String link) {
		try {
			URI uri = URI.create(link);
			return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null && link.length() <= 300;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	/** Text for the facade, cut to the length it accepts. */
	private static String limited(String text) {
		if (text == null) {
			return null;
		}
		String stripped = text.strip();
		return (stripped.length() > 1000) ? stripped.substring(0, 1000) : stripped;
	}

	private static Notice flashed(Model model) {
		return (model.getAttribute(Notice.ATTRIBUTE) instanceof Notice notice) ? notice : null;
	}

}
