package id.ngupi.web.hosting;

import java.util.Optional;
import java.util.UUID;

import id.ngupi.hosting.BusyCalendarOutcome;
import id.ngupi.hosting.BusyCalendars;
import id.ngupi.identity.Account;
import id.ngupi.web.security.CurrentMemberFilter;
import id.ngupi.web.support.Links;
import id.ngupi.web.support.Notice;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The host's own calendars on the schedule page: adding one by its private address,
 * reading it now, removing it. Every answer goes back to the schedule page with a notice
 * in the calendars' section, where the member is looking; the hosting module decides
 * everything, and a calendar of another member is not found.
 */
@Controller
class BusyCalendarsController {

	private static final String BACK = "redirect:" + Links.SETTINGS_HOSTING_SCHEDULE + "#calendars";

	/** The notice of the calendars' section, shown next to its forms. */
	static final String NOTICE = "calendarsNotice";

	private final BusyCalendars calendars;

	BusyCalendarsController(BusyCalendars calendars) {
		this.calendars = calendars;
	}

	@PostMapping(Links.SETTINGS_HOSTING_CALENDARS)
	String add(@RequestAttribute(CurrentMemberFilter.ATTRIBUTE) Account member,
			@RequestParam(required = false) String address, RedirectAttributes redirect) {
		BusyCalendarOutcome outcome = this.calendars.add(member.id(), address);
		if (outcome == BusyCalendarOutcome.NOT_HOSTING) {
			return "redirect:" + Links.SETTINGS_HOSTING;
		}
		redirect.addFlashAttribute(NOTICE, switch (outcome) {
			case ADDED -> Notice.success("calendars.added");
			case INVALID_ADDRESS -> Notice.failure("calendars.invalid");
			case ALREADY_ADDED -> Notice.failure("calendars.already");
			default -> Notice.failure("calendars.tooMany", String.valueOf(BusyCalendars.MAX_CALENDARS));
		});
		return BACK;
	}

	@PostMapping(Links.SETTINGS_HOSTING_CALENDAR_REFRESH)
	String refresh(@RequestAttribute(CurrentMemberFilter.ATTRIBUTE) Account member, @PathVariable String calendar,
			RedirectAttributes redirect) {
		boolean good = this.calendars.refresh(member.id(), id(calendar))
			.map(found -> !found.failing())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		redirect.addFlashAttribute(NOTICE,
				good ? Notice.success("calendars.read") : Notice.failure("calendars.readFailed"));
		return BACK;
	}

	@PostMapping(Links.SETTINGS_HOSTING_CALENDAR_REMOVE)
	String remove(@RequestAttribute(CurrentMemberFilter.ATTRIBUTE) Account member, @PathVariable String calendar,
			RedirectAttributes redirect) {
		if (!this.calendars.remove(member.id(), id(calendar))) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		redirect.addFlashAttribute(NOTICE, Notice.success("calendars.removed"));
		return BACK;
	}

	/** The calendar's id; a path that is none is simply not found. */
	private static UUID id(String text) {
		return parse(text).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static Optional<UUID> parse(String text) {
		try {
			return (text.length() == 36) ? Optional.of(UUID.fromString(text)) : Optional.empty();
		}
		catch (IllegalArgumentException malformed) {
			return Optional.empty();
		}
	}

}
