package id.ngupi.web.discovery;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import id.ngupi.hosting.DiscoveryPage;
import id.ngupi.hosting.HostCard;
import id.ngupi.hosting.HostDirectory;
import id.ngupi.hosting.Topic;
import id.ngupi.hosting.TopicSlug;
import id.ngupi.identity.AccountId;
import id.ngupi.web.i18n.Localizer;
import id.ngupi.web.i18n.SupportedLanguage;
import id.ngupi.web.rounds.PublicRounds;
import id.ngupi.web.rounds.RoundBadge;
import id.ngupi.web.support.Links;
import id.ngupi.web.time.TimeFormat;
import id.ngupi.web.time.ViewerZone;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The discovery page at {@code /} (which is also the front page) and each topic's page at
 * {@code /topics/{slug}}. Same URL, two renderings: the whole page, or for htmx only the
 * results fragment, whose URL htmx puts in the address bar. Each costs the three
 * statements of {@link HostDirectory#discover} (a topic's page one more, for the topic),
 * and one for the rounds of the hosts listed, whose cards announce a round taking
 * applications.
 */
@Controller
class DiscoveryController {

	static final String RESULTS = "discovery/results";

	private final HostDirectory directory;

	private final MessageSource messages;

	private final Clock clock;

	private final PublicRounds rounds;

	DiscoveryController(HostDirectory directory, MessageSource messages, Clock clock, PublicRounds rounds) {
		this.rounds = rounds;
		this.directory = directory;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping(Links.HOME)
	String discover(DiscoveryParameters parameters,
			@RequestParam(name = "account-deleted", required = false) String accountDeleted, HtmxRequest htmx,
			ViewerZone viewer, Locale locale, Model model, HttpServletResponse response) {
		TimeFormat times = TimeFormat.of(viewer, locale);
		DiscoveryPage found = this.directory.discover(parameters.query());
		DiscoveryResults results = DiscoveryResults.discovery(found, rounds(found, times), times,
				new Localizer(this.messages, locale));
		model.addAttribute("results", results);
		if (wantsResultsOnly(htmx, response, results)) {
			return RESULTS;
		}
		model.addAttribute("form", form(Links.HOME, times, locale));
		model.addAttribute("accountDeleted", accountDeleted != null);
		return "pages/discover";
	}

	@GetMapping("/topics/{slug}")
	String topic(@PathVariable String slug, DiscoveryParameters parameters, HtmxRequest htmx, ViewerZone viewer,
			Locale locale, Model model, HttpServletResponse response) {
		Topic topic = Optional.of(slug)
			.filter(TopicSlug::isWellFormed)
			.flatMap(wellFormed -> this.directory.topic(new TopicSlug(wellFormed)))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		String path = Links.topic(slug);
		TimeFormat times = TimeFormat.of(viewer, locale);
		DiscoveryPage found = this.directory.discover(parameters.query(slug));
		DiscoveryResults results = DiscoveryResults.topic(path, found, rounds(found, times), times,
				new Localizer(this.messages, locale));
		model.addAttribute("results", results);
		if (wantsResultsOnly(htmx, response, results)) {
			return RESULTS;
		}
		model.addAttribute("form", form(path, times, locale));
		model.addAttribute("topicName", topic.name(SupportedLanguage.resolve(locale).code()));
		return "pages/topic";
	}

	/**
	 * Whether htmx asked for the results alone (not to restore a page from history, which
	 * needs the whole page); then the address bar gets the search's tidy URL.
	 */
	private static boolean wantsResultsOnly(HtmxRequest htmx, HttpServletResponse response, DiscoveryResults results) {
		// one URL, two answers: caches must keep them apart
		response.setHeader(HttpHeaders.VARY, "HX-Request");
		if (!htmx.isHtmxRequest() || htmx.isHistoryRestoreRequest()) {
			return false;
		}
		response.setHeader("HX-Push-Url", results.href());
		return true;
	}

	/** The listed hosts' rounds taking applications: one statement for all of them. */
	private Map<AccountId, RoundBadge> rounds(DiscoveryPage found, TimeFormat times) {
		return this.rounds.applying(found.hosts().stream().map(HostCard::account).toList(), times);
	}

	private DiscoveryForm form(String action, TimeFormat times, Locale locale) {
		return new DiscoveryForm(action, LanguageNames.choices(new Localizer(this.messages, locale)),
				times.zoneLabel(this.clock.instant()));
	}

}
