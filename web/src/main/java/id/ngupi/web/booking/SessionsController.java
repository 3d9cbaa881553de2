package id.ngupi.web.booking;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.ngupi.booking.Booking;
import id.ngupi.booking.BookingId;
import id.ngupi.booking.BookingPhase;
import id.ngupi.booking.Bookings;
import id.ngupi.feedback.FeedbackRole;
import id.ngupi.feedback.Feedbacks;
import id.ngupi.identity.Account;
import id.ngupi.web.security.CurrentMemberFilter;
import id.ngupi.web.support.Links;
import id.ngupi.web.support.Notice;
import id.ngupi.web.time.TimeFormat;
import id.ngupi.web.time.ViewerZone;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;

/**
 * The member's sessions: as attendee at {@code /sesi}, as host at {@code /sesi/host},
 * both refreshing themselves through htmx. The page of each session is
 * {@link SessionPageController}'s; what its participants can do there is
 * {@link SessionActionsController}'s.
 */
@Controller
class SessionsController {

	static final String SESSIONS_FRAGMENT = "booking/sessions";

	private final Bookings bookings;

	private final SessionItems items;

	private final Feedbacks feedbacks;

	private final Clock clock;

	SessionsController(Bookings bookings, SessionItems items, Feedbacks feedbacks, Clock clock) {
		this.bookings = bookings;
		this.items = items;
		this.feedbacks = feedbacks;
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
		// requests expire unanswered: a host who gets no mail is asked to verify an
		// address
		model.addAttribute("mailNag", member.email() == null || !member.emailVerified());
		return list(member, true, this.bookings.asHost(member.id()), htmx, zone, locale, model, response);
	}

	private String list(Account member, boolean asHost, List<Booking> found, HtmxRequest htmx, ViewerZone zone,
			Locale locale, Model model, HttpServletResponse response) {
		TimeFormat times = TimeFormat.of(zone, locale);
		Instant now = this.clock.instant();
		SessionItems.Reader reader = this.items.reader(member, found, times, locale, now);
		Map<BookingPhase, List<SessionItem>> phases = new EnumMap<>(BookingPhase.class);
		for (BookingPhase phase : BookingPhase.values()) {
			phases.put(phase, new ArrayList<>());
		}
		for (Booking booking : found) {
			phases.get(booking.phase(now)).add(reader.item(booking));
		}
		// the bookings come soonest first; history reads from the most recent back
		Collections.reverse(phases.get(BookingPhase.HISTORY));
		Map<BookingId, Booking> byId = new HashMap<>();
		found.forEach(booking -> byId.put(booking.id(), booking));
		FeedbackRole side = asHost ? FeedbackRole.HOST : FeedbackRole.ATTENDEE;
		List<SessionItem> feedbackDue = this.feedbacks.awaiting(member.id())
			.stream()
			.filter(feedback -> feedback.role() == side && byId.containsKey(feedback.booking()))
			.map(feedback -> reader.item(byId.get(feedback.booking())))
			.toList();
		model.addAttribute("sessions",
				new SessionsPage(asHost, phases.get(BookingPhase.COMING), phases.get(BookingPhase.WAITING),
						phases.get(BookingPhase.HISTORY), times.zoneLabel(now), Notice.flashed(model), feedbackDue));
		// one URL, two answers: caches must keep them apart
		response.setHeader(HttpHeaders.VARY, "HX-Request");
		if (htmx.isHtmxRequest() && !htmx.isHistoryRestoreRequest()) {
			return SESSIONS_FRAGMENT;
		}
		return "pages/booking/sessions";
	}

}
