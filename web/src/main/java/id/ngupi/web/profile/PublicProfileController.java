package id.ngupi.web.profile;

import java.util.Locale;

import id.ngupi.identity.Account;
import id.ngupi.identity.Accounts;
import id.ngupi.web.calendar.WaitlistBoxes;
import id.ngupi.web.discovery.HostPages;
import id.ngupi.web.discovery.KeptProfiles;
import id.ngupi.web.discovery.HostSection;
import id.ngupi.web.rounds.PublicRounds;
import id.ngupi.web.security.CurrentMemberFilter;
import id.ngupi.web.time.TimeFormat;
import id.ngupi.web.time.ViewerZone;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.server.ResponseStatusException;

/**
 * A member's public page at {@code /@handle}, open to visitors: their sessions and the
 * insights they chose to share; for a host also their hosting: offerings and next times
 * (or, when every time is taken, the waitlist), ratings and testimonials, and first of
 * all their round taking applications, if they opened one. The handle is found whatever
 * its case; an unknown handle, a suspended account and a host whose page a moderator hid
 * are all simply not found.
 */
@Controller
class PublicProfileController {

	/**
	 * One path segment: "@" followed by the handle. No other mapping of the site starts
	 * with "@", and a handle never contains "/" or ".", so nothing else can match.
	 */
	static final String PATH = "/@{handle}";

	private final Accounts accounts;

	private final HostPages hostPages;

	private final WaitlistBoxes waitlists;

	private final TrackRecords records;

	private final KeptProfiles profiles;

	private final PublicRounds rounds;

	PublicProfileController(Accounts accounts, HostPages hostPages, WaitlistBoxes waitlists, TrackRecords records,
			KeptProfiles profiles, PublicRounds rounds) {
		this.rounds = rounds;
		this.profiles = profiles;
		this.records = records;
		this.accounts = accounts;
		this.hostPages = hostPages;
		this.waitlists = waitlists;
	}

	@GetMapping(PATH)
	String profile(@PathVariable String handle,
			@RequestAttribute(name = CurrentMemberFilter.ATTRIBUTE, required = false) Account viewer, ViewerZone zone,
			Locale locale, Model model) {
		Account member = this.profiles.account(handle, () -> this.accounts.findByHandle(handle))
			.filter(account -> !account.suspended())
			.filter(account -> !this.hostPages.hiddenHost(account))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("profile", PublicProfile.of(member, viewer, zone.zone(), locale));
		HostSection host = this.hostPages.section(member, viewer, zone, locale).orElse(null);
		model.addAttribute("host", host);
		model.addAttribute("record", this.records.of(member, host != null, TimeFormat.of(zone, locale), locale));
		if (host != null) {
			// the round taking applications comes first on the host's page
			model.addAttribute("round", this.rounds.applying(member.id(), TimeFormat.of(zone, locale)).orElse(null));
		}
		if (host != null && host.fullyBooked()) {
			model.addAttribute("waitlist", this.waitlists.forHost(viewer, member).orElse(null));
		}
		return "pages/profile";
	}

}
