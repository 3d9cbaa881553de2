package id.ngupi.web.hosting;

import id.ngupi.hosting.Hosting;
import id.ngupi.identity.Account;
import id.ngupi.web.security.CurrentMemberFilter;
import id.ngupi.web.support.Links;
import id.ngupi.web.support.Notice;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A host turns a room of its own for every session on or off: with it, each confirmed
 * session gets an unguessable room instead of the host's fixed link, and the host needs
 * no link to be booked. Always the logged-in host's own setting.
 */
@Controller
class MeetingRoomsController {

	private final Hosting hosting;

	MeetingRoomsController(Hosting hosting) {
		this.hosting = hosting;
	}

	@PostMapping(Links.SETTINGS_HOSTING_ROOMS)
	String set(@RequestAttribute(CurrentMemberFilter.ATTRIBUTE) Account member,
			@RequestParam(defaultValue = "false") boolean rooms, RedirectAttributes redirect) {
		this.hosting.meetInRooms(member.id(), rooms);
		redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.success(rooms ? "rooms.turnedOn" : "rooms.turnedOff"));
		return "redirect:" + Links.SETTINGS_HOSTING + "#rooms";
	}

}
