package id.ngupi.web.calendar;

import id.ngupi.booking.Waitlist;
import id.ngupi.booking.Waitlist.JoinOutcome;
import id.ngupi.hosting.HostDirectory;
import id.ngupi.hosting.HostProfile;
import id.ngupi.identity.Account;
import id.ngupi.identity.Accounts;
import id.ngupi.web.security.CurrentMemberFilter;
import id.ngupi.web.support.Links;
import id.ngupi.web.support.Notice;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Joining and leaving a host's waitlist from the host's page. A plain form goes back to
 * the page with a notice; htmx gets the waitlist box alone, with the notice in it. A
 * visitor is sent to log in first, and comes back to the host's page.
 */
@Controller
class WaitlistController {

	private final Waitlist waitlist;

	private final WaitlistBoxes boxes;

	private final Accounts accounts;

	private final HostDirectory directory;

	WaitlistController(Waitlist waitlist, WaitlistBoxes boxes, Accounts accounts, HostDirectory directory) {
		this.directory = directory;
		this.waitlist = waitlist;
		this.boxes = boxes;
		this.accounts = accounts;
	}

	@PostMapping(Links.WAITLIST_JOIN)
	String join(@PathVariable String handle,
			@RequestAttribute(name = CurrentMemberFilter.ATTRIBUTE, required = false) Account member,
			RedirectAttributes redirect) {
		Account host = host(handle);
		if (member == null) {
			return "redirect:" + Links.login(Links.profile(host.handle().value()));
		}
		flash(redirect, notice(this.waitlist.join(member.id(), host.id()), host));
		return "redirect:" + Links.profile(host.handle().value());
	}

	/**
	 * Joined, htmx swaps the box; refused (the host has time after all), the whole page
	 * is loaded again to show it.
	 */
	@HxRequest
	@PostMapping(Links.WAITLIST_JOIN)
	String joinFragment(@PathVariable String handle,
			@RequestAttribute(name = CurrentMemberFilter.ATTRIBUTE, required = false) Account member, Model model,
			RedirectAttributes redirect) {
		Account host = host(handle);
		if (member == null) {
			return "redirect:htmx:" + Links.login(Links.profile(host.handle().value()));
		}
		JoinOutcome outcome = this.waitlist.join(member.id(), host.id());
		if (outcome == JoinOutcome.JOINED) {
			return fragment(member, host, notice(outcome, host), model);
		}
		flash(redirect, notice(outcome, host));
		return "redirect:htmx:" + Links.profile(host.handle().value());
	}

	@PostMapping(Links.WAITLIST_LEAVE)
	String leave(@PathVariable String handle,
			@RequestAttribute(name = CurrentMemberFilter.ATTRIBUTE, required = false) Account member,
			RedirectAttributes redirect) {
		Account host = host(handle);
		if (member == null) {
			return "redirect:" + Links.login(Links.profile(host.handle().value()));
		}
		this.waitlist.leave(member.id(), host.id());
		redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.success("waitlist.left", host.displayName()));
		return "redirect:" + Links.profile(host.handle().value());
	}

	@HxRequest
	@PostMapping(Links.WAITLIST_LEAVE)
	String leaveFragment(@PathVariable String handle,
			@RequestAttribute(name = CurrentMemberFilter.ATTRIBUTE, required = false) Account member, Model model) {
		Account host = host(handle);
		if (member == null) {
			return "redirect:htmx:" + Links.login(Links.profile(host.handle().value()));
		}
		this.waitlist.leave(member.id(), host.id());
		return fragment(member, host, Notice.success("waitlist.left", host.displayName()), model);
	}

	private static void flash(RedirectAttributes redirect, Notice notice) {
		if (notice != null) {
			redirect.addFlashAttribute(Notice.ATTRIBUTE, notice);
		}
	}

	/** The box alone; on the host's own page, which has none, the page itself again. */
	private String fragment(Account member, Account host, Notice notice, Model model) {
		return this.boxes.forHost(member, host).map(box -> {
			model.addAttribute("waitlist", box.with(notice));
			return "calendar/waitlist";
		}).orElse("redirect:htmx:" + Links.profile(host.handle().value()));
	}

	/**
	 * The member whose page it is; an unknown handle, a suspended account and a host
	 * whose page a moderator hid are not found, as their page is not.
	 */
	private Account host(String handle) {
		return this.accounts.findByHandle(handle)
			.filter(account -> !account.suspended())
			.filter(account -> this.directory.find(account.id()).filter(HostProfile::hiddenFromVisitors).isEmpty())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static Notice notice(JoinOutcome outcome, Account host) {
		return switch (outcome) {
			case JOINED -> Notice.success("waitlist.joined", host.displayName());
			case TIMES_OPEN -> Notice.failure("waitlist.timesOpen", host.displayName());
			case NOT_HOSTING -> Notice.failure("waitlist.notHosting", host.displayName());
			case OWN_HOST -> null;
		};
	}

}
