package id.ngupi.web.booking;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import id.ngupi.booking.Booking;
import id.ngupi.booking.BookingNotFoundException;
import id.ngupi.booking.BookingOutcome.AlreadyBooked;
import id.ngupi.booking.BookingOutcome.Booked;
import id.ngupi.booking.BookingOutcome.Refused;
import id.ngupi.booking.BookingOutcome;
import id.ngupi.booking.Bookings.AnswerOutcome;
import id.ngupi.booking.Bookings.CancelOutcome;
import id.ngupi.booking.Bookings;
import id.ngupi.identity.Account;
import id.ngupi.web.security.CurrentMemberFilter;
import id.ngupi.web.support.FormErrors;
import id.ngupi.web.support.Instants;
import id.ngupi.web.support.Links;
import id.ngupi.web.support.Notice;
import id.ngupi.web.time.ViewerZone;
import jakarta.validation.ConstraintViolationException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the participants of a session can do on its page: either side cancels, the host
 * sets the meeting link and approves or declines a request, the attendee moves it to
 * another time. A session the member takes no part in is not found, whatever they try
 * with it; what only the other participant may do is forbidden.
 */
@Controller
class SessionActionsController {

	private final Bookings bookings;

	private final SessionPages pages;

	SessionActionsController(Bookings bookings, SessionPages pages) {
		this.bookings = bookings;
		this.pages = pages;
	}

	@PostMapping(Links.SESSION_CANCEL)
	String cancel(@RequestAttribute(CurrentMemberFilter.ATTRIBUTE) Account member, @PathVariable String id,
			@RequestParam(required = false) String reason, ViewerZone zone, Locale locale, Model model,
			RedirectAttributes redirect) {
		Booking booking = this.pages.participating(member, id);
		CancelOutcome outcome;
		try {
			outcome = this.bookings.cancel(member.id(), booking.id(), reason);
		}
		catch (BookingNotFoundException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		catch (ConstraintViolationException refused) {
			return this.pages.cancelStep(member, booking, reason,
					this.pages.fieldError("reason", FormErrors.messageKey(refused), locale), zone, locale, model);
		}
		return switch (outcome) {
			case CANCELLED -> {
				Booking cancelled = this.pages.participating(member, id);
				redirect.addFlashAttribute(Notice.ATTRIBUTE,
						Notice.success(cancelled.lateCancellation() ? "booking.cancelled.late" : "booking.cancelled"));
				yield "redirect:" + Links.session(booking.id());
			}
			case REASON_REQUIRED -> this.pages.cancelStep(member, booking, reason,
					this.pages.fieldError("reason", "booking.cancel.reasonRequired", locale), zone, locale, model);
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
		Booking booking = this.pages.participating(member, id);
		SessionPages.requireSide(booking.host(), member);
		String link = (url == null) ? "" : url.strip();
		boolean saved;
		try {
			// booking decides what a meeting link may be; its message names the rule
			// broken
			saved = this.bookings.setMeetingLink(member.id(), booking.id(), link.isEmpty() ? null : link);
		}
		catch (ConstraintViolationException invalid) {
			return this.pages.render(member, booking,
					this.pages.fieldError("url", FormErrors.messageKey(invalid), locale), link, zone, locale, model);
		}
		redirect.addFlashAttribute(Notice.ATTRIBUTE,
				saved ? Notice.success("booking.meetingLink.saved") : Notice.failure("booking.meetingLink.notLive"));
		return "redirect:" + Links.session(booking.id());
	}

	@PostMapping(Links.SESSION_RESCHEDULE)
	String reschedule(@RequestAttribute(CurrentMemberFilter.ATTRIBUTE) Account member, @PathVariable String id,
			@RequestParam(required = false) String start, @RequestParam(required = false) UUID requestKey,
			RedirectAttributes redirect) {
		Booking booking = this.pages.participating(member, id);
		SessionPages.requireSide(booking.attendee(), member);
		Optional<Instant> chosen = Instants.parse(start);
		if (chosen.isEmpty() || requestKey == null) {
			redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.failure("booking.reschedule.pick"));
			return "redirect:" + Links.session(booking.id());
		}
		BookingOutcome outcome;
		try {
			outcome = this.bookings.reschedule(member.id(), booking.id(), chosen.get(), requestKey);
		}
		catch (BookingNotFoundException ex) {
			// no longer live: called off, declined, or a request past its deadline
			redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.failure("booking.reschedule.notLive"));
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
		Booking booking = this.pages.participating(member, id);
		SessionPages.requireSide(booking.host(), member);
		AnswerOutcome outcome;
		try {
			outcome = approve ? this.bookings.approve(member.id(), booking.id(), message)
					: this.bookings.decline(member.id(), booking.id(), message);
		}
		catch (ConstraintViolationException refused) {
			redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.failure(FormErrors.messageKey(refused)));
			return "redirect:" + Links.SESSIONS_HOST;
		}
		redirect.addFlashAttribute(Notice.ATTRIBUTE, switch (outcome) {
			case ANSWERED -> Notice.success(approve ? "booking.approved" : "booking.declined");
			case EXPIRED -> Notice.failure("booking.respond.expired");
			case NOT_PENDING -> Notice.failure("booking.respond.notPending");
		});
		return "redirect:" + Links.SESSIONS_HOST;
	}

}
