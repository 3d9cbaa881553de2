package id.ngupi.web.discovery;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import id.ngupi.hosting.HostProfileChange;
import id.ngupi.hosting.Hosting;
import id.ngupi.hosting.OfferingChange;
import id.ngupi.hosting.TimeWindow;
import id.ngupi.hosting.WeeklyWindow;
import id.ngupi.identity.Account;
import id.ngupi.identity.Accounts;
import id.ngupi.identity.Provider;
import id.ngupi.identity.ProviderIdentity;
import id.ngupi.web.security.MemberPrincipal;

import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/**
 * Members and hosts for the discovery and host page tests, made through the identity and
 * hosting facades as the site makes them. All web tests share one database, so every test
 * searches words of its own ({@link #unique}) and never expects to be alone on {@code /}.
 */
final class TestHosts {

	/** The default meeting link of ordinary hosts made here. */
	static final String MEETING_LINK = "https://meet.google.com/abc-defg-hij";

	private final Accounts accounts;

	private final Hosting hosting;

	TestHosts(Accounts accounts, Hosting hosting) {
		this.accounts = accounts;
		this.hosting = hosting;
	}

	/** A word no other test uses: lower-case letters, so search reads it as one word. */
	static String unique(String prefix) {
		StringBuilder word = new StringBuilder(prefix);
		for (int i = 0; i < 10; i++) {
			word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
		}
		return word.toString();
	}

	/** A new member with this name who does not host. */
	Account member(String name) {
		return member(name, null);
	}

	Account member(String name, String avatarUrl) {
		return this.accounts
			.signIn(new ProviderIdentity(Provider.GITHUB, UUID.randomUUID().toString(), unique("m"), name, avatarUrl));
	}

	/**
	 * A listed host in Asia/Jakarta speaking Indonesian, with a default meeting link, one
	 * 30-minute offering and evenings (19:00 to 21:00) every day.
	 */
	Account host(String headline, String... topics) {
		return host(member("Host " + unique("")), profile(headline, List.of("id"), topics));
	}

	/** The member turned into a host with this profile, an offering and evenings. */
	Account host(Account member, HostProfileChange profile) {
		this.hosting.saveProfile(member.id(), profile);
		this.hosting.addOffering(member.id(), offering("Ngupi 30 menit")).orElseThrow();
		this.hosting.replaceWeeklySchedule(member.id(), everyEvening());
		return member;
	}

	/** A profile with a default meeting link, as an ordinary host has. */
	static HostProfileChange profile(String headline, List<String> languages, String... topics) {
		return new HostProfileChange(headline, "", List.of(topics), languages, MEETING_LINK, "Asia/Jakarta");
	}

	/** The profile with no default meeting link. */
	static HostProfileChange withoutMeetingLink(HostProfileChange profile) {
		return new HostProfileChange(profile.headline(), profile.about(), profile.topics(), profile.languages(), null,
				profile.timezone());
	}

	/** The offering with a meeting link of its own. */
	static OfferingChange withMeetingLink(OfferingChange offering, String link) {
		return new OfferingChange(offering.title(), offering.durationMinutes(), offering.description(),
				offering.question(), offering.needsApproval(), offering.weeklyQuota(), offering.minNoticeHours(),
				offering.horizonDays(), offering.bufferMinutes(), link);
	}

	static OfferingChange offering(String title) {
		return new OfferingChange(title, 30, "", OfferingChange.DEFAULT_QUESTION_ID, false, 3, 0, 21, 0, null);
	}

	/** 19:00 to 21:00 on every day of the week. */
	static List<WeeklyWindow> everyEvening() {
		List<WeeklyWindow> windows = new ArrayList<>();
		for (DayOfWeek day : DayOfWeek.values()) {
			windows.add(new WeeklyWindow(day, TimeWindow.of(LocalTime.of(19, 0), LocalTime.of(21, 0))));
		}
		return windows;
	}

	/** The request made in the member's logged-in session. */
	static RequestPostProcessor as(Account member) {
		MemberPrincipal principal = MemberPrincipal.of(member.id());
		return authentication(new OAuth2AuthenticationToken(principal, principal.getAuthorities(), "github"));
	}

}
