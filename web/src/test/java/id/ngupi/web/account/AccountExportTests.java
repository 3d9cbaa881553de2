package id.ngupi.web.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import id.ngupi.booking.Booking;
import id.ngupi.booking.BookingOutcome;
import id.ngupi.booking.BookingOutcome.Booked;
import id.ngupi.booking.BookingRequest;
import id.ngupi.booking.BookingQueries;
import id.ngupi.booking.Bookings;
import id.ngupi.booking.Bookings.AnswerOutcome;
import id.ngupi.booking.Bookings.CancelOutcome;
import id.ngupi.booking.CalendarFeeds;
import id.ngupi.booking.OpenSlots;
import id.ngupi.booking.Waitlist;
import id.ngupi.booking.Waitlist.JoinOutcome;
import id.ngupi.hosting.ExtraWindow;
import id.ngupi.hosting.HostProfileChange;
import id.ngupi.hosting.Hosting;
import id.ngupi.hosting.OfferingChange;
import id.ngupi.hosting.OfferingId;
import id.ngupi.hosting.ScheduleOutcome;
import id.ngupi.hosting.TimeWindow;
import id.ngupi.identity.Account;
import id.ngupi.identity.AccountEvents.EmailVerificationRequested;
import id.ngupi.identity.Accounts;
import id.ngupi.notifications.Inbox;
import id.ngupi.notifications.MailPreferences;
import id.ngupi.notifications.NotificationKind;
import id.ngupi.web.NgupiWebTest;
import id.ngupi.web.StatementCounter;
import id.ngupi.web.booking.Bookers;
import id.ngupi.web.booking.Bookers.Host;
import id.ngupi.web.profile.Members;
import id.ngupi.web.support.Links;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A member's data export holds all of their data, each module's part with the right
 * values: the host profile with its offerings and schedule, bookings on both sides with
 * their topics, answers, messages, statuses and times, the waitlists they joined and
 * whether they have a calendar feed. Other members appear only by the handle the member
 * saw; their own data, and every secret, never.
 */
@NgupiWebTest
@RecordApplicationEvents
class AccountExportTests {

	/**
	 * What the export costs however many bookings, offerings and schedule entries the
	 * member has: the member's account (1, in the filter); identity's part (the account
	 * with its identities, the pending email: 2); hosting's (the profile with its topics,
	 * its times, the offerings, the schedule's five tables and the busy times, the own
	 * calendars: 10); booking's (bookings, waitlist places, calendar feed: 3);
	 * notifications' (everything told, its mails, the mail choices, a refusal: 4);
	 * feedback's (the sessions asked about: 1, and 2 more to read their words once there
	 * are any); rounds' (the applications, the member's places in settled rounds, the
	 * rounds they opened: 3, and 1 more for the rounds applied to once there are any);
	 * and the names they refer to (the other members, the offerings, the topics: 3).
	 */
	static final int EXPORT = 27;

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

	private final MockMvc mvc;

	private final Accounts accounts;

	private final Hosting hosting;

	private final Bookings bookings;

	private final BookingQueries queries;

	private final Waitlist waitlist;

	private final CalendarFeeds feeds;

	private final StatementCounter statements;

	private final Bookers bookers;

	@Autowired
	private Inbox inbox;

	@Autowired
	private MailPreferences mailPreferences;

	AccountExportTests(@Autowired MockMvc mvc, @Autowired Accounts accounts, @Autowired Hosting hosting,
			@Autowired OpenSlots openSlots, @Autowired Bookings bookings, @Autowired BookingQueries queries,
			@Autowired Waitlist waitlist, @Autowired CalendarFeeds feeds, @Autowired StatementCounter statements) {
		this.mvc = mvc;
		this.accounts = accounts;
		this.hosting = hosting;
		this.bookings = bookings;
		this.queries = queries;
		this.waitlist = waitlist;
		this.feeds = feeds;
		this.statements = statements;
		this.bookers = new Bookers(accounts, hosting, openSlots);
	}

	@Test
	void holdsEveryPartOfAMemberWhoHostsAndAttendsWithTheRightValues(ApplicationEvents events) throws Exception {
		Host sari = this.bookers.host("sari", true);
		Account member = sari.account();
		LocalDate dayOff = LocalDate.now(JAKARTA).plusDays(40);
		LocalDate extraDay = LocalDate.now(JAKARTA).plusDays(41);
		LocalDateTime oneOff = LocalDate.now(JAKARTA).plusDays(42).atTime(10, 30);
		assertThat(this.hosting.addDayOff(member.id(), dayOff)).isEqualTo(ScheduleOutcome.SAVED);
		assertThat(this.hosting.addExtraWindow(member.id(),
				new ExtraWindow(extraDay, TimeWindow.of(LocalTime.of(8, 0), LocalTime.of(9, 30)))))
			.isEqualTo(ScheduleOutcome.SAVED);
		assertThat(this.hosting.addOneOffSlot(member.id(), sari.offering(), oneOff)).isEqualTo(ScheduleOutcome.SAVED);
		OfferingId retired = this.hosting
			.addOffering(member.id(),
					new OfferingChange("Review CV", 45, "Bawa CV-mu.", "CV untuk posisi apa?", false, 2, 24, 14, 15,
							"https://meet.example.id/cv"))
			.orElseThrow();
		this.hosting.setOfferingActive(member.id(), retired, false);

		// on the host's side: one request approved with a message and a link of its own,
		// one declined with a message
		Account rina = this.bookers.member("rina");
		Account dodi = this.bookers.member("dodi");
		List<Instant> open = this.bookers.open(sari);
		Booking approved = book(rina, sari.offering(), open.get(0), List.of("karier", "backend"));
		assertThat(this.bookings.approve(member.id(), approved.id(), "Sampai ketemu, Rina!"))
			.isEqualTo(AnswerOutcome.ANSWERED);
		assertThat(this.bookings.setMeetingLink(member.id(), approved.id(), "https://meet.google.com/khusus-rina"))
			.isTrue();
		Booking declined = book(dodi, sari.offering(), open.get(1), List.of("backend"));
		assertThat(this.bookings.decline(member.id(), declined.id(), "Maaf, minggu ini aku penuh."))
			.isEqualTo(AnswerOutcome.ANSWERED);

		// on the attendee's side: a session with another host, called off with a reason
		Host budi = this.bookers.host("budi", false);
		String budisEmail = verifiedEmail(budi.account(), "budi-" + UUID.randomUUID() + "@example.id", events);
		Booking cancelled = book(member, budi.offering(), this.bookers.open(budi).get(2), List.of("karier"));
		assertThat(this.bookings.cancel(member.id(), cancelled.id(), "Ada rapat mendadak."))
			.isEqualTo(CancelOutcome.CANCELLED);

		// waiting for a host with no time, a calendar feed and an email being confirmed
		Account full = hostWithoutTimes("penuh");
		assertThat(this.waitlist.join(member.id(), full.id())).isEqualTo(JoinOutcome.JOINED);
		String feedSecret = this.feeds.renew(member.id());
		this.accounts.requestEmailVerification(member.id(), "sari@example.id");
		String emailToken = events.stream(EmailVerificationRequested.class)
			.filter(event -> event.account().equals(member.id()))
			.findFirst()
			.orElseThrow()
			.token();

		// someone else, with data of their own everywhere
		Host other = this.bookers.host("lain", false);
		this.hosting.saveProfile(other.account().id(), new HostProfileChange("Judul RAHASIA-LAIN", "Tentang orang lain",
				List.of("karier"), List.of("en"), "https://meet.example.id/lain", "Europe/Amsterdam"));
		String othersAnswer = "Jawaban orang lain yang tidak boleh muncul di berkas data milik Sari sama sekali.";
		this.bookings.book(other.account().id(), new BookingRequest(budi.offering(), this.bookers.open(budi).get(0),
				List.of("backend"), othersAnswer, UUID.randomUUID()));
		this.waitlist.join(other.account().id(), full.id());
		this.feeds.renew(other.account().id());

		String body = download(member);
		JsonNode export = json.readTree(body);

		assertThat(export.propertyNames()).containsExactly("format", "exportedAt", "account", "linkedIdentities",
				"pendingEmailVerifications", "hosting", "bookings", "waitlist", "calendarFeed", "notifications", "mail",
				"feedback", "rounds");
		assertThat(export.get("format").asString()).isEqualTo("ngupi-account-export/9");
		assertThat(export.get("account").get("handle").asString()).isEqualTo(sari.handle());

		JsonNode hosting = export.get("hosting");
		assertThat(hosting.propertyNames()).containsExactly("headline", "about", "topics", "languages", "meetingUrl",
				"timezone", "paused", "startedAt", "updatedAt", "offerings", "weeklySchedule", "daysOff", "extraHours",
				"oneOffSlots", "meetingRooms", "calendars", "busyTimes");
		assertThat(hosting.get("meetingRooms").asBoolean()).isFalse();
		assertThat(hosting.get("calendars").isEmpty()).as("no calendar of their own added").isTrue();
		assertThat(hosting.get("headline").asString()).isEqualTo("Ngobrol karier");
		assertThat(hosting.get("about").asString()).isEqualTo("Halo!");
		assertThat(hosting.get("topics").valueStream().map(topic -> topic.get("slug").asString()))
			.containsExactly("karier", "backend");
		assertThat(hosting.get("topics").get(0).get("nameId").asString()).isEqualTo("Karier");
		assertThat(hosting.get("topics").get(0).get("nameEn").asString()).isEqualTo("Career");
		assertThat(hosting.get("languages").valueStream().map(JsonNode::asString)).containsExactly("id");
		assertThat(hosting.get("meetingUrl").asString()).isEqualTo(Bookers.HOST_MEETING);
		assertThat(hosting.get("timezone").asString()).isEqualTo("Asia/Jakarta");
		assertThat(hosting.get("paused").asBoolean()).isFalse();
		assertThat(Instant.parse(hosting.get("startedAt").asString())).isBefore(Instant.now());
		assertThat(hosting.get("startedAt").asString()).endsWith("Z");

		JsonNode offerings = hosting.get("offerings");
		assertThat(offerings.valueStream().map(offering -> offering.get("id").asString()))
			.containsExactly(sari.offering().toString(), retired.toString());
		JsonNode active = offerings.get(0);
		assertThat(active.get("title").asString()).isEqualTo("Ngupi 30 menit");
		assertThat(active.get("question").asString()).isEqualTo(Bookers.QUESTION);
		assertThat(active.get("needsApproval").asBoolean()).isTrue();
		assertThat(active.get("meetingUrl").isNull()).isTrue();
		JsonNode cv = offerings.get(1);
		assertThat(cv.get("title").asString()).isEqualTo("Review CV");
		assertThat(cv.get("durationMinutes").asInt()).isEqualTo(45);
		assertThat(cv.get("description").asString()).isEqualTo("Bawa CV-mu.");
		assertThat(cv.get("weeklyQuota").asInt()).isEqualTo(2);
		assertThat(cv.get("minNoticeHours").asInt()).isEqualTo(24);
		assertThat(cv.has("minNoticeMinutes")).as("one unit, the one the host sets").isFalse();
		assertThat(cv.get("horizonDays").asInt()).isEqualTo(14);
		assertThat(cv.get("bufferMinutes").asInt()).isEqualTo(15);
		assertThat(cv.get("meetingUrl").asString()).isEqualTo("https://meet.example.id/cv");
		assertThat(cv.get("active").asBoolean()).isFalse();
		assertThat(Instant.parse(cv.get("updatedAt").asString()))
			.isAfterOrEqualTo(Instant.parse(cv.get("createdAt").asString()));

		JsonNode weekly = hosting.get("weeklySchedule");
		assertThat(weekly.valueStream().map(window -> window.get("day").asString())).containsExactly("monday",
				"tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
		assertThat(weekly.get(0).get("start").asString()).isEqualTo("19:00");
		assertThat(weekly.get(0).get("end").asString()).isEqualTo("21:00");
		assertThat(hosting.get("daysOff").valueStream().map(JsonNode::asString)).containsExactly(dayOff.toString());
		JsonNode extra = hosting.get("extraHours").get(0);
		assertThat(extra.get("date").asString()).isEqualTo(extraDay.toString());
		assertThat(extra.get("start").asString()).isEqualTo("08:00");
		assertThat(extra.get("end").asString()).isEqualTo("09:30");
		JsonNode slot = hosting.get("oneOffSlots").get(0);
		assertThat(slot.get("offeringId").asString()).isEqualTo(sari.offering().toString());
		assertThat(Instant.parse(slot.get("start").asString())).isEqualTo(oneOff.atZone(JAKARTA).toInstant());

		JsonNode sessions = export.get("bookings");
		assertThat(sessions.valueStream().map(session -> session.get("id").asString()))
			.containsExactlyInAnyOrder(approved.id().toString(), declined.id().toString(), cancelled.id().toString());
		JsonNode withRina = session(sessions, approved);
		assertThat(withRina.propertyNames()).containsExactly("id", "role", "counterpartHandle", "offeringId",
				"offeringTitle", "start", "end", "status", "topics", "answer", "respondBy", "hostMessage",
				"cancelledBy", "cancelReason", "lateCancellation", "rescheduledFrom", "meetingUrl", "requestedAt",
				"updatedAt");
		assertThat(withRina.get("role").asString()).isEqualTo("host");
		assertThat(withRina.get("counterpartHandle").asString()).isEqualTo(rina.handle().value());
		assertThat(withRina.get("offeringId").asString()).isEqualTo(sari.offering().toString());
		assertThat(withRina.get("offeringTitle").asString()).isEqualTo("Ngupi 30 menit");
		assertThat(withRina.get("start").asString()).isEqualTo(open.get(0).toString());
		assertThat(withRina.get("end").asString()).isEqualTo(open.get(0).plus(Duration.ofMinutes(30)).toString());
		assertThat(withRina.get("status").asString()).isEqualTo("confirmed");
		assertThat(withRina.get("topics").valueStream().map(topic -> topic.get("slug").asString()))
			.containsExactly("karier", "backend");
		assertThat(withRina.get("topics").get(1).get("nameEn").asString()).isEqualTo("Backend");
		assertThat(withRina.get("answer").asString()).isEqualTo(Bookers.ANSWER);
		assertThat(Instant.parse(withRina.get("respondBy").asString())).isEqualTo(approved.respondBy());
		assertThat(withRina.get("hostMessage").asString()).isEqualTo("Sampai ketemu, Rina!");
		assertThat(withRina.get("cancelledBy").isNull()).isTrue();
		assertThat(withRina.get("meetingUrl").asString()).isEqualTo("https://meet.google.com/khusus-rina");
		Booking stored = this.queries.find(member.id(), approved.id()).orElseThrow();
		assertThat(Instant.parse(withRina.get("requestedAt").asString())).isEqualTo(stored.createdAt());
		assertThat(Instant.parse(withRina.get("updatedAt").asString())).isEqualTo(stored.updatedAt())
			.isAfter(stored.createdAt());
		JsonNode withDodi = session(sessions, declined);
		assertThat(withDodi.get("role").asString()).isEqualTo("host");
		assertThat(withDodi.get("counterpartHandle").asString()).isEqualTo(dodi.handle().value());
		assertThat(withDodi.get("status").asString()).isEqualTo("declined");
		assertThat(withDodi.get("hostMessage").asString()).isEqualTo("Maaf, minggu ini aku penuh.");
		JsonNode withBudi = session(sessions, cancelled);
		assertThat(withBudi.get("role").asString()).isEqualTo("attendee");
		assertThat(withBudi.get("counterpartHandle").asString()).isEqualTo(budi.handle());
		assertThat(withBudi.get("status").asString()).isEqualTo("cancelled");
		assertThat(withBudi.get("cancelledBy").asString()).isEqualTo("attendee");
		assertThat(withBudi.get("cancelReason").asString()).isEqualTo("Ada rapat mendadak.");
		assertThat(withBudi.get("lateCancellation").asBoolean()).isFalse();
		assertThat(withBudi.get("topics").get(0).get("nameId").asString()).isEqualTo("Karier");

		assertThat(export.get("waitlist")).hasSize(1);
		assertThat(export.get("waitlist").get(0).get("hostHandle").asString()).isEqualTo(full.handle().value());
		assertThat(export.get("waitlist").get(0).get("notifiedAt").isNull()).isTrue();
		assertThat(export.get("calendarFeed").get("exists").asBoolean()).isTrue();
		assertThat(Instant.parse(export.get("calendarFeed").get("createdAt").asString()))
			.isEqualTo(this.feeds.since(member.id()).orElseThrow());

		assertThat(body).as("no secret")
			.doesNotContain(feedSecret, sha256(feedSecret), emailToken, sha256(emailToken), "token", "hash",
					"/kalender/");
		assertThat(body).as("nothing of other members but the handles the member saw")
			.doesNotContain(other.handle(), other.account().id().toString(), "RAHASIA-LAIN", othersAnswer,
					"https://meet.example.id/lain", rina.id().toString(), dodi.id().toString(),
					budi.account().id().toString(), budisEmail);
		JsonNode told = export.get("notifications");
		((ObjectNode) export).remove("notifications");
		assertThat(export.toString()).as("names only as the member was told them")
			.doesNotContain(rina.displayName(), budi.account().displayName());
		assertThat(told.toString()).contains(rina.displayName(), budi.account().displayName());
	}

	@Test
	void holdsWhatTheMemberWasToldInTheirLanguageAndTheMailChoicesTheyMade() throws Exception {
		Host host = this.bookers.host("kabar", true);
		Account attendee = this.bookers.member("penanya");
		Booking request = book(attendee, host.offering(), this.bookers.open(host).get(0), List.of("karier"));
		await().atMost(Duration.ofSeconds(10)).until(() -> this.inbox.unread(host.account().id()) > 0);
		this.mailPreferences.choose(host.account().id(), NotificationKind.REMINDER_1H, false);

		String body = download(host.account());
		JsonNode export = json.readTree(body);

		JsonNode told = export.get("notifications");
		assertThat(told).hasSize(1);
		assertThat(told.get(0).propertyNames()).containsExactly("kind", "title", "text", "link", "createdAt", "read",
				"mail");
		assertThat(told.get(0).get("kind").asString()).isEqualTo("booking_requested");
		assertThat(told.get(0).get("title").asString()).as("written in the member's language").isNotBlank();
		assertThat(told.get(0).get("link").asString()).isEqualTo(Links.session(request.id()));
		assertThat(told.get(0).get("read").asBoolean()).isFalse();
		assertThat(told.get(0).get("mail").isNull()).as("no verified address, no mail").isTrue();
		assertThat(export.get("mail").get("kinds").get("reminder_1h").asBoolean()).isFalse();
		assertThat(export.get("mail").get("kinds").get("reminder_24h").asBoolean()).isTrue();
		assertThat(export.get("mail").get("refusedBecause").isNull()).isTrue();
		assertThat(json.readTree(download(attendee)).get("notifications")).as("the request was the host's news")
			.isEmpty();
		assertThat(body).as("no unsubscribe token").doesNotContain("/kabar/berhenti/");
	}

	@Test
	void givesTheAttendeeTheSessionsOwnLinkOnlyWhileItIsConfirmed() throws Exception {
		Host host = this.bookers.host("tautan", false);
		Account attendee = this.bookers.member("hadir");
		List<Instant> open = this.bookers.open(host);
		Booking over = book(attendee, host.offering(), open.get(1), List.of("karier"));
		this.bookings.setMeetingLink(host.account().id(), over.id(), "https://meet.example.id/sudah-batal");
		this.bookings.cancel(attendee.id(), over.id(), null);
		Booking live = book(attendee, host.offering(), open.get(0), List.of("karier"));
		this.bookings.setMeetingLink(host.account().id(), live.id(), "https://meet.example.id/masih-berlaku");

		JsonNode attendees = json.readTree(download(attendee)).get("bookings");
		JsonNode hosts = json.readTree(download(host.account())).get("bookings");

		assertThat(session(attendees, live).get("meetingUrl").asString())
			.isEqualTo("https://meet.example.id/masih-berlaku");
		assertThat(session(attendees, over).get("meetingUrl").isNull()).isTrue();
		assertThat(session(hosts, over).get("meetingUrl").asString()).as("the host set it")
			.isEqualTo("https://meet.example.id/sudah-batal");
	}

	@Test
	void costsTheSameFewStatementsHoweverMuchTheMemberHas() throws Exception {
		Host few = this.bookers.host("sedikit", false);
		Host many = this.bookers.host("banyak", false);
		Host other = this.bookers.host("lainnya", false);
		book(few.account(), other.offering(), this.bookers.open(other).get(0), List.of("karier"));
		List<Instant> open = this.bookers.open(many);
		for (int i = 0; i < 3; i++) {
			book(this.bookers.member("peserta"), many.offering(), open.get(i), List.of("backend"));
		}
		book(many.account(), other.offering(), this.bookers.open(other).get(1), List.of("karier"));
		this.hosting.addOffering(many.account().id(), OfferingChange.suggested("id")).orElseThrow();

		this.statements.start();
		download(few.account());
		List<String> forFew = this.statements.stop();
		this.statements.start();
		download(many.account());
		List<String> forMany = this.statements.stop();

		assertThat(forFew).hasSize(EXPORT);
		assertThat(forMany).hasSize(EXPORT);
	}

	private String download(Account member) throws Exception {
		return this.mvc.perform(get(Links.SETTINGS_ACCOUNT_EXPORT).with(Members.as(member)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private Booking book(Account attendee, OfferingId offering, Instant start, List<String> topics) {
		BookingOutcome outcome = this.bookings.book(attendee.id(),
				new BookingRequest(offering, start, topics, Bookers.ANSWER, UUID.randomUUID()));
		assertThat(outcome).isInstanceOf(Booked.class);
		return ((Booked) outcome).booking();
	}

	private Account hostWithoutTimes(String name) {
		Account host = this.bookers.member(name);
		this.hosting.saveProfile(host.id(), new HostProfileChange("Selalu penuh", "", List.of("karier"), List.of("id"),
				"https://meet.google.com/sel-alu-penuh", "Asia/Jakarta"));
		this.hosting.addOffering(host.id(), OfferingChange.suggested("id")).orElseThrow();
		return host;
	}

	private String verifiedEmail(Account member, String email, ApplicationEvents events) {
		this.accounts.requestEmailVerification(member.id(), email);
		String token = events.stream(EmailVerificationRequested.class)
			.filter(event -> event.account().equals(member.id()))
			.findFirst()
			.orElseThrow()
			.token();
		this.accounts.verifyEmail(token);
		assertThat(this.accounts.find(member.id()).orElseThrow().email()).isEqualTo(email);
		return email;
	}

	private static JsonNode session(JsonNode sessions, Booking booking) {
		return sessions.valueStream()
			.filter(session -> session.get("id").asString().equals(booking.id().toString()))
			.findFirst()
			.orElseThrow();
	}

	private static String sha256(String text) throws Exception {
		return HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
	}

}
