package id.ngupi.web.profile;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import id.ngupi.booking.MemberRecord;
import id.ngupi.booking.MemberRecords;
import id.ngupi.feedback.FeedbackRole;
import id.ngupi.feedback.HostTrust;
import id.ngupi.feedback.Insight;
import id.ngupi.feedback.PublicFeedback;
import id.ngupi.feedback.Testimonial;
import id.ngupi.hosting.HostDirectory;
import id.ngupi.hosting.TopicSlug;
import id.ngupi.identity.Account;
import id.ngupi.identity.AccountId;
import id.ngupi.identity.Accounts;
import id.ngupi.web.i18n.SupportedLanguage;
import id.ngupi.web.moderation.ReportLinks;
import id.ngupi.web.support.Links;
import id.ngupi.web.time.TimeFormat;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Assembles a member's {@link TrackRecord} from the modules that know it: booking for the
 * sessions and answering times, feedback for ratings, testimonials and insights, identity
 * for the testimonials' authors and the member's own logins. A fixed number of statements
 * however long the member's history; kept a few seconds
 * ({@code ngupi.host-pages.cache-for}) for a page opened by many at once, and forgotten
 * once booking, feedback or identity commits a write on this instance.
 */
@Component
class TrackRecords {

	private final MemberRecords records;

	private final PublicFeedback published;

	private final Accounts accounts;

	private final HostDirectory directory;

	private final MessageSource messages;

	private final TrackRecordCache kept;

	TrackRecords(MemberRecords records, PublicFeedback published, Accounts accounts, HostDirectory directory,
			MessageSource messages, TrackRecordCache kept) {
		this.kept = kept;
		this.records = records;
		this.published = published;
		this.accounts = accounts;
		this.directory = directory;
		this.messages = messages;
	}

	/**
	 * The member's track record; ratings, testimonials and logins only for a host (a
	 * member who only attends keeps their GitHub and X accounts to themselves).
	 * @param hosting whether the member hosts
	 */
	TrackRecord of(Account member, boolean hosting, TimeFormat times, Locale locale) {
		return this.kept.get(new TrackRecordCache.Key(member, hosting, times, SupportedLanguage.resolve(locale)),
				() -> read(member, hosting, times, locale));
	}

	private TrackRecord read(Account member, boolean hosting, TimeFormat times, Locale locale) {
		MemberRecord record = this.records.of(member.id());
		HostTrust trust = hosting ? this.published.hostTrust(member.id())
				: new HostTrust(0, Optional.empty(), List.of());
		List<Insight> insights = this.published.insights(member.id());
		Map<String, String> topics = (trust.testimonials().isEmpty() && insights.isEmpty()) ? Map.of() : this.directory
			.topicNames(SupportedLanguage.resolve(locale).code(), Stream
				.concat(trust.testimonials().stream().map(Testimonial::topics), insights.stream().map(Insight::topics))
				.flatMap(List::stream)
				.map(TopicSlug::value)
				.collect(Collectors.toSet()));
		Map<AccountId, Account> authors = trust.testimonials().isEmpty() ? Map.of()
				: this.accounts.findAll(trust.testimonials().stream().map(Testimonial::author).distinct().toList());
		String former = this.messages.getMessage("member.former", null, locale);
		List<TrackRecord.Quote> testimonials = trust.testimonials().stream().map(testimonial -> {
			Optional<Account> author = Optional.ofNullable(authors.get(testimonial.author()))
				.filter(account -> !account.suspended());
			return new TrackRecord.Quote(author.map(Account::displayName).orElse(former),
					author.map(account -> Links.profile(account.handle().value())).orElse(null), null,
					testimonial.rating(), testimonial.wentWell(), testimonial.learned(),
					names(testimonial.topics(), topics), times.month(testimonial.sessionEndedAt()),
					author.map(account -> account.handle().value()).orElse(null),
					ReportLinks.feedback(testimonial.booking(), testimonial.author()));
		}).toList();
		List<TrackRecord.Quote> shared = insights.stream()
			.map(insight -> new TrackRecord.Quote(null, null,
					(insight.role() == FeedbackRole.HOST) ? "insight.asHost" : "insight.asAttendee", 0, "",
					insight.learned(), names(insight.topics(), topics), times.month(insight.sessionEndedAt()), null,
					ReportLinks.feedback(insight.booking(), member.id())))
			.toList();
		return new TrackRecord(record.sessionsHeld(), record.peopleMet(), record.sessionsAttended(),
				record.usualAnswer().map(TrackRecords::hours).orElse(0L), trust.ratings(),
				trust.average().map(average -> decimal(average, locale)).orElse(null), testimonials, shared,
				hosting ? identities(member) : List.of());
	}

	/** At least an hour, rounded up: "about N hours" never promises less than it is. */
	private static long hours(Duration usual) {
		return Math.max(1, (usual.toMinutes() + 59) / 60);
	}

	private static String decimal(BigDecimal value, Locale locale) {
		NumberFormat format = NumberFormat.getNumberInstance(SupportedLanguage.resolve(locale).locale());
		format.setMinimumFractionDigits(1);
		format.setMaximumFractionDigits(1);
		return format.format(value);
	}

	private static List<String> names(List<TopicSlug> slugs, Map<String, String> names) {
		return slugs.stream().map(slug -> names.getOrDefault(slug.value(), slug.value())).toList();
	}

	/** The logins the provider confirmed, linked to their profiles there. */
	private static List<TrackRecord.Identity> identities(Account member) {
		return member.identities()
			.stream()
			.map(identity -> new TrackRecord.Identity(identity.provider().displayName(), identity.username(),
					identity.provider().profileUrl(identity.username())))
			.toList();
	}

}
