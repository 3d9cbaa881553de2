package id.ngupi.web.hosting;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

import id.ngupi.hosting.HostDirectory;
import id.ngupi.hosting.HostProfile;
import id.ngupi.hosting.HostProfileChange;
import id.ngupi.hosting.Hosting;
import id.ngupi.hosting.Offering;
import id.ngupi.hosting.OfferingChange;
import id.ngupi.hosting.OfferingId;
import id.ngupi.hosting.TimeWindow;
import id.ngupi.hosting.WeeklyWindow;
import id.ngupi.identity.Account;
import id.ngupi.identity.Accounts;
import id.ngupi.web.profile.Members;
import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import org.springframework.test.web.servlet.MvcResult;

/**
 * Members and hosts for the hosting settings tests, set up through the hosting facade so
 * that each test drives only the page it is about, and the small HTML helpers they share.
 */
final class Hosts {

	/** The default meeting link of the hosts made here. */
	static final String MEETING_LINK = "https://meet.google.com/abc-defg-hij";

	/** The cookie of a viewer who chose English. */
	static final Cookie ENGLISH = new Cookie("ngupi-lang", "en");

	private final Accounts accounts;

	private final Hosting hosting;

	private final HostDirectory directory;

	Hosts(Accounts accounts, Hosting hosting, HostDirectory directory) {
		this.accounts = accounts;
		this.hosting = hosting;
		this.directory = directory;
	}

	/** A new member who does not host. */
	Account member(String name) {
		return Members.create(this.accounts, name);
	}

	/**
	 * A new host in Asia/Jakarta talking about careers, with a default meeting link and
	 * nothing offered yet.
	 */
	Account host(String name) {
		Account member = member(name);
		this.hosting.saveProfile(member.id(), new HostProfileChange("Ngobrol soal karier", "Halo!", List.of("karier"),
				List.of("id"), MEETING_LINK, "Asia/Jakarta"));
		return member;
	}

	/** A new host like {@link #host}, but without any meeting link. */
	Account hostWithoutMeetingLink(String name) {
		Account member = member(name);
		this.hosting.saveProfile(member.id(), new HostProfileChange("Ngobrol soal karier", "Halo!", List.of("karier"),
				List.of("id"), null, "Asia/Jakarta"));
		return member;
	}

	/** A new offering of the host, as the form suggests it. */
	OfferingId offering(Account host) {
		return this.hosting.addOffering(host.id(), OfferingChange.suggested("id")).orElseThrow();
	}

	/** Mondays from 19:00 to 21:00 in the host's zone. */
	void schedule(Account host) {
		this.hosting.replaceWeeklySchedule(host.id(),
				List.of(new WeeklyWindow(DayOfWeek.MONDAY, TimeWindow.of(LocalTime.of(19, 0), LocalTime.of(21, 0)))));
	}

	HostProfile profile(Account member) {
		return this.directory.find(member.id()).orElseThrow();
	}

	Offering offering(OfferingId offering) {
		return this.directory.offering(offering).orElseThrow();
	}

	/**
	 * The session a response belongs to, where a flashed notice waits for the redirect
	 * (sessions live in PostgreSQL, so MockMvc's own flash attributes do not reach it).
	 */
	static Cookie session(MvcResult result) {
		return result.getResponse().getCookie("NGUPI_SESSION");
	}

	static Document html(MvcResult result) throws Exception {
		return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	static String text(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	/** The messages shown next to a field (or a row of the schedule). */
	static List<String> errorsOf(Document page, String field) {
		return page.select("#" + field + "-error li").eachText();
	}

}
