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
import id.ngupi.booking.Bookings;
import id.ngupi.booking.OpenSlots;
import id.ngupi.identity.Account;
import id.ngupi.web.calendar.SessionCalendar;
import id.ngupi.web.discovery.Slot;
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

	private final Bookings bookings;

	private final OpenSlots openSlots;

	private final SessionItems items;

	private final SessionCalendar calendar;

	private final MessageSource messages;

	private final Clock clock;

	SessionPages(Bookings bookings, OpenSlots openSlots, SessionItems items, SessionCalendar calendar,
			MessageSource messages, Clock clock) {
		this.bookings = bookings;
		this.openSlots = openSlots;
		this.items = items;
		this.calendar = calendar;
		this.messages = messages;
		this.clock = clock;
	}

	/** The booking, when the member is one of its participants; not found otherwise. */
	Booking participating(Account member, String id) {
		return BookingId.parse(id)
			.flatMap(booking -> this.bookings.find(member.id(), booking))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/**
	 * Puts the session's page into the model, with the cancel and meeting link forms'
	 * errors and what the meeting link form shows ({@code null} for the saved link), and
	 * names its template.
	 */
	String render(Account member, Booking booking, FormErrors cancelErrors, FormErrors linkErrors, String linkValue,
			ViewerZone zone, Locale locale, Model model) {
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
		List<Slot> reschedule = List.of();
		// a session that has started stays where it is (Bookings refuses to move it too)
		if (!asHost && live && booking.start().isAfter(now)) {
			ZoneId hostZone = reader.account(booking.host()).map(Account::timezone).orElse(times.zone());
			reschedule = this.openSlots.of(booking.offering())
				.stream()
				.filter(open -> !open.start().equals(booking.start()))
				.limit(RESCHEDULE_TIMES)
				.map(open -> Slot.alone(open.start(), times, hostZone, null))
				.toList();
		}
		model.addAttribute("session",
				new SessionPage(item, asHost, live, meetingLink, cancelledBy, booking.cancelReason(),
						booking.lateCancellation(), reschedule, UUID.randomUUID().toString(), cancelErrors, linkErrors,
						(linkValue != null) ? linkValue : "", times.zoneLabel(now),
						this.calendar.addToCalendar(member.id(), booking, locale), Notice.flashed(model)));
		return "pages/booking/session";
	}

	/** One field's error, in the viewer's language. */
	FormErrors fieldError(String field, String key, Locale locale) {
		return new FormErrors(Map.of(field, List.of(this.messages.getMessage(key, null, key, locale))), List.of());
	}

}
