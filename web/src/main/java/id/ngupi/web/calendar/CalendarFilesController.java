package id.ngupi.web.calendar;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import id.ngupi.booking.BookingId;
import id.ngupi.booking.CalendarEntry;
import id.ngupi.booking.CalendarFiles;
import id.ngupi.booking.CalendarFeeds;
import id.ngupi.identity.Account;
import id.ngupi.identity.Accounts;
import id.ngupi.web.security.CurrentMemberFilter;
import id.ngupi.web.support.Links;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.server.ResponseStatusException;

/**
 * Calendar files: one session's, for its two participants (anyone else, logged in or not,
 * finds nothing), and a member's whole feed, opened by the secret in its URL alone so
 * that calendar apps can read it without a login.
 */
@Controller
class CalendarFilesController {

	static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

	private final SessionCalendar calendar;

	private final CalendarFeeds feeds;

	private final Accounts accounts;

	CalendarFilesController(SessionCalendar calendar, CalendarFeeds feeds, Accounts accounts) {
		this.calendar = calendar;
		this.feeds = feeds;
		this.accounts = accounts;
	}

	@GetMapping(Links.CALENDAR_FILE)
	ResponseEntity<String> session(@PathVariable String id,
			@RequestAttribute(CurrentMemberFilter.ATTRIBUTE) Account viewer, Locale locale) {
		// a visitor never gets here: /sesi/** asks for a login first
		CalendarEntry event = BookingId.parse(id)
			.flatMap(booking -> this.calendar.event(viewer.id(), booking, locale))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return ResponseEntity.ok()
			.contentType(TEXT_CALENDAR)
			.cacheControl(CacheControl.noStore().cachePrivate())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("ngupi-" + id + ".ics").build().toString())
			.body(CalendarFiles.single(event));
	}

	@GetMapping(Links.CALENDAR_FEED)
	ResponseEntity<String> feed(@PathVariable String token) {
		Account member = this.feeds.owner(token)
			.flatMap(this.accounts::find)
			.filter(account -> !account.suspended())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		List<CalendarEntry> events = this.calendar.feed(member);
		return ResponseEntity.ok()
			.contentType(TEXT_CALENDAR)
			.cacheControl(CacheControl.noStore().cachePrivate())
			.body(CalendarFiles.feed("Ngupi", events));
	}

}
