package id.ngupi.web.calendar;

import java.util.Locale;

import id.ngupi.booking.CalendarFeeds;
import id.ngupi.identity.Account;
import id.ngupi.web.security.CurrentMemberFilter;
import id.ngupi.web.support.Links;
import id.ngupi.web.support.SiteUrl;
import id.ngupi.web.support.Notice;
import id.ngupi.web.time.TimeFormat;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A member's private calendar feed: making it, making a new URL (which ends the old one)
 * and stopping it. The new URL is shown in the answer to the POST itself rather than
 * after a redirect: a flash attribute would put the secret into the session store, and
 * only its hash is ever to be kept.
 */
@Controller
class CalendarSettingsController {

	private final CalendarFeeds feeds;

	private final SiteUrl site;

	CalendarSettingsController(CalendarFeeds feeds, SiteUrl site) {
		this.feeds = feeds;
		this.site = site;
	}

	@GetMapping(Links.SETTINGS_CALENDAR)
	String show(@RequestAttribute(CurrentMemberFilter.ATTRIBUTE) Account member, Locale locale, Model model) {
		Notice notice = Notice.flashed(model);
		return render(member, null, notice, locale, model);
	}

	@PostMapping(Links.SETTINGS_CALENDAR_RENEW)
	String renew(@RequestAttribute(CurrentMemberFilter.ATTRIBUTE) Account member, Locale locale, Model model,
			HttpServletResponse response) {
		String token = this.feeds.renew(member.id());
		response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
		return render(member, this.site.absolute(Links.calendarFeed(token)), Notice.success("calendar.feed.made"),
				locale, model);
	}

	@PostMapping(Links.SETTINGS_CALENDAR_STOP)
	String stop(@RequestAttribute(CurrentMemberFilter.ATTRIBUTE) Account member, RedirectAttributes redirect) {
		this.feeds.stop(member.id());
		redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.success("calendar.feed.stopped"));
		return "redirect:" + Links.SETTINGS_CALENDAR;
	}

	private String render(Account member, String freshUrl, Notice notice, Locale locale, Model model) {
		TimeFormat times = new TimeFormat(member.timezone(), locale);
		String since = this.feeds.since(member.id()).map(times::dateTime).orElse(null);
		model.addAttribute("calendar", new CalendarSettingsPage(since != null, since, freshUrl, notice));
		return "pages/calendarSettings";
	}

}
