package id.ngupi.web.booking;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

import id.ngupi.booking.Booking;
import id.ngupi.identity.Account;
import id.ngupi.web.security.CurrentMemberFilter;
import id.ngupi.web.support.FormErrors;
import id.ngupi.web.support.Links;
import id.ngupi.web.support.Notice;
import id.ngupi.web.time.ViewerZone;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page of each session, {@code /sesi/{id}}, and the pages that ask before a step that
 * changes it for good: calling it off, declining the request, moving it. Each step's page
 * lives at the URL its form posts to ({@link SessionActionsController}), so it works
 * without JavaScript. A session the member takes no part in is not found; a step that is
 * only the other side's is forbidden; a step no longer possible leads back to the
 * session's page, saying why.
 */
@Controller
class SessionPageController {

	private final SessionPages pages;

	private final Clock clock;

	SessionPageController(SessionPages pages, Clock clock) {
		this.pages = pages;
		this.clock = clock;
	}

	@GetMapping(Links.SESSION)
	String session(@RequestAttribute(CurrentMemberFilter.ATTRIBUTE) Account member, @PathVariable String id,
			ViewerZone zone, Locale locale, Model model) {
		Booking booking = this.pages.participating(member, id);
		return this.pages.render(member, booking, FormErrors.NONE, null, zone, locale, model);
	}

	@GetMapping(Links.SESSION_CANCEL)
	String cancel(@RequestAttribute(CurrentMemberFilter.ATTRIBUTE) Account member, @PathVariable String id,
			ViewerZone zone, Locale locale, Model model, RedirectAttributes redirect) {
		Booking booking = this.pages.participating(member, id);
		if (!booking.phase(this.clock.instant()).current()) {
			return back(booking, "booking.cancel.notCancellable", redirect);
		}
		return this.pages.cancelStep(member, booking, "", FormErrors.NONE, zone, locale, model);
	}

	@GetMapping(Links.SESSION_DECLINE)
	String decline(@RequestAttribute(CurrentMemberFilter.ATTRIBUTE) Account member, @PathVariable String id,
			ViewerZone zone, Locale locale, Model model, RedirectAttributes redirect) {
		Booking booking = this.pages.participating(member, id);
		SessionPages.requireSide(booking.host(), member);
		if (!booking.awaitingAnswer(this.clock.instant())) {
			return back(booking, "booking.respond.notPending", redirect);
		}
		return this.pages.declineStep(member, booking, zone, locale, model);
	}

	@GetMapping(Links.SESSION_RESCHEDULE)
	String reschedule(@RequestAttribute(CurrentMemberFilter.ATTRIBUTE) Account member, @PathVariable String id,
			ViewerZone zone, Locale locale, Model model, RedirectAttributes redirect) {
		Booking booking = this.pages.participating(member, id);
		SessionPages.requireSide(booking.attendee(), member);
		Instant now = this.clock.instant();
		if (!booking.movable(now)) {
			return back(booking,
					booking.phase(now).current() ? "booking.reschedule.refused.STARTED" : "booking.reschedule.notLive",
					redirect);
		}
		return this.pages.rescheduleStep(member, booking, zone, locale, model);
	}

	private static String back(Booking booking, String notice, RedirectAttributes redirect) {
		redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.failure(notice));
		return "redirect:" + Links.session(booking.id());
	}

}
