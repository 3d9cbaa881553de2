package id.ngupi.web.support;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import id.ngupi.booking.BookingQueries;
import id.ngupi.booking.BookingId;
import id.ngupi.hosting.OfferingId;
import id.ngupi.notifications.NotificationPaths;

import org.springframework.web.util.UriUtils;

/**
 * Every URL of the site in one place, for controllers and templates alike, so that no
 * template concatenates a link by hand.
 */
public final class Links {

	public static final String HOME = "/";

	public static final String LOGIN = "/login";

	public static final String LOGOUT = "/logout";

	public static final String SETTINGS_PROFILE = "/settings/profile";

	public static final String SETTINGS_EMAIL = "/settings/email";

	public static final String SETTINGS_EMAIL_VERIFY = "/settings/email/verify";

	public static final String SETTINGS_EMAIL_REMOVE = "/settings/email/remove";

	public static final String SETTINGS_ACCOUNT = "/settings/account";

	public static final String SETTINGS_ACCOUNT_EXPORT = "/settings/account/export";

	public static final String SETTINGS_ACCOUNT_DELETE = "/settings/account/delete";

	public static final String DEMO_LOGIN = "/login/demo";

	/**
	 * The mails a local run would have sent; exists only in the {@code local} profile.
	 */
	public static final String DEV_MAIL = "/dev/mail";

	/** One of those mails' HTML, for controller mappings. */
	public static final String DEV_MAIL_HTML = "/dev/mail/{id}/html";

	/** One of those mails' attachments, for controller mappings. */
	public static final String DEV_MAIL_ATTACHMENT = "/dev/mail/{id}/lampiran/{index}";

	private Links() {
	}

	/** A mail of the local mailbox, as its HTML. */
	public static String devMailHtml(String mail) {
		return DEV_MAIL + "/" + UriUtils.encodePathSegment(mail, StandardCharsets.UTF_8) + "/html";
	}

	/** An attachment of a mail of the local mailbox. */
	public static String devMailAttachment(String mail, int index) {
		return DEV_MAIL + "/" + UriUtils.encodePathSegment(mail, StandardCharsets.UTF_8) + "/lampiran/" + index;
	}

	/** The login page, coming back to {@code here} afterwards. */
	public static String login(String here) {
		return (here == null || here.isEmpty() || "/".equals(here)) ? LOGIN : LOGIN + "?continue=" + encode(here);
	}

	/** Where the login with a provider starts. */
	public static String loginWith(String providerId) {
		return "/oauth2/authorization/" + UriUtils.encodePathSegment(providerId, StandardCharsets.UTF_8);
	}

	/**
	 * Where the login with a provider starts, coming back to {@code continueTo}
	 * afterwards.
	 */
	public static String loginWith(String providerId, String continueTo) {
		return (continueTo == null) ? loginWith(providerId) : loginWith(providerId) + "?continue=" + encode(continueTo);
	}

	/** A member's public profile, {@code /@handle}. */
	public static String profile(String handle) {
		return "/@" + UriUtils.encodePathSegment(handle, StandardCharsets.UTF_8);
	}

	/** Links another provider to the logged-in member's account (POST). */
	public static String linkProvider(String providerId) {
		return SETTINGS_ACCOUNT + "/link/" + UriUtils.encodePathSegment(providerId, StandardCharsets.UTF_8);
	}

	/** Unlinks a provider from the logged-in member's account (POST). */
	public static String unlinkProvider(String providerId) {
		return SETTINGS_ACCOUNT + "/unlink/" + UriUtils.encodePathSegment(providerId, StandardCharsets.UTF_8);
	}

	// hosting settings

	/**
	 * The id of the meeting link's field in the host profile and offering forms: what the
	 * status card links to.
	 */
	public static final String MEETING_LINK_FIELD = "meetingUrl";

	/** The host profile; turning hosting on when the member does not host yet. */
	public static final String SETTINGS_HOSTING = "/settings/hosting";

	/** The default meeting link's field of the host profile. */
	public static final String SETTINGS_HOSTING_MEETING_LINK = SETTINGS_HOSTING + "#" + MEETING_LINK_FIELD;

	public static final String SETTINGS_HOSTING_PAUSE = "/settings/hosting/pause";

	public static final String SETTINGS_HOSTING_RESUME = "/settings/hosting/resume";

	public static final String SETTINGS_HOSTING_OFFERINGS = "/settings/hosting/offerings";

	public static final String SETTINGS_HOSTING_OFFERINGS_NEW = "/settings/hosting/offerings/new";

	/** One of the host's offerings, for controller mappings. */
	public static final String SETTINGS_HOSTING_OFFERING = "/settings/hosting/offerings/{id}";

	public static final String SETTINGS_HOSTING_OFFERING_RETIRE = "/settings/hosting/offerings/{id}/retire";

	public static final String SETTINGS_HOSTING_OFFERING_REACTIVATE = "/settings/hosting/offerings/{id}/reactivate";

	/** The weekly schedule, the date overrides and the preview of the next times. */
	public static final String SETTINGS_HOSTING_SCHEDULE = "/settings/hosting/schedule";

	/** Turning a room of its own for every session on or off. */
	public static final String SETTINGS_HOSTING_ROOMS = "/settings/hosting/rooms";

	/** Adding one of the host's own calendars, whose busy times are never offered. */
	public static final String SETTINGS_HOSTING_CALENDARS = SETTINGS_HOSTING_SCHEDULE + "/calendars";

	/** Reading one of them now. */
	public static final String SETTINGS_HOSTING_CALENDAR_REFRESH = SETTINGS_HOSTING_CALENDARS + "/{calendar}/refresh";

	/** Removing one of them. */
	public static final String SETTINGS_HOSTING_CALENDAR_REMOVE = SETTINGS_HOSTING_CALENDARS + "/{calendar}/remove";

	public static String hostingCalendarRefresh(Object calendar) {
		return SETTINGS_HOSTING_CALENDARS + "/" + calendar + "/refresh";
	}

	public static String hostingCalendarRemove(Object calendar) {
		return SETTINGS_HOSTING_CALENDARS + "/" + calendar + "/remove";
	}

	public static final String SETTINGS_HOSTING_DAYS_OFF = "/settings/hosting/schedule/days-off";

	public static final String SETTINGS_HOSTING_DAYS_OFF_REMOVE = "/settings/hosting/schedule/days-off/remove";

	public static final String SETTINGS_HOSTING_EXTRA_HOURS = "/settings/hosting/schedule/extra-hours";

	public static final String SETTINGS_HOSTING_EXTRA_HOURS_REMOVE = "/settings/hosting/schedule/extra-hours/remove";

	public static final String SETTINGS_HOSTING_ONE_OFF_SLOTS = "/settings/hosting/schedule/one-off-slots";

	public static final String SETTINGS_HOSTING_ONE_OFF_SLOTS_REMOVE = "/settings/hosting/schedule/one-off-slots/remove";

	/** The form of one of the host's offerings. */
	public static String hostingOffering(OfferingId offering) {
		return SETTINGS_HOSTING_OFFERINGS + "/" + offering.value();
	}

	/** The meeting link's field of the form of one of the host's offerings. */
	public static String hostingOfferingMeetingLink(OfferingId offering) {
		return hostingOffering(offering) + "#" + MEETING_LINK_FIELD;
	}

	/** Retires one of the host's offerings (POST). */
	public static String retireOffering(OfferingId offering) {
		return hostingOffering(offering) + "/retire";
	}

	/** Takes one of the host's retired offerings back (POST). */
	public static String reactivateOffering(OfferingId offering) {
		return hostingOffering(offering) + "/reactivate";
	}

	// discovery, topics and host pages

	/** Where the discovery page's search text goes: {@code /?q=react}. */
	public static final String DISCOVERY_TEXT = "q";

	/** The topic filter of the discovery page: {@code /?topic=frontend}. */
	public static final String DISCOVERY_TOPIC = "topic";

	/** The language a host speaks: {@code /?lang=id}. */
	public static final String DISCOVERY_LANGUAGE = "lang";

	/** Only hosts with time in the coming seven days: {@code /?week=1}. */
	public static final String DISCOVERY_THIS_WEEK = "week";

	/** The page of the results, from 1: {@code /?page=2}. */
	public static final String DISCOVERY_PAGE = "page";

	/** A topic's page, {@code /topics/frontend}. */
	public static String topic(String slug) {
		return "/topics/" + UriUtils.encodePathSegment(slug, StandardCharsets.UTF_8);
	}

	/**
	 * The discovery page ({@link #HOME}) or a topic's page with filters; empty ones are
	 * left out, and page 1 has no number, so that equal searches share one URL.
	 */
	public static String discovery(String path, String text, String topic, String language, boolean withTimeThisWeek,
			int page) {
		StringBuilder query = new StringBuilder();
		parameter(query, DISCOVERY_TEXT, text);
		parameter(query, DISCOVERY_TOPIC, topic);
		parameter(query, DISCOVERY_LANGUAGE, language);
		parameter(query, DISCOVERY_THIS_WEEK, withTimeThisWeek ? "1" : null);
		parameter(query, DISCOVERY_PAGE, (page > 1) ? Integer.toString(page) : null);
		return query.isEmpty() ? path : path + "?" + query;
	}

	/** One of a host's offerings with all its times, {@code /@handle/ngupi/{id}}. */
	public static String offering(String handle, String offeringId) {
		return profile(handle) + "/ngupi/" + UriUtils.encodePathSegment(offeringId, StandardCharsets.UTF_8);
	}

	/** A post on X written in advance, which the viewer may still edit before posting. */
	public static String shareOnX(String text, String url) {
		StringBuilder query = new StringBuilder();
		parameter(query, "text", text);
		parameter(query, "url", url);
		return "https://x.com/intent/post?" + query;
	}

	/**
	 * Appends {@code name=value} unless the value is empty, with every character that
	 * means something in a query encoded: also {@code +}, which would otherwise come back
	 * as a space, and the space as {@code %20}, which every reader of a URL agrees on.
	 */
	private static void parameter(StringBuilder query, String name, String value) {
		if (value != null && !value.isEmpty()) {
			query.append(query.isEmpty() ? "" : "&")
				.append(name)
				.append('=')
				.append(URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20"));
		}
	}

	// booking: sessions, the booking form, the host's dashboard

	/** The member's sessions as attendee: coming, waiting for the host, history. */
	public static final String SESSIONS = "/sesi";

	/** The host's dashboard: requests to answer, coming sessions, history. */
	public static final String SESSIONS_HOST = "/sesi/host";

	/**
	 * The query parameter of a list of sessions naming how many sessions of its history
	 * it shows.
	 */
	public static final String SESSIONS_HISTORY = "riwayat";

	/** One session, for controller mappings. */
	public static final String SESSION = "/sesi/{id}";

	public static final String SESSION_CANCEL = "/sesi/{id}/batal";

	/** The feedback on a session: its form, then both sides' once revealed. */
	public static final String SESSION_FEEDBACK = "/sesi/{id}/masukan";

	/** Instead of feedback: the other side did not come. */
	public static final String SESSION_NO_SHOW = "/sesi/{id}/masukan/tidak-hadir";

	/** The answer of the member reported absent. */
	public static final String SESSION_NO_SHOW_ANSWER = "/sesi/{id}/masukan/jawaban";

	public static final String SESSION_RESCHEDULE = "/sesi/{id}/jadwal-ulang";

	public static final String SESSION_MEETING_LINK = "/sesi/{id}/tautan";

	public static final String SESSION_APPROVE = "/sesi/{id}/setujui";

	public static final String SESSION_DECLINE = "/sesi/{id}/tolak";

	/** The booking form of an offering, for controller mappings. */
	public static final String BOOKING_FORM = "/@{handle}/ngupi/{offering}/pesan";

	/** The query parameter of the booking form naming the chosen start. */
	public static final String BOOKING_START = "start";

	/**
	 * The form booking an offering at a start,
	 * {@code /@handle/ngupi/{id}/pesan?start=...}.
	 */
	public static String bookingForm(String handle, String offeringId, Instant start) {
		return bookingForm(handle, offeringId) + "?" + BOOKING_START + "=" + encode(start.toString());
	}

	/** Where the booking form of an offering is sent (POST). */
	public static String bookingForm(String handle, String offeringId) {
		return offering(handle, offeringId) + "/pesan";
	}

	/**
	 * The member's list of sessions on one side, showing {@code history} sessions of its
	 * history (the first page without a parameter).
	 */
	public static String sessions(boolean asHost, int history) {
		String list = asHost ? SESSIONS_HOST : SESSIONS;
		return (history <= BookingQueries.HISTORY_PAGE) ? list : list + "?" + SESSIONS_HISTORY + "=" + history;
	}

	/** One session, {@code /sesi/{id}}. */
	public static String session(Object booking) {
		return SESSIONS + "/" + UriUtils.encodePathSegment(String.valueOf(booking), StandardCharsets.UTF_8);
	}

	/** The page that asks before a session is called off (GET), and its form (POST). */
	public static String sessionFeedback(Object booking) {
		return session(booking) + "/masukan";
	}

	public static String sessionNoShow(Object booking) {
		return sessionFeedback(booking) + "/tidak-hadir";
	}

	public static String sessionNoShowAnswer(Object booking) {
		return sessionFeedback(booking) + "/jawaban";
	}

	public static String sessionCancel(Object booking) {
		return session(booking) + "/batal";
	}

	/** The time picker of a move (GET), and its form moving the session (POST). */
	public static String sessionReschedule(Object booking) {
		return session(booking) + "/jadwal-ulang";
	}

	/** Sets the session's own meeting link (POST). */
	public static String sessionMeetingLink(Object booking) {
		return session(booking) + "/tautan";
	}

	/** The host approves a request (POST). */
	public static String sessionApprove(Object booking) {
		return session(booking) + "/setujui";
	}

	/**
	 * The page that asks before the host declines a request (GET), and its form (POST).
	 */
	public static String sessionDecline(Object booking) {
		return session(booking) + "/tolak";
	}

	// calendar: ICS files, the private feed, the waitlist

	/** The calendar file of one session, for its two participants only. */
	public static final String CALENDAR_FILE = "/sesi/{id}/kalender.ics";

	/** A member's private calendar feed; the secret in it is the only credential. */
	public static final String CALENDAR_FEED = "/kalender/{token}.ics";

	/** Making, renewing and stopping one's calendar feed. */
	public static final String SETTINGS_CALENDAR = "/settings/kalender";

	public static final String SETTINGS_CALENDAR_RENEW = "/settings/kalender/baru";

	public static final String SETTINGS_CALENDAR_STOP = "/settings/kalender/hentikan";

	// rounds: a host's times opened at once, applied for, drawn or picked

	/** A round's public page: its times, its window, the application form. */
	public static final String ROUND = "/putaran/{id}";

	/** Applying to a round, or changing one's application (POST). */
	public static final String ROUND_APPLY = "/putaran/{id}/daftar";

	/** Withdrawing one's application (POST). */
	public static final String ROUND_WITHDRAW = "/putaran/{id}/mundur";

	/** How a settled round was decided, for anyone to check. */
	public static final String ROUND_DRAW = "/putaran/{id}/undian";

	/** The image of a round's card on X and in chats. */
	public static final String ROUND_CARD = "/putaran/{id}/kartu.png";

	/** A host's rounds, and the way to open one. */
	public static final String SETTINGS_HOSTING_ROUNDS = "/settings/hosting/rounds";

	public static final String SETTINGS_HOSTING_ROUNDS_NEW = "/settings/hosting/rounds/new";

	/** One of the host's rounds: its applications, the pick, calling it off. */
	public static final String SETTINGS_HOSTING_ROUND = "/settings/hosting/rounds/{id}";

	public static final String SETTINGS_HOSTING_ROUND_CHOOSE = "/settings/hosting/rounds/{id}/choose";

	public static final String SETTINGS_HOSTING_ROUND_CANCEL = "/settings/hosting/rounds/{id}/cancel";

	/** A round's public page, for links. */
	public static String round(Object id) {
		return "/putaran/" + id;
	}

	/** One of the host's rounds, for links. */
	public static String hostingRound(Object id) {
		return "/settings/hosting/rounds/" + id;
	}

	/** Joining a host's waitlist (POST), for controller mappings. */
	public static final String WAITLIST_JOIN = "/@{handle}/tunggu";

	public static final String WAITLIST_LEAVE = "/@{handle}/tunggu/keluar";

	// notifications: the inbox ("Kabar"), its bell, mail preferences, one-click
	// unsubscribe

	/** The member's inbox. */
	public static final String INBOX = NotificationPaths.INBOX;

	/** The header's bell alone, for htmx to refresh. */
	public static final String INBOX_BELL = "/kabar/lonceng";

	/** Marks every notification read (POST). */
	public static final String INBOX_READ_ALL = "/kabar/baca-semua";

	/** Marks one notification read (POST), for controller mappings. */
	public static final String INBOX_READ = "/kabar/{id}/baca";

	/** Which kinds of notification are mailed. */
	public static final String INBOX_PREFERENCES = NotificationPaths.PREFERENCES;

	/** A mail's one-click unsubscribe; its signed token is its only credential. */
	public static final String UNSUBSCRIBE = NotificationPaths.UNSUBSCRIBE;

	/** Marks one notification read (POST). */
	public static String inboxRead(Object notification) {
		return INBOX + "/" + UriUtils.encodePathSegment(String.valueOf(notification), StandardCharsets.UTF_8) + "/baca";
	}

	/** The one-click unsubscribe of a token. */
	public static String unsubscribe(String token) {
		return NotificationPaths.unsubscribe(token);
	}

	// moderation: members' reports, the admins' pages

	/** The report form for one thing: {@code /laporan/baru?jenis=...&id=...}. */
	public static final String REPORT_NEW = "/laporan/baru";

	/** Where the report form is sent (POST). */
	public static final String REPORT = "/laporan";

	/**
	 * The report form's query parameters: the kind's code, its id, a feedback's author.
	 */
	public static final String REPORT_KIND = "jenis";

	public static final String REPORT_ID = "id";

	public static final String REPORT_AUTHOR = "penulis";

	/** The member's own reports and where each stands. */
	public static final String SETTINGS_REPORTS = "/settings/laporan";

	/** The admins' queue of open reports. */
	public static final String ADMIN = "/admin";

	/** One report with its content in context, for controller mappings. */
	public static final String ADMIN_CASE = "/admin/laporan/{id}";

	/** The admin's action on a report (POST), for controller mappings. */
	public static final String ADMIN_CASE_ACT = "/admin/laporan/{id}/tindak";

	/** The search for a member by handle ({@code ?handle=}). */
	public static final String ADMIN_MEMBERS = "/admin/anggota";

	/** A member as an admin sees them, for controller mappings. */
	public static final String ADMIN_MEMBER = "/admin/anggota/{handle}";

	/** The admin's action on a member (POST), for controller mappings. */
	public static final String ADMIN_MEMBER_ACT = "/admin/anggota/{handle}/tindak";

	/** The audit log, newest first ({@code ?sebelum=} for older entries). */
	public static final String ADMIN_AUDIT = "/admin/audit";

	/** The audit log's query parameter naming the entry older ones come before. */
	public static final String ADMIN_AUDIT_BEFORE = "sebelum";

	/**
	 * The report form for a thing of a kind ({@code profile}, {@code host_page},
	 * {@code feedback}, {@code session}); the author only for feedback.
	 */
	public static String reportForm(String kind, Object id, Object author) {
		StringBuilder query = new StringBuilder();
		parameter(query, REPORT_KIND, kind);
		parameter(query, REPORT_ID, String.valueOf(id));
		parameter(query, REPORT_AUTHOR, (author != null) ? String.valueOf(author) : null);
		return REPORT_NEW + "?" + query;
	}

	/** One report as the admins see it. */
	public static String adminCase(Object report) {
		return "/admin/laporan/" + UriUtils.encodePathSegment(String.valueOf(report), StandardCharsets.UTF_8);
	}

	/** The admin's action on a report (POST). */
	public static String adminCaseAct(Object report) {
		return adminCase(report) + "/tindak";
	}

	/** A member as the admins see them. */
	public static String adminMember(String handle) {
		return ADMIN_MEMBERS + "/" + UriUtils.encodePathSegment(handle, StandardCharsets.UTF_8);
	}

	/** The admin's action on a member (POST). */
	public static String adminMemberAct(String handle) {
		return adminMember(handle) + "/tindak";
	}

	/** The audit log's entries older than the one given. */
	public static String adminAudit(long before) {
		return ADMIN_AUDIT + "?" + ADMIN_AUDIT_BEFORE + "=" + before;
	}

	private static final DateTimeFormatter GOOGLE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	/** The calendar file of one session. */
	public static String calendarFile(BookingId booking) {
		return session(booking) + "/kalender.ics";
	}

	/** A member's calendar feed with its secret. */
	public static String calendarFeed(String token) {
		return "/kalender/" + UriUtils.encodePathSegment(token, StandardCharsets.UTF_8) + ".ics";
	}

	/** Joins the host's waitlist (POST). */
	public static String waitlistJoin(String handle) {
		return profile(handle) + "/tunggu";
	}

	/** Leaves the host's waitlist (POST). */
	public static String waitlistLeave(String handle) {
		return waitlistJoin(handle) + "/keluar";
	}

	/**
	 * Google Calendar's form for a new event, filled in: times in UTC, every value
	 * encoded; empty details or location are left out.
	 */
	public static String googleCalendar(String title, Instant start, Instant end, String details, String location) {
		StringBuilder query = new StringBuilder("action=TEMPLATE");
		parameter(query, "text", title);
		parameter(query, "dates", GOOGLE_TIME.format(start) + "/" + GOOGLE_TIME.format(end));
		parameter(query, "details", details);
		parameter(query, "location", location);
		return "https://calendar.google.com/calendar/render?" + query;
	}

	private static String encode(String value) {
		return UriUtils.encodeQueryParam(value, StandardCharsets.UTF_8);
	}

}
