package id.ngupi.web.rounds;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import id.ngupi.booking.Booking;
import id.ngupi.hosting.HostDirectory;
import id.ngupi.hosting.HostProfile;
import id.ngupi.hosting.Offering;
import id.ngupi.hosting.TopicSlug;
import id.ngupi.identity.Account;
import id.ngupi.rounds.Application;
import id.ngupi.rounds.DrawRecord;
import id.ngupi.rounds.Picking;
import id.ngupi.rounds.Round;
import id.ngupi.rounds.RoundId;
import id.ngupi.rounds.RoundTime;
import id.ngupi.rounds.Rounds;
import id.ngupi.web.discovery.Slot;
import id.ngupi.web.hosting.Choice;
import id.ngupi.web.i18n.Localizer;
import id.ngupi.web.i18n.SupportedLanguage;
import id.ngupi.web.layout.PageMeta;
import id.ngupi.web.support.FormErrors;
import id.ngupi.web.support.Initials;
import id.ngupi.web.support.Links;
import id.ngupi.web.support.SelectOption;
import id.ngupi.web.support.SiteUrl;
import id.ngupi.web.time.TimeFormat;
import id.ngupi.web.time.ViewerZone;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What a round's public pages show: the round's page, its card (for link previews and the
 * picture drawn for them) and the page of how it was decided. A round of a suspended
 * host, or whose offering is gone, is not found.
 */
@Component
class RoundPages {

	/** Link previews are read by everyone: they speak Indonesian, in the host's zone. */
	static final Locale CARD_LOCALE = SupportedLanguage.INDONESIAN.locale();

	private final Rounds rounds;

	private final HostDirectory directory;

	private final MessageSource messages;

	private final SiteUrl site;

	private final Clock clock;

	RoundPages(Rounds rounds, HostDirectory directory, MessageSource messages, SiteUrl site, Clock clock) {
		this.rounds = rounds;
		this.directory = directory;
		this.messages = messages;
		this.site = site;
		this.clock = clock;
	}

	/** The round of the link, with its host and offering; empty for anything else. */
	Optional<Target> find(String id) {
		return RoundId.parse(id)
			.flatMap(this.rounds::find)
			.flatMap(round -> this.directory.find(round.host())
				.filter(host -> !host.hiddenFromVisitors())
				.flatMap(host -> this.directory.offering(round.offering())
					.map(offering -> new Target(round, host, offering))));
	}

	/** The round's page for the viewer (a visitor: {@code null}). */
	RoundPage page(Target target, Account viewer, RoundForm typed, FormErrors errors, ViewerZone zone, Locale locale) {
		Round round = target.round();
		HostProfile host = target.host();
		Instant now = this.clock.instant();
		TimeFormat times = TimeFormat.of(zone, locale);
		Localizer i18n = new Localizer(this.messages, locale);
		boolean open = PublicRounds.applying(round, now);
		boolean own = viewer != null && viewer.id().equals(round.host());
		Optional<Application> application = (viewer == null || own) ? Optional.empty()
				: this.rounds.applicationOf(viewer.id(), round.id());
		RoundPage.Mine mine = application.map(found -> mine(target, found, open, times, i18n)).orElse(null);
		RoundPage.Form form = null;
		if (viewer != null && !own && open) {
			RoundForm shown = (typed != null) ? typed : application.map(RoundPages::asTyped).orElse(RoundForm.fresh());
			form = form(target, shown, errors, application.isPresent(), times, i18n);
		}
		RoundPage.Result result = application.filter(found -> round.settled().isPresent())
			.flatMap(found -> result(target, viewer, found, times))
			.orElse(null);
		RoundPage.Viewer seen = new RoundPage.Viewer(viewer != null, Links.login(RoundLinks.page(round.id())), own,
				own ? Links.hostingRound(round.id()) : null, mine, form, result);
		boolean upcoming = now.isBefore(round.opensAt()) && !round.phase(now).closed();
		RoundPage.Window window = new RoundPage.Window(upcoming ? times.dateTime(round.opensAt()) : null,
				round.opensAt().toString(), times.dateTime(round.closesAt()), round.closesAt().toString(), open);
		RoundPage.Picking picking = new RoundPage.Picking(round.picking() == Picking.DRAW, round.firstTimersOverall(),
				(round.picking() == Picking.HOST) ? times.dateTime(round.pickBy()) : null, round.seedHash());
		List<Slot> slots = round.times()
			.stream()
			.map(time -> Slot.alone(time.start(), times, host.timezone(), null))
			.toList();
		Card card = card(target);
		return new RoundPage(host(host), target.offering().title(), target.offering().duration().toMinutes(), slots,
				times.zoneLabel(now), window, picking,
				"rounds.phase." + round.phase(now).name().toLowerCase(Locale.ROOT),
				this.rounds.applicants(round).orElse(null), round.cancelReason().orElse(null), seen,
				RoundLinks.draw(round.id()),
				Links.shareOnX(card.title() + " · " + card.description(),
						this.site.absolute(RoundLinks.page(round.id()))),
				new PageMeta(card.title(), card.description(), this.site.absolute(RoundLinks.page(round.id())),
						"website", this.site.absolute(RoundLinks.card(round.id())), PageMeta.LARGE_IMAGE));
	}

	/**
	 * What the round's card says, in Indonesian and the host's zone: "3 sesi Ngupi
	 * bareng @handle", "daftar sampai Jum, 11 Des 20.00 WIB".
	 */
	Card card(Target target) {
		Round round = target.round();
		TimeFormat hosts = new TimeFormat(target.host().timezone(), CARD_LOCALE);
		String title = this.messages.getMessage("rounds.card.title",
				new Object[] { round.times().size(), target.host().handle() }, CARD_LOCALE);
		boolean closed = round.phase(this.clock.instant()).closed();
		String description = this.messages.getMessage(closed ? "rounds.card.closed" : "rounds.card.closes",
				new Object[] { hosts.dateTime(round.closesAt()) }, CARD_LOCALE);
		return new Card(title, description, target.host().displayName(), target.offering().title());
	}

	/** How the round was decided, for anyone; the viewer's own ticket marked. */
	RoundDrawPage drawPage(Target target, Account viewer, ViewerZone zone, Locale locale) {
		Round round = target.round();
		TimeFormat times = TimeFormat.of(zone, locale);
		Optional<DrawRecord> record = this.rounds.draw(round.id());
		String ticket = (viewer == null) ? null
				: this.rounds.applicationOf(viewer.id(), round.id()).map(Application::ticket).orElse(null);
		boolean drawn = record.isPresent() && round.settledBy().filter(by -> by == Picking.DRAW).isPresent();
		List<RoundDrawPage.Entry> entries = record.map(DrawRecord::entries)
			.orElse(List.of())
			.stream()
			.map(entry -> new RoundDrawPage.Entry(entry.position(), entry.ticket(),
					"rounds.draw.priority." + entry.priority(), entry.sortKey(), shorten(entry.sortKey()),
					"rounds.draw.outcome." + entry.outcome().code(),
					entry.start().map(start -> Slot.alone(start, times, target.host().timezone(), null)).orElse(null),
					entry.ticket().equals(ticket)))
			.toList();
		String seed = round.seed().orElse(null);
		return new RoundDrawPage(host(target.host()), target.offering().title(), RoundLinks.page(round.id()),
				record.isPresent(), round.cancelled(), drawn, round.picking() == Picking.DRAW,
				round.firstTimersOverall(), round.seedHash(), seed,
				record.flatMap(found -> found.round().settled()).map(times::dateTime).orElse(null),
				times.dateTime(round.closesAt()), entries, ticket, times.zoneLabel(this.clock.instant()),
				new PageMeta(
						this.messages.getMessage("rounds.draw.meta", new Object[] { target.host().handle() },
								CARD_LOCALE),
						card(target).title(), this.site.absolute(RoundLinks.draw(round.id())), "website", null));
	}

	/** The first twelve characters of a long hex value, for a narrow screen. */
	static String shorten(String hex) {
		return (hex != null && hex.length() > 12) ? hex.substring(0, 12) + "…" : hex;
	}

	private static RoundPage.Host host(HostProfile host) {
		return new RoundPage.Host(host.displayName(), host.handle(), host.avatarUrl(), Initials.of(host.displayName()),
				host.headline(), Links.profile(host.handle()));
	}

	private static RoundForm asTyped(Application application) {
		return new RoundForm(application.topics().stream().map(TopicSlug::value).toList(), application.answer(),
				application.ranked().stream().map(Instant::toString).toList(), application.anyTime());
	}

	private RoundPage.Mine mine(Target target, Application application, boolean open, TimeFormat times,
			Localizer i18n) {
		String language = i18n.language().code();
		Map<String, String> names = target.host()
			.topics()
			.stream()
			.collect(Collectors.toMap(topic -> topic.slug().value(), topic -> topic.name(language), (a, b) -> a));
		return new RoundPage.Mine(application.ticket(),
				application.topics().stream().map(slug -> names.getOrDefault(slug.value(), slug.value())).toList(),
				application.answer(),
				application.ranked()
					.stream()
					.map(start -> Slot.alone(start, times, target.host().timezone(), null))
					.toList(),
				open ? RoundLinks.withdraw(target.round().id()) : null);
	}

	private static RoundPage.Form form(Target target, RoundForm typed, FormErrors errors, boolean editing,
			TimeFormat times, Localizer i18n) {
		String language = i18n.language().code();
		List<Choice> topics = target.host()
			.topics()
			.stream()
			.map(topic -> new Choice(topic.slug().value(), topic.name(language), typed.picked(topic.slug().value())))
			.toList();
		List<SelectOption> options = new ArrayList<>();
		options.add(SelectOption.of("", i18n.text("rounds.form.rank.none")));
		for (RoundTime time : target.round().times()) {
			options.add(SelectOption.of(time.start().toString(), times.dateTime(time.start())));
		}
		List<RoundPage.Rank> ranks = new ArrayList<>();
		for (int index = 0; index < target.round().times().size(); index++) {
			ranks.add(new RoundPage.Rank("ranked-" + (index + 1), index + 1, typed.rank(index), options));
		}
		return new RoundPage.Form(RoundLinks.apply(target.round().id()), editing, topics, target.offering().question(),
				(typed.answer() != null) ? typed.answer() : "", ranks, typed.any(), errors);
	}

	/** What became of the member's application to the settled round. */
	private Optional<RoundPage.Result> result(Target target, Account viewer, Application application,
			TimeFormat times) {
		Round round = target.round();
		return this.rounds.resultOf(viewer.id(), round.id()).map(entry -> {
			boolean won = entry.won() && entry.start().isPresent();
			if (!won) {
				return new RoundPage.Result(false, null, null, Links.waitlistJoin(target.host().handle()));
			}
			Instant start = entry.start().get();
			String session = entry.booking().map(Links::session).orElse(null);
			return new RoundPage.Result(true, Slot.alone(start, times, target.host().timezone(), null), session, null);
		});
	}

	/**
	 * A round with what its pages show of its host and offering.
	 *
	 * @param round the round
	 * @param host the host's profile
	 * @param offering the offering its sessions are
	 */
	record Target(Round round, HostProfile host, Offering offering) {
	}

	/**
	 * What the round's card says.
	 *
	 * @param title "3 sesi Ngupi bareng @handle"
	 * @param description "daftar sampai Jum, 11 Des 20.00 WIB"
	 * @param hostName the host's name
	 * @param offering the offering's title
	 */
	record Card(String title, String description, String hostName, String offering) {
	}

}
