package id.ngupi.web.rounds;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import id.ngupi.booking.OpenSlot;
import id.ngupi.booking.OpenSlots;
import id.ngupi.hosting.HostDirectory;
import id.ngupi.hosting.HostProfile;
import id.ngupi.hosting.Offering;
import id.ngupi.hosting.OfferingId;
import id.ngupi.identity.Account;
import id.ngupi.identity.AccountId;
import id.ngupi.identity.Accounts;
import id.ngupi.identity.Provider;
import id.ngupi.rounds.Applicant;
import id.ngupi.rounds.Application;
import id.ngupi.rounds.DrawEntry;
import id.ngupi.rounds.Picking;
import id.ngupi.rounds.Round;
import id.ngupi.rounds.RoundId;
import id.ngupi.rounds.RoundPhase;
import id.ngupi.rounds.RoundTime;
import id.ngupi.rounds.Rounds;
import id.ngupi.web.i18n.SupportedLanguage;
import id.ngupi.web.rounds.HostRoundPage.ApplicantView;
import id.ngupi.web.rounds.HostRoundPage.OutcomeRow;
import id.ngupi.web.support.FormErrors;
import id.ngupi.web.support.Initials;
import id.ngupi.web.support.Instants;
import id.ngupi.web.support.Links;
import id.ngupi.web.support.Notice;
import id.ngupi.web.support.SelectOption;
import id.ngupi.web.support.SiteUrl;
import id.ngupi.web.time.TimeFormat;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The host's round pages, read from the rounds, booking, hosting and identity facades and
 * written in the zone of the host's schedule (the zone their times are offered in) and
 * the viewer's language.
 */
@Component
class HostRoundViews {

	/** How far ahead the form offers times: the next three weeks. */
	static final int WEEKS = 3;

	private final Rounds rounds;

	private final OpenSlots openSlots;

	private final HostDirectory directory;

	private final Accounts accounts;

	private final SiteUrl site;

	private final MessageSource messages;

	private final Clock clock;

	HostRoundViews(Rounds rounds, OpenSlots openSlots, HostDirectory directory, Accounts accounts, SiteUrl site,
			MessageSource messages, Clock clock) {
		this.rounds = rounds;
		this.openSlots = openSlots;
		this.directory = directory;
		this.accounts = accounts;
		this.site = site;
		this.messages = messages;
		this.clock = clock;
	}

	/** Times as the host reads them on these pages. */
	static TimeFormat times(HostProfile host, Locale locale) {
		return new TimeFormat(host.timezone(), SupportedLanguage.resolve(locale).locale());
	}

	/** The host's active session types, which a round may be opened of. */
	List<Offering> activeOfferings(HostProfile host) {
		return this.directory.offerings(host.account()).stream().filter(Offering::active).toList();
	}

	HostRoundsPage list(HostProfile host, Locale locale, Notice notice) {
		TimeFormat times = times(host, locale);
		Map<OfferingId, String> titles = titles(host);
		Instant now = this.clock.instant();
		List<Round> hosted = this.rounds.ofHost(host.account());
		Map<RoundId, Integer> applied = this.rounds.applicants(hosted);
		List<HostRoundsPage.Row> rows = hosted.stream()
			.map(round -> new HostRoundsPage.Row(Links.hostingRound(round.id()),
					titles.getOrDefault(round.offering(), ""), phaseKey(round.phase(now)), phaseClass(round.phase(now)),
					window(round, times), spans(round.times(), times),
					round.phase(now).closed() ? applied.getOrDefault(round.id(), 0) : null))
			.toList();
		return new HostRoundsPage(rows, !activeOfferings(host).isEmpty(), notice);
	}

	/**
	 * The form; with a session type chosen, its open times of the next weeks by day.
	 */
	HostRoundFormPage form(HostProfile host, Optional<Offering> chosen, HostRoundForm form, FormErrors errors,
			Locale locale) {
		TimeFormat times = times(host, locale);
		Instant now = this.clock.instant();
		List<SelectOption> options = activeOfferings(host).stream()
			.map(offering -> SelectOption.of(offering.id().toString(), offering.title()))
			.toList();
		if (chosen.isEmpty()) {
			return new HostRoundFormPage(options, null, null, List.of(), form, errors, times.zoneLabel(now), 0, null,
					WEEKS);
		}
		Offering offering = chosen.get();
		Instant until = now.plus(Duration.ofDays(7L * WEEKS));
		// the ticked times stay in the form even when they are no longer open, so that
		// a refused form keeps what the host chose and the message names it
		Map<Instant, HostRoundFormPage.Time> shown = new TreeMap<>();
		for (OpenSlot slot : this.openSlots.of(offering.id())) {
			if (!slot.start().isBefore(until)) {
				break;
			}
			String value = slot.start().toString();
			shown.put(slot.start(),
					new HostRoundFormPage.Time(value, clock(slot.start(), slot.end(), times), form.ticked(value)));
		}
		for (String value : form.times()) {
			Instants.parse(value)
				.filter(start -> !shown.containsKey(start))
				.ifPresent(start -> shown.put(start,
						new HostRoundFormPage.Time(value, clock(start, start.plus(offering.duration()), times), true)));
		}
		Map<LocalDate, List<HostRoundFormPage.Time>> byDay = new LinkedHashMap<>();
		shown.forEach((start, time) -> byDay.computeIfAbsent(times.date(start), day -> new ArrayList<>()).add(time));
		List<HostRoundFormPage.Day> days = byDay.entrySet()
			.stream()
			.map(day -> new HostRoundFormPage.Day(times.day(day.getKey()), "day-" + day.getKey(), day.getValue()))
			.toList();
		String latest = firstTicked(form).map(first -> times.dateTime(first.minus(offering.minNotice()))).orElse(null);
		return new HostRoundFormPage(options, offering.id().toString(), offering.title(), days, form, errors,
				times.zoneLabel(now), offering.minNotice().toHours(), latest, WEEKS);
	}

	HostRoundPage round(HostProfile host, Round round, Locale locale, String reason, FormErrors errors,
			Map<String, String> typedOrder, Notice notice) {
		TimeFormat times = times(host, locale);
		Instant now = this.clock.instant();
		RoundPhase phase = round.phase(now);
		String language = SupportedLanguage.resolve(locale).code();
		Map<String, String> topicNames = host.topics()
			.stream()
			.collect(Collectors.toMap(topic -> topic.slug().value(), topic -> topic.name(language), (a, b) -> a));
		List<Applicant> applicants = this.rounds.applicantsFor(host.account(), round.id());
		Map<AccountId, Account> members = this.accounts
			.findAll(applicants.stream().map(applicant -> applicant.application().member()).toList());
		Map<String, String> namesByTicket = new HashMap<>();
		List<ApplicantView> views = new ArrayList<>();
		for (Applicant applicant : applicants) {
			Application application = applicant.application();
			Account member = members.get(application.member());
			String name = (member != null) ? member.displayName() : text("hosting.round.applicant.gone", locale);
			namesByTicket.put(application.ticket(), name);
			views.add(new ApplicantView(application.id().toString(), application.ticket(), name,
					(member != null) ? member.handle().value() : null,
					(member != null) ? Links.profile(member.handle().value()) : null,
					(member != null) ? member.avatarUrl() : null, Initials.of(name),
					application.topics()
						.stream()
						.map(slug -> topicNames.getOrDefault(slug.value(), slug.value()))
						.toList(),
					application.answer(), application.ranked().stream().map(times::dateTime).toList(),
					applicant.past().withHost(), applicant.past().withAnyone(),
					applicant.noShows().sessions().stream().map(times::fullDate).toList(),
					application.pickedRank().isPresent() ? String.valueOf(application.pickedRank().getAsInt()) : "",
					times.dateTime(application.applied())));
		}
		List<OutcomeRow> outcome = this.rounds.draw(round.id())
			.map(record -> record.entries()
				.stream()
				.map(entry -> new OutcomeRow(entry.position(), entry.ticket(),
						namesByTicket.getOrDefault(entry.ticket(), entry.ticket()), outcomeKey(entry.outcome()),
						entry.start().map(times::dateTime).orElse(null)))
				.toList())
			.orElse(List.of());
		String title = titles(host).getOrDefault(round.offering(), "");
		boolean taking = !phase.closed();
		return new HostRoundPage(round.id().toString(), title, phaseKey(phase), phaseClass(phase),
				"hosting.round.next." + phase.name().toLowerCase(Locale.ROOT), round.picking() == Picking.HOST,
				round.firstTimersOverall(), times.dateTime(round.opensAt()), times.dateTime(round.closesAt()),
				(round.picking() == Picking.HOST) ? times.dateTime(round.pickBy()) : null, spans(round.times(), times),
				Links.round(round.id()), taking ? shareOnX(host, round, times, locale) : null, views,
				round.times().size(), round.awaitingPick(now), phase.open(), outcome, round.cancelReason().orElse(null),
				reason, errors, typedOrder, notice);
	}

	/**
	 * A post on X announcing the round: the host's X name when they log in with X (so
	 * that the post names them there), else their name on Ngupi.
	 */
	private String shareOnX(HostProfile host, Round round, TimeFormat times, Locale locale) {
		Optional<String> onX = this.accounts.find(host.account())
			.flatMap(account -> account.identities()
				.stream()
				.filter(identity -> identity.provider() == Provider.TWITTER && identity.username() != null)
				.map(Account.LinkedIdentity::username)
				.findFirst());
		String closes = times.dateTime(round.closesAt());
		int count = round.times().size();
		String text = onX.map(username -> text("hosting.round.share.text", locale, count, "@" + username, closes))
			.orElseGet(() -> text("hosting.round.share.text", locale, count, host.displayName(), closes));
		return Links.shareOnX(text, this.site.absolute(Links.round(round.id())));
	}

	private Map<OfferingId, String> titles(HostProfile host) {
		return this.directory.offerings(host.account())
			.stream()
			.collect(Collectors.toMap(Offering::id, Offering::title, (a, b) -> a));
	}

	private String text(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, key, locale);
	}

	/** The first ticked time that is one. */
	static Optional<Instant> firstTicked(HostRoundForm form) {
		return form.times().stream().map(Instants::parse).flatMap(Optional::stream).min(Instant::compareTo);
	}

	static String window(Round round, TimeFormat times) {
		return times.dateTime(round.opensAt()) + " – " + times.dateTime(round.closesAt());
	}

	/** Each time as {@code Sen, 7 Des 19.00–19.30 WIB}. */
	static List<String> spans(List<RoundTime> roundTimes, TimeFormat times) {
		return roundTimes.stream()
			.map(time -> times.day(times.date(time.start())) + " " + clock(time.start(), time.end(), times) + " "
					+ times.zoneName(time.start()))
			.toList();
	}

	/** {@code 19.00–19.30}. */
	private static String clock(Instant start, Instant end, TimeFormat times) {
		var format = TimeFormat.clockFormat(times.locale());
		return format.format(start.atZone(times.zone())) + "–" + format.format(end.atZone(times.zone()));
	}

	static String phaseKey(RoundPhase phase) {
		return "hosting.round.phase." + phase.name().toLowerCase(Locale.ROOT);
	}

	private static String phaseClass(RoundPhase phase) {
		return !phase.open() ? "badge badge--muted" : phase.closed() ? "badge" : "badge badge--success";
	}

	private static String outcomeKey(DrawEntry.Outcome outcome) {
		return switch (outcome) {
			case WON -> "hosting.round.outcome.won";
			case SKIPPED -> "hosting.round.outcome.skipped";
			case NOT_CHOSEN -> "hosting.round.outcome.notChosen";
		};
	}

}
