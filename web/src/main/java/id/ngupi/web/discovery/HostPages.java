package id.ngupi.web.discovery;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import id.ngupi.booking.OpenSlot;
import id.ngupi.booking.OpenSlots;
import id.ngupi.hosting.HostDirectory;
import id.ngupi.hosting.HostProfile;
import id.ngupi.hosting.Offering;
import id.ngupi.hosting.OfferingId;
import id.ngupi.identity.Account;
import id.ngupi.web.i18n.Localizer;
import id.ngupi.web.i18n.SupportedLanguage;
import id.ngupi.web.layout.PageMeta;
import id.ngupi.web.support.Initials;
import id.ngupi.web.support.Links;
import id.ngupi.web.support.SiteUrl;
import id.ngupi.web.time.TimeFormat;
import id.ngupi.web.time.ViewerZone;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What a host's pages show about their hosting: the section of {@code /@handle} and the
 * page of each offering. A suspended account never gets here (its pages are not found); a
 * paused host's pages say so and show no time.
 */
@Component
public class HostPages {

	/** How many next times each offering shows on the host's page. */
	static final int NEXT_TIMES = 6;

	/** The most times an offering's page lists. */
	static final int ALL_TIMES_MAX = 300;

	private final HostDirectory directory;

	private final OpenSlots openSlots;

	private final MessageSource messages;

	private final Clock clock;

	private final SiteUrl site;

	private final HostLimitNotices hostLimits;

	private final KeptProfiles profiles;

	HostPages(HostDirectory directory, OpenSlots openSlots, MessageSource messages, Clock clock, SiteUrl site,
			HostLimitNotices hostLimits, KeptProfiles profiles) {
		this.profiles = profiles;
		this.directory = directory;
		this.openSlots = openSlots;
		this.messages = messages;
		this.clock = clock;
		this.site = site;
		this.hostLimits = hostLimits;
	}

	/**
	 * Whether the member hosts but their pages are gone for visitors (suspended, or
	 * hidden by a moderator): their whole public page is then not found, like a suspended
	 * member's.
	 */
	public boolean hiddenHost(Account member) {
		return this.profiles.host(member.id(), () -> this.directory.find(member.id()))
			.filter(HostProfile::hiddenFromVisitors)
			.isPresent();
	}

	/** The hosting part of the member's page, when they host. */
	public Optional<HostSection> section(Account member, Account viewer, ViewerZone zone, Locale locale) {
		return this.profiles.host(member.id(), () -> this.directory.find(member.id()))
			.filter(host -> !host.hiddenFromVisitors())
			.map(host -> {
				TimeFormat times = TimeFormat.of(zone, locale);
				Map<Offering, List<OpenSlot>> upcoming = host.paused() ? Map.of()
						: this.openSlots.listed(host.account(), NEXT_TIMES);
				HostLimitNotice hostLimit = hostLimit(member, host, viewer, times);
				List<OfferingSummary> offerings = upcoming.entrySet()
					.stream()
					.map(entry -> OfferingSummary.of(member.handle().value(), host, entry.getKey(), entry.getValue(),
							times, hostLimit == null))
					.toList();
				String language = SupportedLanguage.resolve(locale).code();
				return new HostSection(host.headline(), host.about(), TopicLink.of(host.topics(), language),
						LanguageNames.list(host.languages(), new Localizer(this.messages, locale)), host.paused(),
						offerings, shareOnX(member, host, isOwn(member, viewer), locale),
						times.zoneLabel(this.clock.instant()), hostLimit,
						meta(member, host, member.displayName() + " (@" + member.handle().value() + ")",
								Links.profile(member.handle().value())));
			});
	}

	/**
	 * The page of one of the member's active offerings; empty when the id is no offering
	 * of theirs or it is retired.
	 */
	public Optional<OfferingPage> offeringPage(Account member, String offeringId, Account viewer, ViewerZone zone,
			Locale locale) {
		Optional<Offering> offering = OfferingId.parse(offeringId)
			.flatMap(this.directory::offering)
			.filter(found -> found.host().equals(member.id()) && found.active());
		return offering.flatMap(found -> this.directory.find(member.id())
			.filter(host -> !host.hiddenFromVisitors())
			.map(host -> offeringPage(member, host, found, viewer, zone, locale)));
	}

	private OfferingPage offeringPage(Account member, HostProfile host, Offering offering, Account viewer,
			ViewerZone zone, Locale locale) {
		TimeFormat times = TimeFormat.of(zone, locale);
		// an offering without a meeting link has no open time either: it cannot be booked
		List<OpenSlot> all = host.paused() ? List.of() : this.openSlots.of(offering.id());
		boolean truncated = all.size() > ALL_TIMES_MAX;
		String handle = member.handle().value();
		HostLimitNotice hostLimit = hostLimit(member, host, viewer, times);
		return new OfferingPage(handle, member.displayName(), member.avatarUrl(), Initials.of(member.displayName()),
				host.headline(), Links.profile(handle),
				OfferingSummary.of(handle, host, offering, truncated ? all.subList(0, ALL_TIMES_MAX) : all, times,
						hostLimit == null),
				host.paused(), offering.bookable(host), Links.hostingOfferingMeetingLink(offering.id()),
				isOwn(member, viewer), times.zoneLabel(this.clock.instant()), truncated, hostLimit,
				meta(member, host, offering.title() + " · " + member.displayName(),
						Links.offering(handle, offering.id().toString())));
	}

	/**
	 * What the viewer holds with the host, when that is all they may hold; not asked
	 * while the host is paused (no time is shown then).
	 */
	private HostLimitNotice hostLimit(Account member, HostProfile host, Account viewer, TimeFormat times) {
		return host.paused() ? null : this.hostLimits.of(viewer, member, times).orElse(null);
	}

	private PageMeta meta(Account member, HostProfile host, String title, String path) {
		return new PageMeta(title, host.headline(), this.site.absolute(path), "profile", member.avatarUrl());
	}

	/**
	 * A post on X about the host's page: in the host's own words when they share it, as
	 * an invitation when anyone else does.
	 */
	private String shareOnX(Account member, HostProfile host, boolean own, Locale locale) {
		String text = own ? this.messages.getMessage("discovery.share.own", new Object[] { host.headline() }, locale)
				: this.messages.getMessage("discovery.share.other",
						new Object[] { member.displayName(), host.headline() }, locale);
		return Links.shareOnX(text, this.site.absolute(Links.profile(member.handle().value())));
	}

	private static boolean isOwn(Account member, Account viewer) {
		return viewer != null && viewer.id().equals(member.id());
	}

}
