package id.ngupi.web.moderation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import id.ngupi.booking.Booking;
import id.ngupi.feedback.ReportedFeedback;
import id.ngupi.hosting.HostDirectory;
import id.ngupi.hosting.HostProfile;
import id.ngupi.hosting.TopicSlug;
import id.ngupi.identity.Account;
import id.ngupi.identity.AccountId;
import id.ngupi.identity.Accounts;
import id.ngupi.identity.ProfileLinks;
import id.ngupi.moderation.AuditEntry;
import id.ngupi.moderation.ModerationAction;
import id.ngupi.moderation.QueueItem;
import id.ngupi.moderation.Report;
import id.ngupi.moderation.ReportedContent;
import id.ngupi.moderation.Target;
import id.ngupi.web.i18n.SupportedLanguage;
import id.ngupi.web.moderation.AdminPages.ActionChoice;
import id.ngupi.web.moderation.AdminPages.AuditLine;
import id.ngupi.web.moderation.AdminPages.QueueLine;
import id.ngupi.web.moderation.AdminPages.ReportLine;
import id.ngupi.web.moderation.AdminPages.Standing;
import id.ngupi.web.support.Links;
import id.ngupi.web.time.TimeFormat;

import org.springframework.stereotype.Component;

/**
 * Turns the moderation module's records into what the admins' pages show: handles for
 * account ids (one lookup per page), times in the admin's zone with their year, kinds,
 * reasons, actions and statuses as message keys.
 */
@Component
class AdminViews {

	private final Accounts accounts;

	private final HostDirectory directory;

	AdminViews(Accounts accounts, HostDirectory directory) {
		this.accounts = accounts;
		this.directory = directory;
	}

	/** A kind of thing and whose: "Profil @sari"; the account may be gone. */
	static Phrase what(Target target, Account subject) {
		String kind = "moderation.what.kind." + target.kind().code();
		return (subject != null) ? Phrase.of(kind, subject.handle().value()) : Phrase.of(kind + ".gone");
	}

	/** {@code 7 Des 2026, 19.00 WIB}: lists reach back further than a week. */
	static String when(TimeFormat times, Instant instant) {
		return times.fullDate(instant) + ", " + times.time(instant);
	}

	List<QueueLine> queue(List<QueueItem> items, TimeFormat times) {
		return items.stream()
			.map(item -> new QueueLine(kindKey(item.target()), item.subjectHandle(),
					item.reasons().stream().map(reason -> "moderation.reason." + reason.code()).toList(),
					item.reports(), item.oldest().toString(), when(times, item.oldest()),
					Links.adminCase(item.first())))
			.toList();
	}

	/** Reports with their reporters' handles and, when asked, what each is about. */
	List<ReportLine> reports(List<Report> reports, TimeFormat times) {
		Map<AccountId, Account> people = find(
				reports.stream().flatMap(report -> Stream.of(report.reporter(), report.subject())));
		return reports.stream()
			.map(report -> new ReportLine(handle(people.get(report.reporter())),
					what(report.target(), people.get(report.subject())), "moderation.reason." + report.reason().code(),
					report.details(), report.filedAt().toString(), when(times, report.filedAt()),
					"moderation.report.status." + report.status().name(), Links.adminCase(report.id())))
			.toList();
	}

	List<AuditLine> audit(List<AuditEntry> entries, TimeFormat times) {
		Map<AccountId, Account> subjects = find(entries.stream().map(AuditEntry::subject));
		return entries.stream()
			.map(entry -> new AuditLine(entry.id(), entry.at().toString(), when(times, entry.at()), entry.adminHandle(),
					"moderation.action." + entry.action().code() + ".done",
					(entry.target() != null) ? kindKey(entry.target()) : null, handle(subjects.get(entry.subject())),
					entry.reports(), entry.reason()))
			.toList();
	}

	Standing standing(Account subject, int reportsAbout, List<AuditEntry> history, TimeFormat times) {
		return new Standing((subject != null) ? subject.handle().value() : null,
				(subject != null) ? subject.displayName() : null, subject != null && subject.suspended(),
				(subject != null) ? subject.suspendedReason() : null, reportsAbout, audit(history, times));
	}

	static List<ActionChoice> actions(List<ModerationAction> actions, String chosen) {
		return actions.stream()
			.map(action -> new ActionChoice(action.code(), "moderation.action." + action.code(),
					"moderation.action." + action.code() + ".explain",
					action.code().equals(chosen) || actions.size() == 1))
			.toList();
	}

	/** The content as it is now, in the admin's zone and language. */
	CaseContent content(ReportedContent content, TimeFormat times, SupportedLanguage language) {
		if (content instanceof ReportedContent.Profile profile) {
			Account account = profile.account();
			return new CaseContent(new CaseContent.Profile(account.displayName(), account.handle().value(),
					(account.bio() != null) ? account.bio() : "", links(account.links())), null, null, null);
		}
		if (content instanceof ReportedContent.HostPage page) {
			HostProfile host = page.host();
			return new CaseContent(null,
					new CaseContent.HostPage(host.handle(), host.headline(), (host.about() != null) ? host.about() : "",
							host.topics().stream().map(topic -> topic.name(language.code())).toList(), host.hidden()),
					null, null);
		}
		if (content instanceof ReportedContent.Feedback written) {
			ReportedFeedback feedback = written.feedback();
			Map<AccountId, Account> people = find(Stream.of(feedback.author(), feedback.subject()));
			return new CaseContent(null, null,
					new CaseContent.Feedback(handle(people.get(feedback.author())),
							handle(people.get(feedback.subject())), "moderation.role." + feedback.role().name(),
							feedback.rating(), feedback.wentWell(), feedback.learned(), feedback.privateMessage(),
							feedback.publicConsent(), feedback.revealed(), feedback.hidden(),
							when(times, feedback.writtenAt())),
					null);
		}
		if (content instanceof ReportedContent.Session session) {
			Booking booking = session.booking();
			Map<AccountId, Account> people = find(Stream.of(booking.host(), booking.attendee()));
			Map<String, String> names = this.directory.topicNames(language.code(),
					booking.topics().stream().map(TopicSlug::value).collect(Collectors.toSet()));
			return new CaseContent(null, null, null, new CaseContent.Session(handle(people.get(booking.host())),
					handle(people.get(booking.attendee())), when(times, booking.start()),
					booking.topics().stream().map(slug -> names.getOrDefault(slug.value(), slug.value())).toList(),
					booking.answer(), booking.hostMessage(), "booking.status." + booking.status().name()));
		}
		return new CaseContent(null, null, null, null);
	}

	Map<AccountId, Account> find(Stream<AccountId> ids) {
		Collection<AccountId> wanted = ids.filter(Objects::nonNull).distinct().toList();
		return wanted.isEmpty() ? Map.of() : this.accounts.findAll(wanted);
	}

	private static String kindKey(Target target) {
		return "moderation.kind." + target.kind().code();
	}

	private static String handle(Account account) {
		return (account != null) ? account.handle().value() : null;
	}

	private static List<String> links(ProfileLinks links) {
		List<String> shown = new ArrayList<>();
		if (links != null) {
			Stream.of(links.website(), links.github(), links.twitter(), links.linkedin())
				.filter(Objects::nonNull)
				.filter(link -> !link.isBlank())
				.forEach(shown::add);
		}
		return shown;
	}

}
