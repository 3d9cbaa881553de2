package id.ngupi.web.booking;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import id.ngupi.booking.BookingId;
import id.ngupi.booking.BookingQueries;
import id.ngupi.booking.SessionList;
import id.ngupi.feedback.FeedbackRole;
import id.ngupi.feedback.Feedbacks;
import id.ngupi.feedback.SessionFeedback;
import id.ngupi.hosting.HostDirectory;
import id.ngupi.hosting.HostProfile;
import id.ngupi.hosting.Offering;
import id.ngupi.hosting.OfferingId;
import id.ngupi.identity.Account;
import id.ngupi.identity.AccountId;
import id.ngupi.rounds.Round;
import id.ngupi.rounds.Rounds;
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
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The member's sessions: as attendee at {@code /sesi}, as host at {@code /sesi/host},
 * both refreshing themselves through htmx. The page of each session is
 * {@link SessionPageController}'s; what its participants can do there is
 * {@link SessionActionsController}'s.
 */
@Controller
class SessionsController {

	static final String SESSIONS_FRAGMENT = "booking/sessions";

	/** How many sessions of the history a list shows: more of them, older. */
	static final String HISTORY = Links.SESSIONS_HISTORY;

	private final BookingQueries bookings;

	private final SessionItems items;

	private final Feedbacks feedbacks;

	private final Rounds rounds;

	private final HostDirectory hosts;

	private final Clock clock;

	SessionsController(BookingQueries bookings, SessionItems items, Feedbacks feedbacks, Rounds rounds,
			HostDirectory hosts, Clock clock) {
		this.bookings = bookings;
		this.items = items;
		this.feedbacks = feedbacks;
		this.rounds = rounds;
		this.hosts = hosts;
		this.clock = clock;
	}

	@GetMapping(Links.SESSIONS)
	String attending(@RequestAttribute(CurrentMemberFilter.ATTRIBUTE) Account member,
			@RequestParam(name = HISTORY, defaultValue = "0") int history, HtmxRequest htmx, ViewerZone zone,
			Locale locale, CsrfToken csrf, Model model, HttpServletResponse response) {
		model.addAttribute("csrf", csrf);
		return list(member, false, history, htmx, zone, locale, model, response);
	}

	@GetMapping(Links.SESSIONS_HOST)
	String hosting(@RequestAttribute(CurrentMemberFilter.ATTRIBUTE) Account member,
			@RequestParam(name = HISTORY, defaultValue = "0") int history, HtmxRequest htmx, ViewerZone zone,
			Locale locale, CsrfToken csrf, Model model, HttpServletResponse response) {
		// the fragment alone still carries the forms answering requests
		model.addAttribute("csrf", csrf);
		// requests expire unanswered: a host who gets no mail is asked to verify an
		// address
		model.addAttribute("mailNag", member.email() == null || !member.emailVerified());
		return list(member, true, history, htmx, zone, locale, model, response);
	}

	/**
	 * The rounds not settled yet the member takes part in, on this side: read for the
	 * page only (the list refreshed by htmx leaves them out), the hosts' names only when
	 * there are any.
	 */
	private List<RoundLine> rounds(Account member, boolean asHost, TimeFormat times) {
		List<Round> pending = this.rounds.pending(member.id(), asHost);
		if (pending.isEmpty()) {
			return List.of();
		}
		Instant now = this.clock.instant();
		Map<AccountId, HostProfile> named = asHost ? Map.of()
				: this.hosts.findAll(pending.stream().map(Round::host).collect(Collectors.toSet()));
		Map<OfferingId, Offering> offerings = asHost
				? this.hosts.offerings(pending.stream().map(Round::offering).collect(Collectors.toSet())) : Map.of();
		return pending.stream().map(round -> {
			String title = asHost ? Optional.ofNullable(offerings.get(round.offering())).map(Offering::title).orElse("")
					: Optional.ofNullable(named.get(round.host())).map(HostProfile::displayName).orElse("");
			String when = "booking.rounds." + (asHost ? "host." : "")
					+ round.phase(now).name().toLowerCase(Locale.ROOT);
			return new RoundLine(asHost ? Links.hostingRound(round.id()) : Links.round(round.id()), title, when,
					times.dateTime(round.opensAt()), times.dateTime(round.closesAt()), times.dateTime(round.pickBy()));
		}).toList();
	}

	private String list(Account member, boolean asHost, int history, HtmxRequest htmx, ViewerZone zone, Locale locale,
			Model model, HttpServletResponse response) {
		SessionList found = this.bookings.sessions(member.id(), asHost, history);
		TimeFormat times = TimeFormat.of(zone, locale);
		SessionItems.Reader reader = this.items.reader(member, found.all(), times, locale, found.at());
		FeedbackRole side = asHost ? FeedbackRole.HOST : FeedbackRole.ATTENDEE;
		List<BookingId> owed = this.feedbacks.awaiting(member.id())
			.stream()
			.filter(feedback -> feedback.role() == side)
			.map(SessionFeedback::booking)
			.toList();
		List<SessionItem> feedbackDue = reader.itemsOf(owed);
		int shown = found.history().size();
		String older = found.moreHistory() ? Links.sessions(asHost, shown + BookingQueries.HISTORY_PAGE) : null;
		model.addAttribute("sessions",
				new SessionsPage(asHost, reader.items(found.coming()), reader.items(found.waiting()),
						reader.items(found.history()), Links.sessions(asHost, shown), older,
						times.zoneLabel(found.at()), Notice.flashed(model), feedbackDue));
		// one URL, two answers: caches must keep them apart
		response.setHeader(HttpHeaders.VARY, "HX-Request");
		if (htmx.isHtmxRequest() && !htmx.isHistoryRestoreRequest()) {
			return SESSIONS_FRAGMENT;
		}
		model.addAttribute("rounds", rounds(member, asHost, times));
		return "pages/booking/sessions";
	}

}
