package id.ngupi.web.booking;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import id.ngupi.booking.Booking;
import id.ngupi.booking.BookingId;
import id.ngupi.booking.BookingQueries;
import id.ngupi.booking.OpenSlot;
import id.ngupi.booking.OpenSlots;
import id.ngupi.feedback.Feedbacks;
import id.ngupi.feedback.SessionFeedback;
import id.ngupi.identity.Account;
import id.ngupi.identity.AccountId;
import id.ngupi.web.calendar.SessionCalendar;
import id.ngupi.web.discovery.SlotDay;
import id.ngupi.web.support.FormErrors;
import id.ngupi.web.support.Notice;
import id.ngupi.web.time.TimeFormat;
import id.ngupi.web.time.ViewerZone;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

/**
 * The page of one session, {@code /sesi/{id}}: built for its GET and again for an action
 * on the session that shows the page with a form's errors. Finding the session is the
 * first rule of both: one the member takes no part in is not found.
 */
@Component
class SessionPages {

	/** The most open times offered for a reschedule. */
	static final int RESCHEDULE_TIMES = 30;

	private final BookingQueries bookings;

	private final OpenSlots openSlots;

	private final SessionItems items;

	private final SessionCalendar calendar;

	private final MessageSource messages;

	private final Feedbacks feedbacks;

	private final Clock clock;

	SessionPages(BookingQueries bookings, OpenSlots openSlots, SessionItems items, SessionCalendar calendar,
			MessageSource messages, Feedbacks feedbacks, Clock clock) {
		this.feedbacks = feedbacks;
		this.bookings = bookings;
		this.openSlots = openSlots;
		this.items = items;
		this.calendar = calendar;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * Forbids a participant what only the other side may do: the session exists for them,
	 * so it is not hidden, but the action is not theirs.
	 */
	static void requireSide(AccountId side, Account member) {
		if (!side.equals(member.id())) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
	}

	/** The booking, when the member is one of its participants; not found otherwise. */
	Booking participating(Account member, String id) {
		return BookingId.parse(id)
			.flatMap(booking -> this.bookings.find(member.id(), booking))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/**
	 * Puts the session's page into the model, with the meeting link form's errors and
	 * what it shows ({@code null} for the saved link), and names its template.
	 */
	String render(Account member, Booking booking, FormErrors linkErrors, String linkValue, ViewerZone zone,
			Locale locale, Model model) {
		TimeFormat times = TimeFormat.of(zone, locale);
		Instant now = this.clock.instant();
		SessionItems.Reader reader = this.items.reader(member, List.of(booking), times, locale, now);
		SessionItem item = reader.item(booking);
		boolean asHost = booking.host().equals(member.id());
		boolean live = booking.phase(now).current();
		String meetingLink = live ? this.bookings.meetingLink(member.id(), booking.id()).orElse(null) : null;
		// a moved session was cancelled by its move: its page tells where it went instead
		String cancelledBy = (booking.cancelledBy() != null && !booking.moved())
				? reader.account(booking.cancelledBy()).map(Account::displayName).orElse(null) : null;
		// called off by Ngupi: said without naming why, as the notice said it
		String calledOff = (booking.calledOffFor() == null) ? null : booking.calledOffFor().equals(booking.host())
				? "booking.session.calledOff.host" : "booking.session.calledOff.attendee";
		model.addAttribute("session", new SessionPage(item, asHost, live, !asHost && booking.movable(now), meetingLink,
				cancelledBy, calledOff, booking.cancelReason(), booking.lateCancellation(), linkErrors,
				(linkValue != null) ? linkValue : "", times.zoneLabel(now),
				this.calendar.addToCalendar(member.id(), booking, locale), Notice.flashed(model),
				this.feedbacks.of(member.id(), booking.id()).map(feedback -> feedbackKey(feedback, now)).orElse(null)));
		return "pages/booking/session";
	}

	/**
	 * Puts the page that asks before calling the session off into the model, with the
	 * reason typed so far and its errors, and names its template.
	 */
	String cancelStep(Account member, Booking booking, String reason, FormErrors errors, ViewerZone zone, Locale locale,
			Model model) {
		return step(member, booking, reason, errors, false, zone, locale, model, "pages/booking/cancel");
	}

	/** Puts the page that asks before declining the request into the model. */
	String declineStep(Account member, Booking booking, ViewerZone zone, Locale locale, Model model) {
		return step(member, booking, "", FormErrors.NONE, false, zone, locale, model, "pages/booking/decline");
	}

	/** Puts the time picker of a move into the model. */
	String rescheduleStep(Account member, Booking booking, ViewerZone zone, Locale locale, Model model) {
		return step(member, booking, "", FormErrors.NONE, true, zone, locale, model, "pages/booking/reschedule");
	}

	/** Which link to the session's feedback its page shows the viewer. */
	private static String feedbackKey(SessionFeedback feedback, Instant now) {
		if (feedback.state() == SessionFeedback.State.NO_SHOW) {
			return feedback.noShow().answerableAt(now) ? "noShow.link.answer" : "noShow.link.read";
		}
		if (feedback.writable()) {
			return (feedback.own() == null) ? "feedback.link.write" : "feedback.link.edit";
		}
		return (feedback.state() == SessionFeedback.State.REVEALED) ? "feedback.link.read" : null;
	}

	/** The session as a page about it shows it on top, without a form of its own. */
	SessionStepPage summary(Account member, Booking booking, ViewerZone zone, Locale locale) {
		TimeFormat times = TimeFormat.of(zone, locale);
		Instant now = this.clock.instant();
		SessionItems.Reader reader = this.items.reader(member, List.of(booking), times, locale, now);
		return new SessionStepPage(reader.item(booking), booking.host().equals(member.id()), times.zoneLabel(now), "",
				FormErrors.NONE, List.of(), null);
	}

	private String step(Account member, Booking booking, String text, FormErrors errors, boolean move, ViewerZone zone,
			Locale locale, Model model, String template) {
		TimeFormat times = TimeFormat.of(zone, locale);
		Instant now = this.clock.instant();
		SessionItems.Reader reader = this.items.reader(member, List.of(booking), times, locale, now);
		List<SlotDay> open = move ? openTimes(booking, reader, times) : List.of();
		model.addAttribute("step",
				new SessionStepPage(reader.item(booking), booking.host().equals(member.id()), times.zoneLabel(now),
						(text != null) ? text : "", errors, open, move ? UUID.randomUUID().toString() : null));
		return template;
	}

	/**
	 * The offering's open times other than the session's own, by the viewer's days, with
	 * the host's time beside each where their clocks differ.
	 */
	private List<SlotDay> openTimes(Booking booking, SessionItems.Reader reader, TimeFormat times) {
		ZoneId hostZone = reader.account(booking.host()).map(Account::timezone).orElse(times.zone());
		List<OpenSlot> open = this.openSlots.of(booking.offering())
			.stream()
			.filter(slot -> !slot.start().equals(booking.start()))
			.limit(RESCHEDULE_TIMES)
			.toList();
		return SlotDay.of(open, times, hostZone, start -> null);
	}

	/** One field's error, in the viewer's language. */
	FormErrors fieldError(String field, String key, Locale locale) {
		return new FormErrors(Map.of(field, List.of(this.messages.getMessage(key, null, key, locale))), List.of());
	}

}
