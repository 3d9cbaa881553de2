package id.ngupi.web.account;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import id.ngupi.booking.Booking;
import id.ngupi.booking.BookingExport;
import id.ngupi.hosting.Availability;
import id.ngupi.hosting.HostProfile;
import id.ngupi.hosting.HostingExport;
import id.ngupi.hosting.Offering;
import id.ngupi.hosting.OfferingId;
import id.ngupi.hosting.Topic;
import id.ngupi.hosting.TopicSlug;
import id.ngupi.identity.Account;
import id.ngupi.identity.AccountExport;
import id.ngupi.identity.AccountId;
import id.ngupi.identity.ProfileLinks;
import id.ngupi.feedback.FeedbackExport;
import id.ngupi.feedback.NoShowReport;
import id.ngupi.feedback.WrittenFeedback;
import id.ngupi.notifications.InboxEntry;
import id.ngupi.notifications.NotificationExport;
import id.ngupi.rounds.RoundExport;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The member's data export ({@code ngupi-<handle>.json}), version 5: the account, the
 * host profile with its offerings and schedule, the bookings on both sides, the waitlists
 * joined, whether a calendar feed exists, everything the member was told with the mail
 * choices they made, and the feedback they wrote and received. Its shape is this record
 * and nothing else, so a change of the domain types never changes the file unnoticed;
 * {@code docs/account-export.md} describes every field. Every key is always present
 * ({@code null} when empty); instants are ISO-8601 in UTC. Secrets (the hashes of email
 * verification links and of the calendar feed's secret) are never part of it, and other
 * members appear only by the handle the member saw.
 *
 * @param format the format's name and version
 * @param exportedAt when the file was made
 * @param account the account and its profile
 * @param linkedIdentities the GitHub / Twitter/X identities linked to the account
 * @param pendingEmailVerifications email addresses entered but not yet confirmed
 * @param hosting the host profile, offerings and schedule, or {@code null} for a member
 * who never turned hosting on
 * @param bookings every booking the member takes part in, as host or attendee, soonest
 * first
 * @param waitlist the hosts the member waits for
 * @param calendarFeed whether the member has a private calendar feed
 * @param notifications everything the member was told, newest first, each with its mail
 * @param mail which kinds of notification the member gets by mail, and whether a mail
 * server refused their address
 * @param feedback the sessions the member was asked about, with what they wrote and what
 * they received once revealed
 * @param rounds the rounds the member applied to or opened
 */
@JsonPropertyOrder({ "format", "exportedAt", "account", "linkedIdentities", "pendingEmailVerifications", "hosting",
		"bookings", "waitlist", "calendarFeed", "notifications", "mail", "feedback", "rounds" })
record AccountExportDocument(String format, String exportedAt, Profile account, List<Identity> linkedIdentities,
		List<PendingEmail> pendingEmailVerifications, Hosting hosting, List<Session> bookings,
		List<WaitlistPlace> waitlist, CalendarFeed calendarFeed, List<Notification> notifications, MailChoices mail,
		List<Feedback> feedback, RoundsExport rounds) {

	static final String FORMAT = "ngupi-account-export/9";

	/**
	 * Written by its own mapper, not the application's, so that no global Jackson setting
	 * can change the file's format.
	 */
	private static final JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	/**
	 * The document from each module's part, with the names of what the parts refer to by
	 * id (other members, offerings, topics).
	 */
	static AccountExportDocument of(AccountExport export, Optional<HostingExport> hosting, BookingExport bookings,
			NotificationExport told, FeedbackExport feedback, RoundExport rounds, ExportNames names,
			Instant exportedAt) {
		Account account = export.account();
		ProfileLinks links = account.links();
		Profile profile = new Profile(account.id().toString(), account.handle().value(), account.displayName(),
				account.bio(), account.avatarUrl(), account.timezone().getId(), account.language(),
				new Links(links.website(), links.github(), links.twitter(), links.linkedin()), account.email(),
				account.emailVerified(), account.suspendedReason(), text(account.createdAt()));
		List<Identity> identities = account.identities()
			.stream()
			.map(identity -> new Identity(identity.provider().id(), identity.providerUserId(), identity.username(),
					text(identity.linkedAt()), text(identity.lastLoginAt())))
			.toList();
		List<PendingEmail> pending = export.pendingEmailVerifications()
			.stream()
			.map(email -> new PendingEmail(email.email(), text(email.requestedAt()), text(email.expiresAt())))
			.toList();
		List<Session> sessions = bookings.sessions()
			.stream()
			.map(session -> Session.of(account.id(), session, names))
			.toList();
		List<WaitlistPlace> waitlist = bookings.waitlist()
			.stream()
			.map(place -> new WaitlistPlace(names.handle(place.host()), text(place.joinedAt()),
					text(place.notifiedAt())))
			.toList();
		return new AccountExportDocument(FORMAT, text(exportedAt), profile, identities, pending,
				hosting.map(Hosting::of).orElse(null), sessions, waitlist,
				new CalendarFeed(bookings.hasCalendarFeed(), text(bookings.calendarFeedCreatedAt())),
				told.notifications().stream().map(Notification::of).toList(), MailChoices.of(told),
				feedback.sessions().stream().map(Feedback::of).toList(), RoundsExport.of(rounds, names));
	}

	byte[] toJson() {
		return json.writeValueAsBytes(this);
	}

	private static String text(Instant instant) {
		return (instant == null) ? null : instant.toString();
	}

	private static String code(Enum<?> value) {
		return value.name().toLowerCase(Locale.ROOT);
	}

	/**
	 * The account and its profile.
	 *
	 * @param id the account's id
	 * @param handle the public handle ({@code /@handle})
	 * @param displayName the name shown to others
	 * @param bio the short introduction
	 * @param avatarUrl the picture, taken from the login provider
	 * @param timezone the IANA timezone times are shown in
	 * @param language {@code id} or {@code en}
	 * @param links where else the member can be found
	 * @param email the email address, if entered and confirmed
	 * @param emailVerified whether that address was confirmed
	 * @param suspendedReason why the account is suspended, or {@code null}
	 * @param createdAt when the account was created
	 */
	@JsonPropertyOrder({ "id", "handle", "displayName", "bio", "avatarUrl", "timezone", "language", "links", "email",
			"emailVerified", "suspendedReason", "createdAt" })
	record Profile(String id, String handle, String displayName, String bio, String avatarUrl, String timezone,
			String language, Links links, String email, boolean emailVerified, String suspendedReason,
			String createdAt) {
	}

	/**
	 * The member's links.
	 *
	 * @param website a personal site
	 * @param github a GitHub profile
	 * @param twitter a Twitter/X profile
	 * @param linkedin a LinkedIn profile
	 */
	@JsonPropertyOrder({ "website", "github", "twitter", "linkedin" })
	record Links(String website, String github, String twitter, String linkedin) {
	}

	/**
	 * One linked identity.
	 *
	 * @param provider {@code github} or {@code twitter}
	 * @param providerUserId the provider's stable id of the member
	 * @param username the username at the provider when last seen
	 * @param linkedAt when it was linked
	 * @param lastLoginAt when it was last used to log in, or {@code null}
	 */
	@JsonPropertyOrder({ "provider", "providerUserId", "username", "linkedAt", "lastLoginAt" })
	record Identity(String provider, String providerUserId, String username, String linkedAt, String lastLoginAt) {
	}

	/**
	 * An email address waiting for its confirmation link to be followed.
	 *
	 * @param email the address
	 * @param requestedAt when it was entered
	 * @param expiresAt when the link stops working
	 */
	@JsonPropertyOrder({ "email", "requestedAt", "expiresAt" })
	record PendingEmail(String email, String requestedAt, String expiresAt) {
	}

	/**
	 * The member's hosting: the host profile, offerings and schedule.
	 *
	 * @param headline one line on what they offer
	 * @param about the longer introduction
	 * @param topics their topics, in their order
	 * @param languages codes of the languages they speak
	 * @param meetingUrl their default meeting link, or {@code null}
	 * @param timezone the IANA timezone the schedule is written in
	 * @param paused whether hosting is paused
	 * @param startedAt when hosting was turned on
	 * @param updatedAt when the profile last changed
	 * @param offerings every offering, active ones first
	 * @param weeklySchedule the weekly windows, by day and start
	 * @param daysOff dates whose weekly windows are taken away, oldest first
	 * @param extraHours extra windows on single dates
	 * @param oneOffSlots single extra starts, each for one offering
	 * @param meetingRooms whether every session meets in a room of its own
	 * @param calendars the host's own calendars, by the hint of their address
	 * @param busyTimes the busy times read from them
	 */
	@JsonPropertyOrder({ "headline", "about", "topics", "languages", "meetingUrl", "timezone", "paused", "startedAt",
			"updatedAt", "offerings", "weeklySchedule", "daysOff", "extraHours", "oneOffSlots", "meetingRooms",
			"calendars", "busyTimes" })
	record Hosting(String headline, String about, List<TopicName> topics, List<String> languages, String meetingUrl,
			String timezone, boolean paused, String startedAt, String updatedAt, List<OfferingPart> offerings,
			List<WeeklyHours> weeklySchedule, List<String> daysOff, List<ExtraHours> extraHours,
			List<OneOffSlot> oneOffSlots, boolean meetingRooms, List<Calendar> calendars, List<BusyTime> busyTimes) {

		static Hosting of(HostingExport export) {
			HostProfile profile = export.profile();
			Availability availability = export.availability();
			return new Hosting(profile.headline(), profile.about(),
					profile.topics()
						.stream()
						.map(topic -> new TopicName(topic.slug().value(), topic.nameId(), topic.nameEn()))
						.toList(),
					profile.languages(), profile.meetingUrl(), profile.timezone().getId(), profile.paused(),
					text(export.startedAt()), text(export.updatedAt()),
					export.offerings().stream().map(OfferingPart::of).toList(),
					availability.weekly()
						.stream()
						.map(window -> new WeeklyHours(code(window.day()), window.window().startText(),
								window.window().endText()))
						.toList(),
					availability.daysOff().stream().sorted().map(LocalDate::toString).toList(),
					availability.extra()
						.stream()
						.map(extra -> new ExtraHours(extra.date().toString(), extra.window().startText(),
								extra.window().endText()))
						.toList(),
					availability.oneOffSlots()
						.stream()
						.map(slot -> new OneOffSlot(slot.offering().toString(), text(slot.start())))
						.toList(),
					profile.meetingRooms(),
					export.calendars()
						.stream()
						.map(calendar -> new Calendar(calendar.hint(), text(calendar.addedAt()),
								text(calendar.lastReadAt()), text(calendar.lastSuccessAt()), calendar.errorKey(),
								calendar.blocks()))
						.toList(),
					availability.busy()
						.stream()
						.map(busy -> new BusyTime(text(busy.start()), text(busy.end())))
						.toList());
		}

	}

	/**
	 * One of the host's own calendars; its address is kept, but shown only by its hint.
	 *
	 * @param hint the address's host and file name
	 * @param addedAt when it was added
	 * @param lastReadAt when it was last read, or {@code null}
	 * @param lastSuccessAt when it was last read successfully, or {@code null}
	 * @param error why the last read failed (a message key), or {@code null}
	 * @param busyTimes how many busy times the last good read gave
	 */
	@JsonPropertyOrder({ "hint", "addedAt", "lastReadAt", "lastSuccessAt", "error", "busyTimes" })
	record Calendar(String hint, String addedAt, String lastReadAt, String lastSuccessAt, String error, int busyTimes) {
	}

	/**
	 * A time the host's own calendars hold: only its start and end are kept.
	 *
	 * @param start when it starts
	 * @param end when it ends
	 */
	@JsonPropertyOrder({ "start", "end" })
	record BusyTime(String start, String end) {
	}

	/**
	 * A topic, in both languages of the site.
	 *
	 * @param slug its address ({@code /topics/slug})
	 * @param nameId its Indonesian name, or {@code null} when the topic no longer exists
	 * @param nameEn its English name, or {@code null} when the topic no longer exists
	 */
	@JsonPropertyOrder({ "slug", "nameId", "nameEn" })
	record TopicName(String slug, String nameId, String nameEn) {
	}

	/**
	 * One of the member's offerings, with its booking rules.
	 *
	 * @param id the offering's id (as in its page's address)
	 * @param title what the session is called
	 * @param durationMinutes how long it lasts
	 * @param description the description
	 * @param question what every attendee answers
	 * @param needsApproval whether the host approves each booking
	 * @param weeklyQuota how many sessions a week at most
	 * @param minNoticeHours how many hours before its start a session can be booked at
	 * the latest
	 * @param horizonDays how many days ahead it can be booked at the most
	 * @param bufferMinutes free time kept after each session
	 * @param meetingUrl its own meeting link, or {@code null}
	 * @param active whether it takes new bookings
	 * @param createdAt when it was made
	 * @param updatedAt when it last changed
	 */
	@JsonPropertyOrder({ "id", "title", "durationMinutes", "description", "question", "needsApproval", "weeklyQuota",
			"minNoticeHours", "horizonDays", "bufferMinutes", "meetingUrl", "active", "createdAt", "updatedAt" })
	record OfferingPart(String id, String title, long durationMinutes, String description, String question,
			boolean needsApproval, int weeklyQuota, long minNoticeHours, long horizonDays, long bufferMinutes,
			String meetingUrl, boolean active, String createdAt, String updatedAt) {

		static OfferingPart of(HostingExport.OfferingEntry entry) {
			Offering offering = entry.offering();
			return new OfferingPart(offering.id().toString(), offering.title(), offering.duration().toMinutes(),
					offering.description(), offering.question(), offering.needsApproval(), offering.weeklyQuota(),
					offering.minNotice().toHours(), offering.horizon().toDays(), offering.buffer().toMinutes(),
					offering.meetingUrl(), offering.active(), text(entry.createdAt()), text(entry.updatedAt()));
		}

	}

	/**
	 * A window of the weekly schedule, in the schedule's timezone.
	 *
	 * @param day {@code monday} to {@code sunday}
	 * @param start local start, {@code 19:00}
	 * @param end local end, {@code 21:00} ({@code 24:00} for midnight)
	 */
	@JsonPropertyOrder({ "day", "start", "end" })
	record WeeklyHours(String day, String start, String end) {
	}

	/**
	 * Extra hours on one date, in the schedule's timezone.
	 *
	 * @param date the date, {@code 2026-03-07}
	 * @param start local start
	 * @param end local end
	 */
	@JsonPropertyOrder({ "date", "start", "end" })
	record ExtraHours(String date, String start, String end) {
	}

	/**
	 * A single extra start for one offering.
	 *
	 * @param offeringId the offering it is for
	 * @param start when it starts
	 */
	@JsonPropertyOrder({ "offeringId", "start" })
	record OneOffSlot(String offeringId, String start) {
	}

	/**
	 * A booking the member takes part in, seen from their side.
	 *
	 * @param id the booking's id (as in the session page's address)
	 * @param role {@code host} or {@code attendee}: the member's side
	 * @param counterpartHandle the other participant's handle, or {@code null} when their
	 * account no longer exists
	 * @param offeringId what was booked
	 * @param offeringTitle its title, or {@code null} when the offering no longer exists
	 * @param start when the session starts
	 * @param end when it ends
	 * @param status {@code pending}, {@code confirmed}, {@code declined},
	 * {@code expired}, {@code cancelled} or {@code completed}
	 * @param topics the topics the attendee picked
	 * @param answer the attendee's answer to the offering's question
	 * @param respondBy for a request: when it expired or expires unanswered
	 * @param hostMessage what the host wrote when approving or declining, or {@code null}
	 * @param cancelledBy {@code host} or {@code attendee} for a cancelled booking
	 * @param cancelReason why it was cancelled, if said
	 * @param lateCancellation whether it was cancelled within the minimum notice
	 * @param rescheduledFrom the booking this one replaced, or {@code null}
	 * @param meetingUrl the link the host set for this session only, as far as the member
	 * may see it
	 * @param requestedAt when it was booked
	 * @param updatedAt when it last changed
	 */
	@JsonPropertyOrder({ "id", "role", "counterpartHandle", "offeringId", "offeringTitle", "start", "end", "status",
			"topics", "answer", "respondBy", "hostMessage", "cancelledBy", "cancelReason", "lateCancellation",
			"rescheduledFrom", "meetingUrl", "requestedAt", "updatedAt" })
	record Session(String id, String role, String counterpartHandle, String offeringId, String offeringTitle,
			String start, String end, String status, List<TopicName> topics, String answer, String respondBy,
			String hostMessage, String cancelledBy, String cancelReason, boolean lateCancellation,
			String rescheduledFrom, String meetingUrl, String requestedAt, String updatedAt) {

		static Session of(AccountId member, BookingExport.Session session, ExportNames names) {
			Booking booking = session.booking();
			return new Session(booking.id().toString(), role(booking, member), names.handle(booking.other(member)),
					booking.offering().toString(), names.offeringTitle(booking.offering()), text(booking.start()),
					text(booking.end()), booking.status().code(), booking.topics().stream().map(names::topic).toList(),
					booking.answer(), text(booking.respondBy()), booking.hostMessage(),
					(booking.cancelledBy() == null) ? null : role(booking, booking.cancelledBy()),
					booking.cancelReason(), booking.lateCancellation(),
					(booking.rescheduledFrom() == null) ? null : booking.rescheduledFrom().toString(),
					session.meetingUrl(), text(booking.createdAt()), text(booking.updatedAt()));
		}

		private static String role(Booking booking, AccountId member) {
			return booking.host().equals(member) ? "host" : "attendee";
		}

	}

	/**
	 * The member's place on a host's waitlist.
	 *
	 * @param hostHandle the host's handle
	 * @param joinedAt when the member joined (or joined again)
	 * @param notifiedAt when they were told that times opened, or {@code null}
	 */
	@JsonPropertyOrder({ "hostHandle", "joinedAt", "notifiedAt" })
	record WaitlistPlace(String hostHandle, String joinedAt, String notifiedAt) {
	}

	/**
	 * Whether the member has a private calendar feed; never its address, which holds the
	 * secret.
	 *
	 * @param exists whether a feed exists
	 * @param createdAt when its current address was made, or {@code null}
	 */
	@JsonPropertyOrder({ "exists", "createdAt" })
	record CalendarFeed(boolean exists, String createdAt) {
	}

	/**
	 * Something the member was told, as their inbox wrote it, with its mail.
	 *
	 * @param kind what it is about ({@code booking_requested}, {@code reminder_24h}, ...)
	 * @param title what happened, in a line
	 * @param text the line that says more
	 * @param link the page of the site it is about
	 * @param createdAt when it happened
	 * @param read whether the member marked it read
	 * @param mail its mail, or {@code null} when none was meant
	 */
	@JsonPropertyOrder({ "kind", "title", "text", "link", "createdAt", "read", "mail" })
	record Notification(String kind, String title, String text, String link, String createdAt, boolean read,
			Mail mail) {

		static Notification of(NotificationExport.Told told) {
			InboxEntry entry = told.entry();
			NotificationExport.Mail mail = told.mail();
			return new Notification(code(entry.kind()), entry.title(), entry.text(), entry.link(),
					AccountExportDocument.text(entry.createdAt()), entry.read(),
					(mail == null) ? null : new Mail(mail.address(), mail.status(), mail.attempts(),
							AccountExportDocument.text(mail.sentAt())));
		}

	}

	/**
	 * A session the member was asked to give feedback on.
	 *
	 * @param bookingId the session (as in {@code bookings})
	 * @param role {@code host} or {@code attendee}: the member's side
	 * @param closesAt until when feedback could be written
	 * @param written what the member wrote, or {@code null}
	 * @param received what the other side wrote, once revealed and unless a moderator hid
	 * it; else {@code null}
	 * @param receivedHidden whether a moderator hid what the other side wrote
	 * @param noShow the report that one side did not come, or {@code null}
	 */
	@JsonPropertyOrder({ "bookingId", "role", "closesAt", "written", "received", "receivedHidden", "noShow" })
	record Feedback(String bookingId, String role, String closesAt, FeedbackText written, FeedbackText received,
			boolean receivedHidden, NoShow noShow) {

		static Feedback of(FeedbackExport.Asked asked) {
			return new Feedback(asked.booking().toString(), code(asked.role()),
					AccountExportDocument.text(asked.closesAt()), FeedbackText.of(asked.written()),
					FeedbackText.of(asked.received()), asked.receivedHidden(), NoShow.of(asked.noShow()));
		}

	}

	/**
	 * A report that one side of a session did not come.
	 *
	 * @param reportedByYou whether the member reported it (else it is about them)
	 * @param absent {@code host} or {@code attendee}: the side reported absent
	 * @param reportedAt when it was reported
	 * @param answerBy until when it could be answered
	 * @param answer {@code admitted}, {@code disputed}, or {@code null}
	 * @param note what came with the answer, or {@code null}
	 * @param answeredAt when it was answered, or {@code null}
	 */
	@JsonPropertyOrder({ "reportedByYou", "absent", "reportedAt", "answerBy", "answer", "note", "answeredAt" })
	record NoShow(boolean reportedByYou, String absent, String reportedAt, String answerBy, String answer, String note,
			String answeredAt) {

		static NoShow of(NoShowReport report) {
			return (report == null) ? null : new NoShow(report.byViewer(), code(report.absentRole()),
					AccountExportDocument.text(report.reportedAt()), AccountExportDocument.text(report.answerBy()),
					(report.answer() != null) ? code(report.answer()) : null, report.note(),
					AccountExportDocument.text(report.answeredAt()));
		}

	}

	/**
	 * Feedback as written.
	 *
	 * @param rating 1 to 5
	 * @param wentWell what went well
	 * @param learned what the writer learned
	 * @param privateMessage the message to the other side
	 * @param publicConsent whether the attendee allowed their words on the host's page
	 * @param learnedPublic whether the writer shares what they learned on their own page
	 * @param writtenAt when it was first written
	 * @param updatedAt when it was last changed
	 * @param hiddenAt since when a moderator hides it from everyone but its writer, or
	 * {@code null}
	 */
	@JsonPropertyOrder({ "rating", "wentWell", "learned", "privateMessage", "publicConsent", "learnedPublic",
			"writtenAt", "updatedAt", "hiddenAt" })
	record FeedbackText(int rating, String wentWell, String learned, String privateMessage, boolean publicConsent,
			boolean learnedPublic, String writtenAt, String updatedAt, String hiddenAt) {

		static FeedbackText of(WrittenFeedback written) {
			return (written == null) ? null : new FeedbackText(written.form().rating(), written.form().wentWell(),
					written.form().learned(), written.form().privateMessage(), written.form().publicConsent(),
					written.form().learnedPublic(), AccountExportDocument.text(written.writtenAt()),
					AccountExportDocument.text(written.updatedAt()), AccountExportDocument.text(written.hiddenAt()));
		}

	}

	/**
	 * The mail of a notification.
	 *
	 * @param address where it went
	 * @param status {@code pending}, {@code sent}, {@code refused}, {@code failed} or
	 * {@code skipped}
	 * @param attempts how often it was tried
	 * @param sentAt when the mail server took it, or {@code null}
	 */
	@JsonPropertyOrder({ "address", "status", "attempts", "sentAt" })
	record Mail(String address, String status, int attempts, String sentAt) {
	}

	/**
	 * The member's mail choices.
	 *
	 * @param kinds whether each kind the member may turn off is mailed to them
	 * @param refusedBecause why a mail server refused the member's address for good, or
	 * {@code null}
	 */
	@JsonPropertyOrder({ "kinds", "refusedBecause" })
	record MailChoices(Map<String, Boolean> kinds, String refusedBecause) {

		static MailChoices of(NotificationExport told) {
			Map<String, Boolean> kinds = new LinkedHashMap<>();
			told.mailChoices().forEach((kind, mailed) -> kinds.put(code(kind), mailed));
			return new MailChoices(kinds, told.refusal());
		}

	}

	/**
	 * What the modules' parts refer to by id, named: other members by their current
	 * handle, offerings by their title, topics in both languages. What is missing no
	 * longer exists and is written as {@code null}.
	 *
	 * @param handles members' handles
	 * @param offeringTitles offerings' titles
	 * @param topics topics' names
	 */
	record ExportNames(Map<AccountId, String> handles, Map<OfferingId, String> offeringTitles,
			Map<TopicSlug, Topic> topics) {

		String handle(AccountId member) {
			return this.handles.get(member);
		}

		String offeringTitle(OfferingId offering) {
			return this.offeringTitles.get(offering);
		}

		TopicName topic(TopicSlug slug) {
			Topic topic = this.topics.get(slug);
			return (topic == null) ? new TopicName(slug.value(), null, null)
					: new TopicName(slug.value(), topic.nameId(), topic.nameEn());
		}

	}

}
