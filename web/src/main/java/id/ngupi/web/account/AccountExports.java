package id.ngupi.web.account;

import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.ngupi.booking.Booking;
import id.ngupi.booking.BookingExport;
import id.ngupi.booking.BookingExports;
import id.ngupi.feedback.FeedbackExports;
import id.ngupi.hosting.HostDirectory;
import id.ngupi.hosting.HostingExport;
import id.ngupi.hosting.HostingExports;
import id.ngupi.hosting.OfferingId;
import id.ngupi.hosting.Topic;
import id.ngupi.hosting.TopicSlug;
import id.ngupi.identity.AccountExport;
import id.ngupi.identity.AccountId;
import id.ngupi.identity.Accounts;
import id.ngupi.notifications.NotificationExport;
import id.ngupi.notifications.NotificationExports;
import id.ngupi.rounds.Round;
import id.ngupi.rounds.RoundExport;
import id.ngupi.rounds.RoundExports;
import id.ngupi.web.account.AccountExportDocument.ExportNames;
import id.ngupi.web.i18n.SupportedLanguage;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Puts a member's data export together: each module gives its own part through its API
 * (identity the account, hosting the host profile, offerings and schedule, booking the
 * bookings, waitlists and calendar feed, rounds the applications and rounds,
 * notifications what the member was told and their mail choices, written in the member's
 * own language and zone), and the names those parts refer to by id are read once for all
 * (the other members' handles, the offerings' titles, the topics). All of it is read in
 * one read-only transaction on one snapshot of the database, so the parts agree with each
 * other even while the member books or edits elsewhere.
 */
@Component
class AccountExports {

	private final Accounts accounts;

	private final HostingExports hosting;

	private final BookingExports bookings;

	private final NotificationExports notifications;

	private final FeedbackExports feedback;

	private final HostDirectory directory;

	private final RoundExports rounds;

	private final TransactionTemplate snapshot;

	private final Clock clock;

	AccountExports(Accounts accounts, HostingExports hosting, BookingExports bookings,
			NotificationExports notifications, FeedbackExports feedback, RoundExports rounds, HostDirectory directory,
			PlatformTransactionManager transactions, Clock clock) {
		this.rounds = rounds;
		this.feedback = feedback;
		this.accounts = accounts;
		this.hosting = hosting;
		this.bookings = bookings;
		this.notifications = notifications;
		this.directory = directory;
		this.clock = clock;
		this.snapshot = new TransactionTemplate(transactions);
		this.snapshot.setReadOnly(true);
		this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
	}

	/** The member's own data, as the file they download. */
	AccountExportDocument of(AccountId member) {
		return this.snapshot.execute(status -> {
			AccountExport account = this.accounts.export(member);
			Optional<HostingExport> hosted = this.hosting.export(member);
			BookingExport booked = this.bookings.export(member);
			RoundExport rounds = this.rounds.export(member);
			NotificationExport told = this.notifications.export(member,
					SupportedLanguage.resolve(Locale.forLanguageTag(account.account().language())).locale(),
					account.account().timezone());
			return AccountExportDocument.of(account, hosted, booked, told, this.feedback.export(member), rounds,
					names(member, booked, rounds), this.clock.instant());
		});
	}

	/**
	 * The names the booking part refers to: nothing is read for a member without bookings
	 * or waitlist places.
	 */
	private ExportNames names(AccountId member, BookingExport booked, RoundExport rounds) {
		List<Booking> sessions = booked.sessions().stream().map(BookingExport.Session::booking).toList();
		Set<AccountId> others = new HashSet<>();
		sessions.forEach(booking -> others.add(booking.other(member)));
		booked.waitlist().forEach(place -> others.add(place.host()));
		List<Round> applied = rounds.applications().stream().map(RoundExport.Applied::round).toList();
		applied.forEach(round -> others.add(round.host()));
		Set<OfferingId> offerings = new HashSet<>();
		sessions.forEach(booking -> offerings.add(booking.offering()));
		applied.forEach(round -> offerings.add(round.offering()));
		rounds.hosted().forEach(round -> offerings.add(round.offering()));
		Map<AccountId, String> handles = new HashMap<>();
		this.accounts.findAll(others).forEach((id, account) -> handles.put(id, account.handle().value()));
		Map<OfferingId, String> titles = new HashMap<>();
		this.directory.offerings(offerings).forEach((id, offering) -> titles.put(id, offering.title()));
		Map<TopicSlug, Topic> topics = sessions.isEmpty() ? Map.of()
				: this.directory.topics().stream().collect(Collectors.toMap(Topic::slug, Function.identity()));
		return new ExportNames(handles, titles, topics);
	}

}
