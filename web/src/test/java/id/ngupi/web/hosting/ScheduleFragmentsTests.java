package id.ngupi.web.hosting;

import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.ngupi.hosting.CandidateTime;
import id.ngupi.hosting.HostDirectory;
import id.ngupi.hosting.Hosting;
import id.ngupi.identity.Account;
import id.ngupi.identity.Accounts;
import id.ngupi.web.NgupiWebTest;
import id.ngupi.web.RealHttp;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * htmx's answer to a schedule exception is two views in one response (the exceptions and,
 * out of band, the preview). Over a real socket, where a declared length ends the
 * response, both must arrive whole, the preview must show what the change did to the
 * coming times, and nothing may be logged as an error.
 */
@NgupiWebTest
@ExtendWith(OutputCaptureExtension.class)
class ScheduleFragmentsTests {

	private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

	private static final Locale INDONESIAN = Locale.forLanguageTag("id");

	@LocalServerPort
	int port;

	@Autowired
	FindByIndexNameSessionRepository<? extends Session> sessions;

	@Autowired
	Accounts accounts;

	@Autowired
	Hosting hosting;

	@Autowired
	HostDirectory directory;

	private Hosts hosts;

	private RealHttp http;

	@BeforeEach
	void setUp() {
		this.hosts = new Hosts(this.accounts, this.hosting, this.directory);
		this.http = new RealHttp(this.port);
	}

	@Test
	void addingAndRemovingADayOffThroughHtmxAnswersWithBothFragmentsWholeAndTheTimesOfThatDayGoneAndBack(
			CapturedOutput log) throws Exception {
		Account host = this.hosts.host("fragmen");
		this.hosts.offering(host);
		this.hosts.schedule(host);
		String cookie = RealHttp.sessionOf(this.sessions, host.id());
		List<String> before = previewTimes(host);
		LocalDate monday = firstPreviewDate(host);
		assertThat(before).as("the preview starts with that Monday's evening")
			.hasSize(6)
			.first()
			.asString()
			.startsWith(new HostTimes(JAKARTA, INDONESIAN).span(upcoming(host).get(0)));

		HttpResponse<String> added = htmx(cookie, "/settings/hosting/schedule/days-off",
				Map.of("dayOffDate", monday.toString()));

		Document addedFragments = whole(added);
		assertThat(addedFragments.select("#daysOff-list input[name=date]").eachAttr("value"))
			.containsExactly(monday.toString());
		List<String> withDayOff = previewOf(addedFragments);
		assertThat(withDayOff).as("the preview as the schedule is now").isEqualTo(previewTimes(host)).hasSize(6);
		assertThat(withDayOff).as("nothing on the day off").noneMatch(time -> time.startsWith(day(monday)));
		assertThat(withDayOff.get(0)).as("the next Monday instead").startsWith(day(monday.plusWeeks(1)));

		HttpResponse<String> removed = htmx(cookie, "/settings/hosting/schedule/days-off/remove",
				Map.of("date", monday.toString()));

		Document removedFragments = whole(removed);
		assertThat(removedFragments.select("#daysOff-none")).hasSize(1);
		assertThat(previewOf(removedFragments)).as("the day's times back").isEqualTo(before);
		assertThat(this.directory.availability(host.id()).orElseThrow().daysOff()).isEmpty();
		assertThat(log.getAll()).doesNotContain("ERROR", "IOException", "may not be written");
	}

	@Test
	void addingAndRemovingExtraHoursThroughHtmxAnswersWithBothFragmentsWholeAndTheirTimesInThePreview(
			CapturedOutput log) throws Exception {
		Account host = this.hosts.host("fragmenjam");
		this.hosts.offering(host);
		this.hosts.schedule(host);
		String cookie = RealHttp.sessionOf(this.sessions, host.id());
		List<String> before = previewTimes(host);
		// never a Monday, and well beyond the offering's minimum notice of 12 hours
		LocalDate date = LocalDate.now(JAKARTA).plusDays(2);
		if (date.getDayOfWeek() == DayOfWeek.MONDAY) {
			date = date.plusDays(1);
		}

		HttpResponse<String> added = htmx(cookie, "/settings/hosting/schedule/extra-hours",
				Map.of("extraDate", date.toString(), "extraStart", "08:00", "extraEnd", "09:00"));

		Document addedFragments = whole(added);
		assertThat(addedFragments.select("#extra-list li")).hasSize(1);
		List<String> withExtra = previewOf(addedFragments);
		assertThat(withExtra).isEqualTo(previewTimes(host));
		assertThat(withExtra).as("the extra hours offered")
			.contains(day(date) + ", 08.00–08.30", day(date) + ", 08.30–09.00");
		assertThat(withExtra).isNotEqualTo(before);

		HttpResponse<String> removed = htmx(cookie, "/settings/hosting/schedule/extra-hours/remove",
				Map.of("date", date.toString(), "start", "480", "end", "540"));

		Document removedFragments = whole(removed);
		assertThat(removedFragments.select("#extra-none")).hasSize(1);
		assertThat(previewOf(removedFragments)).isEqualTo(before);
		assertThat(this.directory.availability(host.id()).orElseThrow().extra()).isEmpty();
		assertThat(log.getAll()).doesNotContain("ERROR", "IOException", "may not be written");
	}

	/**
	 * A form sent by htmx in the logged-in session, with the CSRF token as its header.
	 */
	private HttpResponse<String> htmx(String cookie, String path, Map<String, String> form) throws Exception {
		String csrf = RealHttp.csrfOf(this.http.get("/settings/hosting/schedule", cookie), "#scheduleOverrides form");
		return this.http.post(path, cookie, form, "HX-Request", "true", "X-CSRF-TOKEN", csrf);
	}

	/**
	 * Both fragments of an htmx answer, whole: the exceptions, and the preview out of
	 * band, with nothing of the layout.
	 */
	private static Document whole(HttpResponse<String> answer) {
		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.body()).doesNotContain("<html", "<header");
		assertThat(answer.body().strip()).startsWith("<section id=\"scheduleOverrides\"").endsWith("</section>");
		Document fragments = Jsoup.parse(answer.body());
		assertThat(fragments.select("#scheduleOverrides")).hasSize(1);
		assertThat(fragments.select("#schedulePreview[hx-swap-oob=true]")).hasSize(1);
		assertThat(fragments.select("#schedulePreview .preview-offering")).as("the preview to its end").hasSize(1);
		return fragments;
	}

	private static List<String> previewOf(Document fragments) {
		return fragments.select("#schedulePreview .preview-times li").eachText();
	}

	/** The preview as the host's schedule stands, written as the page writes it. */
	private List<String> previewTimes(Account host) {
		HostTimes times = new HostTimes(JAKARTA, INDONESIAN);
		return upcoming(host).stream().map(times::span).toList();
	}

	private List<CandidateTime> upcoming(Account host) {
		return this.directory.upcomingByOffering(host.id(), SchedulePreview.TIMES).values().iterator().next();
	}

	private LocalDate firstPreviewDate(Account host) {
		return LocalDate.ofInstant(upcoming(host).get(0).start(), JAKARTA);
	}

	/** How the preview writes a date: "Senin, 2 Desember". */
	private static String day(LocalDate date) {
		return DateTimeFormatter.ofPattern("EEEE, d MMMM", INDONESIAN).format(date);
	}

}
