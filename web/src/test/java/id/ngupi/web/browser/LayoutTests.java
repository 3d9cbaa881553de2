package id.ngupi.web.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import id.ngupi.booking.Booking;
import id.ngupi.booking.BookingOutcome.Booked;
import id.ngupi.booking.BookingRequest;
import id.ngupi.booking.BookingStatus;
import id.ngupi.booking.BookingEvents.BookingCompleted;
import id.ngupi.booking.BookingQueries;
import id.ngupi.booking.Bookings;
import id.ngupi.booking.OpenSlot;
import id.ngupi.booking.OpenSlots;
import id.ngupi.feedback.FeedbackForm;
import id.ngupi.feedback.Feedbacks;
import id.ngupi.feedback.NoShowOutcome;
import id.ngupi.feedback.NoShows;
import id.ngupi.hosting.HostDirectory;
import id.ngupi.hosting.HostProfileChange;
import id.ngupi.hosting.Hosting;
import id.ngupi.hosting.OfferingChange;
import id.ngupi.hosting.OfferingId;
import id.ngupi.hosting.TimeWindow;
import id.ngupi.hosting.WeeklyWindow;
import id.ngupi.identity.Account;
import id.ngupi.identity.AccountOutcomes.ProfileOutcome;
import id.ngupi.identity.Accounts;
import id.ngupi.identity.ProfileChange;
import id.ngupi.identity.Provider;
import id.ngupi.identity.ProviderIdentity;
import id.ngupi.moderation.ActionForm;
import id.ngupi.moderation.ActionOutcome;
import id.ngupi.moderation.Moderation;
import id.ngupi.moderation.ModerationAction;
import id.ngupi.moderation.Report;
import id.ngupi.moderation.ReportForm;
import id.ngupi.moderation.ReportOutcome;
import id.ngupi.moderation.ReportReason;
import id.ngupi.moderation.Reports;
import id.ngupi.moderation.Target;
import id.ngupi.rounds.ApplicationForm;
import id.ngupi.rounds.ApplyOutcome;
import id.ngupi.rounds.Picking;
import id.ngupi.rounds.Round;
import id.ngupi.rounds.RoundOutcome;
import id.ngupi.rounds.RoundOutcome.Opened;
import id.ngupi.rounds.RoundPlan;
import id.ngupi.rounds.Rounds;
import id.ngupi.rounds.internal.RoundJobs;
import id.ngupi.web.NgupiWebTest;
import id.ngupi.web.RunningTestClock;
import id.ngupi.web.moderation.ReportLinks;
import id.ngupi.web.profile.Members;
import id.ngupi.web.support.Links;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a person sees on a phone (390 px), a tablet (768 px) and a desktop (1366 px) on
 * the pages a newcomer goes through: nothing wider than the screen, chips and cards
 * styled as chips and cards (a stylesheet that stops applying shows here), the header's
 * links reachable, thumb-sized tap targets on a phone, no serious or critical axe-core
 * violation; and a booking made with the keyboard alone. Every page at every width is
 * saved under {@code target/screenshots/} ({@code 390-discovery.png}) for a person to
 * look at.
 */
@NgupiWebTest
@ExtendWith(Chromium.Tests.class)
class LayoutTests {

	/** A phone, a tablet and a laptop, each with the height of a real one. */
	private static final List<Screen> SCREENS = List.of(new Screen(390, 844, true), new Screen(768, 1024, true),
			new Screen(1366, 900, false));

	private static final int PHONE = 390;

	/**
	 * Where a page is tightest, looked at without screenshots: the narrowest phone still
	 * common, and the narrowest screen with the whole header on one line.
	 */
	private static final List<Screen> TIGHTEST = List.of(new Screen(360, 740, true), new Screen(1024, 768, false));

	/**
	 * The smallest tap target for a thumb (WCAG 2.5.5, Apple's and Google's guidelines).
	 */
	private static final int TAP = 44;

	/** A header on one line is at most this tall; a second line makes it taller. */
	private static final int ONE_LINE_HEADER = 72;

	/**
	 * axe-core, from the npm registry; {@code npm ci} puts it here before the tests run.
	 */
	private static final Path AXE = Path.of("node_modules", "axe-core", "axe.min.js");

	private static final String ANSWER = "Aku backend developer dua tahun, mau pindah ke perusahaan produk. "
			+ "Ingin ngobrol soal cara menyiapkan interview system design dan memperbaiki CV.";

	private final Chromium chromium;

	private final Visit visit;

	private final ChromeDriver browser;

	private final Accounts accounts;

	private final Hosting hosting;

	private final HostDirectory directory;

	private final OpenSlots openSlots;

	private final Bookings bookings;

	private final BookingQueries queries;

	@Autowired
	private Feedbacks feedbacks;

	@Autowired
	private NoShows noShows;

	@Autowired
	private ApplicationEventPublisher events;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private Rounds rounds;

	@Autowired
	private RoundJobs roundJobs;

	@Autowired
	private RunningTestClock clock;

	@Autowired
	private Reports reports;

	@Autowired
	private Moderation moderation;

	LayoutTests(Chromium chromium, @LocalServerPort int port, @Autowired Accounts accounts, @Autowired Hosting hosting,
			@Autowired HostDirectory directory, @Autowired OpenSlots openSlots, @Autowired Bookings bookings,
			@Autowired BookingQueries queries) {
		this.chromium = chromium;
		this.visit = (chromium != null) ? new Visit(chromium, port) : null;
		this.browser = (chromium != null) ? chromium.driver() : null;
		this.accounts = accounts;
		this.hosting = hosting;
		this.directory = directory;
		this.openSlots = openSlots;
		this.bookings = bookings;
		this.queries = queries;
	}

	@AfterEach
	void nothingWasLoggedToTheConsole() {
		this.clock.reset();
		if (this.visit != null) {
			this.visit.assertQuietConsole();
		}
	}

	@Test
	void discoveryFitsPhoneTabletAndDesktop() {
		String word = Visit.unique("kopi");
		host(word);
		host(word);
		host(word);

		looksRight("discovery", "/?q=" + word);
	}

	@Test
	void hostPageFitsPhoneTabletAndDesktop() {
		Host host = host(Visit.unique("kopi"));

		looksRight("host", Links.profile(host.handle()));
	}

	@Test
	void offeringPageFitsPhoneTabletAndDesktop() {
		Host host = host(Visit.unique("kopi"));

		looksRight("offering", Links.offering(host.handle(), host.instant().toString()));
	}

	@Test
	void bookingFormFitsPhoneTabletAndDesktop() {
		Host host = host(Visit.unique("kopi"));
		Account attendee = member("Dewi Lestari Anggraini");
		logIn(attendee);

		looksRight("booking-form",
				Links.bookingForm(host.handle(), host.instant().toString(), open(host.instant()).get(1)));
	}

	@Test
	void theNoticeOfAnAttendeeAtTheHostLimitFitsPhoneTabletAndDesktop() {
		Host host = host(Visit.unique("kopi"));
		Account attendee = member("Dewi Lestari Anggraini");
		book(attendee, host.instant());
		logIn(attendee);

		looksRight("host-limit", Links.profile(host.handle()));
		looksRight("booking-form-host-limit",
				Links.bookingForm(host.handle(), host.instant().toString(), open(host.instant()).get(1)));
	}

	@Test
	void sessionPageFitsPhoneTabletAndDesktop() {
		Host host = host(Visit.unique("kopi"));
		Account attendee = member("Dewi Lestari Anggraini");
		Booking booking = book(attendee, host.instant());
		logIn(attendee);

		looksRight("session", Links.session(booking.id()));
	}

	@Test
	void aHostPageWithItsTrackRecordAndTestimonialsFitsPhoneTabletAndDesktop() {
		Host host = host(Visit.unique("kopi"));
		for (String name : List.of("Dewi Lestari Anggraini", "Bagus Prakoso", "Maria Goreti Bria")) {
			Account attendee = member(name);
			Booking booking = ended(attendee, host);
			this.feedbacks.write(attendee.id(), booking.id(), new FeedbackForm(5,
					"Sangat membumi. Host menunjukkan contoh CV yang lolos dan yang tidak, lalu membedah satu per satu.",
					"Portofolio cukup tiga proyek yang dalam, bukan sepuluh yang dangkal.", "", true, true));
			this.feedbacks.write(host.account().id(), booking.id(), new FeedbackForm(5, "",
					"Cara junior sekarang belajar: banyak dari video pendek.", "", false, true));
		}

		looksRight("host-track-record", Links.profile(host.handle()));
	}

	@Test
	void aNoShowReportWithItsAnswerFormFitsPhoneTabletAndDesktop() {
		Host host = host(Visit.unique("kopi"));
		Account attendee = member("Dewi Lestari Anggraini");
		Booking booking = ended(attendee, host);
		assertThat(this.noShows.report(host.account().id(), booking.id())).isEqualTo(NoShowOutcome.RECORDED);
		logIn(attendee);

		looksRight("no-show-answer", Links.sessionFeedback(booking.id()));
	}

	@Test
	void feedbackFormFitsPhoneTabletAndDesktop() {
		Host host = host(Visit.unique("kopi"));
		Account attendee = member("Dewi Lestari Anggraini");
		Booking booking = ended(attendee, host);
		logIn(attendee);

		looksRight("feedback", Links.sessionFeedback(booking.id()));
		List<WebElement> ratings = this.browser.findElements(By.cssSelector(".rating__choice"));
		assertThat(ratings).as("five choices, each a thumb's size")
			.hasSize(5)
			.allMatch(choice -> choice.getRect().getHeight() >= TAP && choice.getRect().getWidth() >= TAP);
	}

	@Test
	void sesikuFitsPhoneTabletAndDesktop() {
		Account attendee = member("Dewi Lestari Anggraini");
		book(attendee, host(Visit.unique("kopi")).instant());
		book(attendee, host(Visit.unique("kopi")).withApproval());
		logIn(attendee);

		looksRight("sesiku", Links.SESSIONS);
	}

	@Test
	void theInboxAndTheMailPreferencesFitPhoneTabletAndDesktop() {
		Host host = host(Visit.unique("kopi"));
		book(member("Dewi Lestari Anggraini"), host.instant());
		book(member("Bayu Saputra"), host.withApproval());
		logIn(host.account());

		looksRight("inbox", Links.INBOX);
		looksRight("mail-preferences", Links.INBOX_PREFERENCES);
	}

	@Test
	void theAttendeesCancelAndReschedulePagesFitPhoneTabletAndDesktop() {
		Host host = host(Visit.unique("kopi"));
		Account attendee = member("Dewi Lestari Anggraini");
		Booking booking = book(attendee, host.instant());
		logIn(attendee);

		looksRight("session-cancel", Links.sessionCancel(booking.id()));
		looksRight("session-reschedule", Links.sessionReschedule(booking.id()));
	}

	@Test
	void theHostsDeclinePageFitsPhoneTabletAndDesktop() {
		Host host = host(Visit.unique("kopi"));
		Booking request = book(member("Bayu Saputra"), host.withApproval());
		logIn(host.account());

		looksRight("session-decline", Links.sessionDecline(request.id()));
	}

	@Test
	void hostDashboardFitsPhoneTabletAndDesktop() {
		Host host = host(Visit.unique("kopi"));
		book(member("Dewi Lestari Anggraini"), host.instant());
		book(member("Bayu Saputra"), host.withApproval());
		logIn(host.account());

		looksRight("host-dashboard", Links.SESSIONS_HOST);
	}

	@Test
	void scheduleSettingsFitPhoneTabletAndDesktop() {
		Host host = host(Visit.unique("kopi"));
		logIn(host.account());

		looksRight("schedule", Links.SETTINGS_HOSTING_SCHEDULE);
	}

	@Test
	void hostProfileWithAStatusCardAskingForAMeetingLinkFitsPhoneTabletAndDesktop() {
		Host host = host(Visit.unique("kopi"));
		HostProfileChange profile = this.directory.find(host.account().id()).orElseThrow().asChange();
		this.hosting.saveProfile(host.account().id(), new HostProfileChange(profile.headline(), profile.about(),
				profile.topics(), profile.languages(), null, profile.timezone()));
		logIn(host.account());

		looksRight("host-profile", Links.SETTINGS_HOSTING);
		List<WebElement> fixes = this.browser.findElements(By.cssSelector("#checklist-meeting a"));
		assertThat(fixes).as("the profile, both offerings and a room for every session").hasSize(4);
		assertThat(fixes).as("each a thumb's height").allMatch(fix -> fix.getRect().getHeight() >= TAP);
	}

	@Test
	void offeringSettingsFitPhoneTabletAndDesktop() {
		Host host = host(Visit.unique("kopi"));
		logIn(host.account());

		looksRight("offering-settings", Links.hostingOffering(host.instant()));
	}

	@Test
	void aRoundWithTheApplicationFormFitsPhoneTabletAndDesktop() {
		Host host = host(Visit.unique("kopi"));
		Round round = round(host, Picking.DRAW, 4);
		Account member = member("Dewi Lestari Anggraini");
		logIn(member);

		looksRight("round-card", Links.profile(host.handle()));
		looksRight("round", Links.round(round.id()));
		List<WebElement> ranks = this.browser.findElements(By.cssSelector("#ranked select"));
		assertThat(ranks).as("a choice per time, each a thumb's height").hasSize(4);
		assertThat(ranks).allMatch(select -> select.getRect().getHeight() >= TAP);

		apply(member, round, List.of(round.times().get(2).start(), round.times().get(0).start()));
		looksRight("round-applied", Links.round(round.id()));
	}

	@Test
	void theDrawOfASettledRoundFitsPhoneTabletAndDesktop() {
		Host host = host(Visit.unique("kopi"));
		Round round = round(host, Picking.DRAW, 3);
		List<Account> members = new ArrayList<>();
		for (String name : List.of("Dewi Lestari Anggraini", "Bagus Prakoso", "Maria Goreti Bria", "Bayu Saputra",
				"Siti Nurhaliza Rahmawati")) {
			Account member = member(name);
			apply(member, round, List.of());
			members.add(member);
		}
		this.clock.set(round.closesAt().plusSeconds(1));
		assertThat(this.roundJobs.settleDue()).isPositive();
		this.clock.reset();
		logIn(members.get(0));

		looksRight("round-draw", Links.ROUND_DRAW.replace("{id}", round.id().toString()));
		assertThat(this.browser.findElements(By.cssSelector(".round-draw__mine"))).as("the viewer's own ticket")
			.hasSize(1);
		looksRight("round-result", Links.round(round.id()));
	}

	@Test
	void theHostsRoundWithItsApplicantsFitsPhoneTabletAndDesktop() {
		Host host = host(Visit.unique("kopi"));
		Round round = round(host, Picking.HOST, 3);
		apply(member("Dewi Lestari Anggraini"), round, List.of(round.times().get(1).start()));
		apply(member("Bagus Prakoso"), round, List.of());
		apply(member("Maria Goreti Bria"), round,
				List.of(round.times().get(2).start(), round.times().get(0).start(), round.times().get(1).start()));
		logIn(host.account());

		looksRight("host-rounds", Links.SETTINGS_HOSTING_ROUNDS);
		looksRight("host-round-new", Links.SETTINGS_HOSTING_ROUNDS_NEW + "?offering=" + host.instant());

		// the window closed: the host picks, in order
		this.clock.set(round.closesAt().plusSeconds(1));
		looksRight("host-round", Links.hostingRound(round.id()));
		List<WebElement> orders = this.browser.findElements(By.cssSelector("#chooseForm input[name=order]"));
		assertThat(orders).as("an order per applicant, small but a thumb's height").hasSize(3);
		assertThat(orders).allMatch(order -> order.getRect().getHeight() >= TAP && order.getRect().getWidth() < 200);
	}

	@Test
	void theReportFormAndLaporankuFitPhoneTabletAndDesktop() {
		Host host = host(Visit.unique("kopi"));
		Account reporter = member("Dewi Lestari Anggraini");
		Booking booking = book(reporter, host.instant());
		assertThat(this.reports.file(reporter.id(), Target.profile(host.account().id()),
				new ReportForm(ReportReason.SPAM, "Profilnya penuh tautan promosi kursus berbayar.")))
			.isInstanceOf(ReportOutcome.Filed.class);
		logIn(reporter);

		looksRight("report-form", ReportLinks.session(booking.id()));
		List<WebElement> reasons = this.browser.findElements(By.cssSelector("#reason .radio"));
		assertThat(reasons).as("a reason per line, each a thumb's height")
			.hasSize(6)
			.allMatch(reason -> reason.getRect().getHeight() >= TAP);
		looksRight("report-waiting", ReportLinks.profile(host.account().id()));
		looksRight("laporanku", Links.SETTINGS_REPORTS);
	}

	@Test
	void theAdminsQueueCaseMemberAndAuditLogFitPhoneTabletAndDesktop() {
		Host host = host(Visit.unique("kopi"));
		Account reporter = member("Dewi Lestari Anggraini");
		Booking booking = book(reporter, host.instant());
		Account admin = this.accounts.signIn(new ProviderIdentity(Provider.GITHUB, "moderation-web-tests-admin",
				NgupiWebTest.ADMIN, "Moderator Ngupi", null));
		assertThat(this.reports
			.file(reporter.id(), Target.session(booking.id()), new ReportForm(ReportReason.HARASSMENT,
					"Host mengirim pesan kasar setelah saya bertanya soal jadwal.\nSaya tidak nyaman melanjutkan.")))
			.isInstanceOf(ReportOutcome.Filed.class);
		Report report = this.reports.filedBy(reporter.id()).get(0);
		assertThat(this.moderation.actOn(admin.id(), host.account().id(), Target.profile(host.account().id()),
				new ActionForm(ModerationAction.WARN, "Jaga bahasa saat membalas peserta.")))
			.isEqualTo(ActionOutcome.DONE);
		logIn(admin);

		looksRight("admin-queue", Links.ADMIN);
		looksRight("admin-case", Links.adminCase(report.id()));
		looksRight("admin-member", Links.adminMember(host.handle()));
		looksRight("admin-audit", Links.ADMIN_AUDIT);
	}

	@Test
	void aSessionIsBookedWithTheKeyboardAlone() {
		Host host = host(Visit.unique("kopi"));
		Account attendee = member("Dewi Lestari Anggraini");
		logIn(attendee);
		open(Links.offering(host.handle(), host.instant().toString()));

		press(Keys.TAB);
		WebElement skip = focused();
		assertThat(skip.getAttribute("class")).isEqualTo("skip-link");
		assertThat(inViewport(skip)).as("the skip link shows when it has the focus").isTrue();
		press(Keys.ENTER);
		WebElement slot = tabTo("a time to book", (element) -> matches(element, ".slot a"));
		assertThat(focusVisible(slot)).as("the focused time shows an outline").isTrue();
		String chosen = slot.findElement(By.tagName("time")).getAttribute("datetime");
		press(Keys.ENTER);

		this.visit.waitFor("the booking form", () -> this.browser.getCurrentUrl().contains("/pesan"));
		WebElement topic = tabTo("a topic", (element) -> matches(element, "input[name=topics]"));
		press(Keys.SPACE);
		assertThat(topic.isSelected()).as("Space ticks the topic").isTrue();
		tabTo("the answer", (element) -> matches(element, "textarea[name=answer]"));
		WebElement counter = this.browser.findElement(By.id("answer-counter"));
		assertThat(counter.getText()).isEqualTo("0 dari 2.000 karakter");
		new Actions(this.browser).sendKeys(ANSWER.substring(0, 10)).perform();
		assertThat(counter.getText()).as("the counter says what is missing")
			.isEqualTo("Kurang 40 karakter lagi (minimal 50)");
		new Actions(this.browser).sendKeys(ANSWER.substring(10)).perform();
		assertThat(counter.getText()).isEqualTo(ANSWER.length() + " dari 2.000 karakter");
		WebElement submit = tabTo("the submit button", (element) -> matches(element, "form.form button[type=submit]"));
		assertThat(focusVisible(submit)).as("the focused button shows an outline").isTrue();
		press(Keys.ENTER);

		this.visit.waitFor("the session's page", () -> this.browser.getCurrentUrl().matches(".*/sesi/[0-9a-f-]+$"));
		assertThat(this.browser.findElement(By.id("notice")).getText()).contains("Terkonfirmasi");
		assertThat(this.browser.findElement(By.cssSelector(".session__time time")).getAttribute("datetime"))
			.isEqualTo(chosen);
		assertThat(this.queries.asAttendee(attendee.id())).singleElement().satisfies((booking) -> {
			assertThat(booking.start()).isEqualTo(Instant.parse(chosen));
			assertThat(booking.status()).isEqualTo(BookingStatus.CONFIRMED);
			assertThat(booking.answer()).isEqualTo(ANSWER);
		});
	}

	/**
	 * Opens the page and looks at it at each width: the layout facts below, axe-core, and
	 * a screenshot. Every failure at every width is reported together.
	 */
	private void looksRight(String name, String path) {
		open(path);
		SoftAssertions softly = new SoftAssertions();
		try {
			for (Screen screen : TIGHTEST) {
				screen.emulate(this.browser);
				String where = name + " at " + screen.width() + " px";
				Map<String, Object> facts = facts(screen);
				softly.assertThat(number(facts, "scrollWidth"))
					.as(where + ": no horizontal scroll; too wide: %s", facts.get("tooWide"))
					.isLessThanOrEqualTo(screen.width());
				softly.assertThat(number(headerControls(), "height"))
					.as(where + ": the header is one line")
					.isLessThan(ONE_LINE_HEADER);
			}
			for (Screen screen : SCREENS) {
				screen.emulate(this.browser);
				String where = name + " at " + screen.width() + " px";
				screenshot(screen.width() + "-" + name);
				Map<String, Object> facts = facts(screen);
				softly.assertThat(number(facts, "innerWidth")).as(where + ": the viewport").isEqualTo(screen.width());
				softly.assertThat(number(facts, "scrollWidth"))
					.as(where + ": no horizontal scroll; too wide: %s", facts.get("tooWide"))
					.isLessThanOrEqualTo(screen.width());
				softly.assertThat(list(facts, "unstyledChips")).as(where + ": chips look like chips").isEmpty();
				softly.assertThat(list(facts, "unstyledCards")).as(where + ": cards look like cards").isEmpty();
				softly.assertThat(list(facts, "unwrappedLists")).as(where + ": chip rows wrap").isEmpty();
				softly.assertThat(list(facts, "smallText")).as(where + ": text readable without zooming").isEmpty();
				headerLinksAreReachable(softly, name, screen);
				if (screen.width() == PHONE) {
					softly.assertThat(list(facts, "smallTargets")).as(where + ": tap targets of %s px", TAP).isEmpty();
					softly.assertThat(list(facts, "sideBySideFields"))
						.as(where + ": form fields in one column")
						.isEmpty();
				}
				softly.assertThat(axeViolations()).as(where + ": serious or critical axe-core violations").isEmpty();
			}
		}
		finally {
			this.chromium.defaultScreen();
		}
		softly.assertAll();
	}

	/**
	 * Every link and button of the header is on the screen, either at once or, on a
	 * narrow one, behind the menu's summary, which opens it without JavaScript.
	 */
	private void headerLinksAreReachable(SoftAssertions softly, String name, Screen screen) {
		String where = name + " at " + screen.width() + " px";
		Map<String, Object> header = headerControls();
		List<String> hidden = list(header, "hidden");
		softly.assertThat(list(header, "offScreen")).as(where + ": header links on the screen").isEmpty();
		softly.assertThat(number(header, "height")).as(where + ": the header is one line").isLessThan(ONE_LINE_HEADER);
		softly.assertThat(accessibleLinks())
			.as(where + ": header links a screen reader finds")
			.containsAll(list(header, "visibleNames"));
		if (hidden.isEmpty()) {
			return;
		}
		softly.assertThat(screen.width()).as(where + ": a header collapses only on a narrow screen").isLessThan(1024);
		List<WebElement> menus = this.browser
			.findElements(By.cssSelector(".site-header details:not([open]) > summary"));
		softly.assertThat(menus).as(where + ": a menu button for the hidden links %s", hidden).hasSize(1);
		if (menus.size() != 1) {
			return;
		}
		menus.get(0).click();
		Map<String, Object> opened = headerControls();
		softly.assertThat(list(opened, "hidden")).as(where + ": header links in the open menu").isEmpty();
		softly.assertThat(list(opened, "offScreen")).as(where + ": the open menu on the screen").isEmpty();
		softly.assertThat(list(opened, "smallTargets")).as(where + ": tap targets in the open menu").isEmpty();
		screenshot(screen.width() + "-" + name + "-menu");
		menus.get(0).click();
	}

	/**
	 * The names of the links and buttons in the page's accessibility tree, as a screen
	 * reader gets them: every header link shown on the screen must be there too.
	 */
	@SuppressWarnings("unchecked")
	private List<String> accessibleLinks() {
		Map<String, Object> tree = this.browser.executeCdpCommand("Accessibility.getFullAXTree", Map.of());
		List<String> names = new ArrayList<>();
		for (Map<String, Object> node : (List<Map<String, Object>>) tree.get("nodes")) {
			Map<String, Object> role = (Map<String, Object>) node.get("role");
			Map<String, Object> name = (Map<String, Object>) node.get("name");
			if (!Boolean.TRUE.equals(node.get("ignored")) && role != null && name != null
					&& List.of("link", "button").contains(role.get("value"))) {
				names.add(String.valueOf(name.get("value")).trim());
			}
		}
		return names;
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> headerControls() {
		return (Map<String, Object>) this.browser.executeScript(HEADER_CONTROLS, TAP);
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> facts(Screen screen) {
		return (Map<String, Object>) this.browser.executeScript(LAYOUT_FACTS, TAP, screen.width());
	}

	/** The serious and critical violations axe-core finds on the page as it is now. */
	private List<String> axeViolations() {
		if (!Boolean.TRUE.equals(this.browser.executeScript("return typeof window.axe === 'object'"))) {
			this.browser.executeScript(axe());
		}
		Object found = this.browser.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, { resultTypes: ['violations'] }).then((results) => done(results.violations
					.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
					.map((violation) => violation.impact + ' ' + violation.id + ': ' + violation.help + ' at '
						+ violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(', '))));
				""");
		return strings(found);
	}

	private static String axe() {
		try {
			return Files.readString(AXE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("axe-core comes from npm: run `npm ci` in web/ (the build does)", ex);
		}
	}

	private void screenshot(String name) {
		this.visit.screenshot(name);
	}

	private void open(String path) {
		this.visit.open(path);
	}

	private void logIn(Account member) {
		this.visit.logIn(member);
	}

	private void press(CharSequence key) {
		new Actions(this.browser).sendKeys(key).perform();
	}

	private WebElement focused() {
		return this.browser.switchTo().activeElement();
	}

	/**
	 * Presses Tab until the focus is on what the test looks for, as a keyboard user
	 * would.
	 */
	private WebElement tabTo(String what, Predicate<WebElement> wanted) {
		for (int presses = 0; presses < 60; presses++) {
			press(Keys.TAB);
			WebElement element = focused();
			if (wanted.test(element)) {
				return element;
			}
		}
		throw new AssertionError("Tab never reached " + what);
	}

	private boolean matches(WebElement element, String selector) {
		return Boolean.TRUE
			.equals(this.browser.executeScript("return arguments[0].matches(arguments[1])", element, selector));
	}

	private boolean inViewport(WebElement element) {
		return Boolean.TRUE.equals(this.browser.executeScript("""
				const box = arguments[0].getBoundingClientRect();
				return box.width > 0 && box.left >= 0 && box.top >= 0
					&& box.right <= window.innerWidth && box.bottom <= window.innerHeight;
				""", element));
	}

	private boolean focusVisible(WebElement element) {
		return Boolean.TRUE.equals(this.browser.executeScript("""
				const style = getComputedStyle(arguments[0]);
				return arguments[0].matches(':focus-visible') && style.outlineStyle !== 'none'
					&& parseFloat(style.outlineWidth) >= 2;
				""", element));
	}

	/**
	 * A listed host in Asia/Jakarta with a long name, five topics, two languages, a
	 * meeting link and two offerings (one confirmed at once, one the host approves), open
	 * every evening and Saturday morning.
	 */
	private Host host(String word) {
		Account host = member("Rina Wulandari Kusumawardhani");
		this.hosting.saveProfile(host.id(),
				new HostProfileChange("Backend engineer di startup logistik; ngobrol soal karier, Go dan " + word,
						"Sudah 8 tahun di backend, dari PHP ke Go.\nSenang bantu yang mau pindah karier atau "
								+ "menyiapkan interview.",
						List.of("karier", "backend", "interview", "portofolio", "belajar-ngoding"), List.of("id", "en"),
						"https://meet.google.com/abc-defg-hij", "Asia/Jakarta"));
		OfferingId instant = this.hosting
			.addOffering(host.id(),
					new OfferingChange("Ngupi 30 menit", 30, "Ngobrol santai soal apa saja seputar karier backend.",
							"Apa yang ingin kamu bahas?", false, 5, 0, 21, 0, null))
			.orElseThrow();
		OfferingId withApproval = this.hosting
			.addOffering(host.id(),
					new OfferingChange("Review CV dan portofolio", 45, "", "Tautan CV-mu?", true, 3, 0, 21, 0, null))
			.orElseThrow();
		List<WeeklyWindow> windows = new ArrayList<>();
		for (DayOfWeek day : DayOfWeek.values()) {
			windows.add(new WeeklyWindow(day, TimeWindow.of(LocalTime.of(19, 0), LocalTime.of(21, 0))));
		}
		windows.add(new WeeklyWindow(DayOfWeek.SATURDAY, TimeWindow.of(LocalTime.of(9, 0), LocalTime.of(12, 0))));
		this.hosting.replaceWeeklySchedule(host.id(), windows);
		return new Host(host, instant, withApproval);
	}

	/** A member with a real-looking name, in Jakarta. */
	/**
	 * A session booked with the host whose end has been told, once both sides are asked.
	 */
	private Booking ended(Account attendee, Host host) {
		Booking booking = book(attendee, host.instant());
		this.transactions.executeWithoutResult(status -> this.events.publishEvent(new BookingCompleted(booking.id(),
				booking.host(), booking.attendee(), Instant.now().minus(Duration.ofHours(1)), booking.topics())));
		this.visit.waitFor("both sides asked", () -> this.feedbacks.of(attendee.id(), booking.id()).isPresent()
				&& this.feedbacks.of(host.account().id(), booking.id()).isPresent());
		return booking;
	}

	private Account member(String name) {
		Account member = Members.create(this.accounts, "m");
		ProfileChange change = new ProfileChange(member.handle().value(), name, "", "Asia/Jakarta", "id", null, null,
				null, null);
		assertThat(this.accounts.updateProfile(member.id(), change)).isEqualTo(ProfileOutcome.UPDATED);
		return this.accounts.find(member.id()).orElseThrow();
	}

	/**
	 * An offering's open times a day or more ahead, so that none turns too soon during a
	 * test.
	 */
	private List<Instant> open(OfferingId offering) {
		Instant tomorrow = Instant.now().plus(Duration.ofDays(1));
		return this.openSlots.of(offering).stream().map(OpenSlot::start).filter(tomorrow::isBefore).toList();
	}

	/**
	 * The attendee books the offering's first open time a day or more ahead at which they
	 * have no other session.
	 */
	private Booking book(Account attendee, OfferingId offering) {
		List<Instant> open = open(offering);
		for (Instant start : open.subList(0, Math.min(open.size(), 20))) {
			BookingRequest request = new BookingRequest(offering, start, List.of("karier", "interview"), ANSWER,
					UUID.randomUUID());
			if (this.bookings.book(attendee.id(), request) instanceof Booked booked) {
				return booked.booking();
			}
		}
		throw new AssertionError("No open time of " + offering + " to book");
	}

	/**
	 * A round of the host's offering confirmed at once, at its first open times a day or
	 * more ahead, taking applications for an hour.
	 */
	private Round round(Host host, Picking picking, int times) {
		RoundOutcome outcome = this.rounds.open(host.account().id(), new RoundPlan(host.instant(),
				open(host.instant()).subList(0, times), null, Instant.now().plus(Duration.ofHours(1)), picking, false));
		assertThat(outcome).isInstanceOf(Opened.class);
		return ((Opened) outcome).round();
	}

	/**
	 * The member applies through the facade: karier, the answer, the times best first.
	 */
	private void apply(Account member, Round round, List<Instant> ranked) {
		assertThat(this.rounds.apply(member.id(), round.id(),
				new ApplicationForm(List.of("karier", "interview"), ANSWER, ranked)))
			.isEqualTo(ApplyOutcome.APPLIED);
	}

	private static long number(Map<String, Object> facts, String key) {
		return ((Number) facts.get(key)).longValue();
	}

	private static List<String> list(Map<String, Object> facts, String key) {
		return strings(facts.get(key));
	}

	private static List<String> strings(Object values) {
		return ((List<?>) values).stream().map(String::valueOf).toList();
	}

	/** Shared by the scripts below: a short description of an element, for messages. */
	private static final String DESCRIBE = """
			const describe = (element) => element.tagName.toLowerCase()
				+ (element.id ? '#' + element.id : '')
				+ (element.classList.length ? '.' + [...element.classList].join('.') : '')
				+ ' "' + (element.innerText || element.value || element.getAttribute('aria-label') || '').trim().slice(0, 30) + '"';
			const shown = (element) => element.checkVisibility({ visibilityProperty: true });
			const box = (element) => element.getBoundingClientRect();
			""";

	/**
	 * The header's links and buttons: which are hidden (in a closed menu), which stick
	 * out of the screen, which are too small to tap.
	 */
	private static final String HEADER_CONTROLS = DESCRIBE
			+ """
					const tap = arguments[0];
					const controls = [...document.querySelectorAll('.site-header a, .site-header button')];
					const visible = [...controls, ...document.querySelectorAll('.site-header summary')].filter(shown);
					return {
						hidden: controls.filter((element) => !shown(element)).map(describe),
						height: Math.round(box(document.querySelector('.site-header')).height),
						visibleNames: controls.filter(shown).map((element) => element.getAttribute('aria-label') || element.innerText.trim()),
						offScreen: visible.filter((element) => box(element).left < 0 || box(element).right > window.innerWidth)
							.map(describe),
						smallTargets: visible.filter((element) => box(element).height < tap).map(describe),
					};
					""";

	/**
	 * What a person would notice first when a stylesheet stops applying or a page does
	 * not fit a phone.
	 */
	private static final String LAYOUT_FACTS = DESCRIBE
			+ """
					const tap = arguments[0];
					const width = arguments[1];
					const all = (selector) => [...document.querySelectorAll(selector)].filter(shown);
					const px = (value) => parseFloat(value) || 0;
					const transparent = (color) => color === 'transparent' || color === 'rgba(0, 0, 0, 0)';

					// anything reaching past the right edge (the skip link waits off screen on purpose)
					const tooWide = all('body *').filter((element) => !element.closest('.skip-link')
						&& box(element).right > width + 0.5).slice(0, 5).map(describe);

					// a chip is a rounded, padded box on a row of chips, not a bulleted, underlined link
					const unstyledChips = all('.chip, .slot').filter((chip) => {
						const style = getComputedStyle(chip);
						const item = chip.closest('li');
						// a time's padding may be its link's, which makes the whole chip the target (or,
						// for a time the viewer cannot book, its text's)
						const padded = [chip, ...chip.querySelectorAll('a, .slot__time')].some((part) => px(getComputedStyle(part).paddingLeft) >= 4);
						return px(style.borderTopLeftRadius) < 4 || !padded
							|| (px(style.borderTopWidth) < 1 && transparent(style.backgroundColor))
							|| (item !== null && getComputedStyle(item).listStyleType !== 'none');
					}).map(describe);
					// ... that wraps, or is one row to swipe through
					const unwrappedLists = all('.topic-list, .slots, .checkboxes__list').filter((list) => {
						const style = getComputedStyle(list);
						return !style.display.includes('flex')
							|| (style.flexWrap !== 'wrap' && !['auto', 'scroll'].includes(style.overflowX));
					}).map(describe);

					// a card has a border, rounded corners and its own background
					const unstyledCards = all('.host-card, .offering, .session-item, .weekly-day, .preview-offering, '
						+ '.hosting-status, .discovery__filters, .waitlist, .notice').filter((card) => {
						const style = getComputedStyle(card);
						return px(style.borderTopWidth) < 1 || px(style.borderTopLeftRadius) < 4
							|| transparent(style.backgroundColor);
					}).map(describe);

					// text in the page no smaller than 14 px: readable on a phone without zooming
					const smallText = all('main *').filter((element) => [...element.childNodes]
						.some((node) => node.nodeType === Node.TEXT_NODE && node.textContent.trim() !== '')
						&& px(getComputedStyle(element).fontSize) < 14).slice(0, 5).map(describe);

					// the fields of a form below each other; a start and an end time may share a row
					const sideBySideFields = [];
					for (const form of all('main form')) {
						const fields = [...form.querySelectorAll('input, select, textarea')].filter(shown)
							.filter((field) => !['hidden', 'checkbox', 'radio', 'submit'].includes(field.type))
							.filter((field) => !field.closest('.time-row'));
						for (let i = 1; i < fields.length; i++) {
							if (box(fields[i]).top < box(fields[i - 1]).bottom - 1) {
								sideBySideFields.push(describe(fields[i - 1]) + ' beside ' + describe(fields[i]));
							}
						}
					}

					// what a thumb taps first: buttons, times, topic chips, navigation, form fields
					const smallTargets = all('main .button, main button, .slot a, .topic-chips .chip, .settings-nav a, '
						+ '.hosting-nav a, .pagination a, .checkboxes__list .checkbox, main select, main textarea, '
						+ 'main input:not([type=hidden]):not([type=checkbox]):not([type=radio])')
						.filter((element) => box(element).height < tap - 0.5).slice(0, 8)
						.map((element) => describe(element) + ' ' + Math.round(box(element).height) + 'px');

					return {
						innerWidth: window.innerWidth,
						scrollWidth: document.documentElement.scrollWidth,
						tooWide, unstyledChips, unwrappedLists, unstyledCards, smallText, sideBySideFields, smallTargets,
					};
					""";

	/**
	 * A screen size the browser emulates.
	 *
	 * @param width its width in CSS pixels
	 * @param height its height
	 * @param mobile whether it is a phone or tablet (the viewport meta tag applies,
	 * scrollbars overlay the page)
	 */
	private record Screen(int width, int height, boolean mobile) {

		void emulate(ChromeDriver browser) {
			browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
					Map.of("width", this.width, "height", this.height, "deviceScaleFactor", 1, "mobile", this.mobile));
		}

	}

	/**
	 * A host and their two offerings.
	 *
	 * @param account the host
	 * @param instant the offering confirmed at once
	 * @param withApproval the offering the host approves first
	 */
	private record Host(Account account, OfferingId instant, OfferingId withApproval) {

		String handle() {
			return this.account.handle().value();
		}

	}

}
