package id.ngupi.hosting;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import id.ngupi.identity.Account;
import id.ngupi.identity.AccountId;
import id.ngupi.identity.Accounts;
import id.ngupi.identity.Provider;
import id.ngupi.identity.ProviderIdentity;

/**
 * Members and hosts for hosting's tests. Every member is new, so tests sharing one
 * database never meet each other's hosts by accident; searches use words unique to a
 * test.
 */
final class Hosts {

	/** The default meeting link of the hosts made here. */
	static final String MEETING_LINK = "https://meet.google.com/abc-defg-hij";

	private final Accounts accounts;

	private final Hosting hosting;

	Hosts(Accounts accounts, Hosting hosting) {
		this.accounts = accounts;
		this.hosting = hosting;
	}

	/** A new member who does not host. */
	Account member(String name) {
		return this.accounts
			.signIn(new ProviderIdentity(Provider.GITHUB, UUID.randomUUID().toString(), unique(name), name, null));
	}

	/**
	 * A listed host in Asia/Jakarta with a default meeting link, one 30-minute offering
	 * and evenings every day of the week, speaking Indonesian.
	 */
	AccountId host(String headline, String... topics) {
		return host(headline, "Asia/Jakarta", List.of("id"), topics);
	}

	AccountId host(String headline, String timezone, List<String> languages, String... topics) {
		AccountId host = member("Host").id();
		this.hosting.saveProfile(host, profile(headline, timezone, languages, topics));
		this.hosting.addOffering(host, offering(30)).orElseThrow();
		this.hosting.replaceWeeklySchedule(host, everyEvening());
		return host;
	}

	/** A profile with a default meeting link, as an ordinary host has. */
	static HostProfileChange profile(String headline, String timezone, List<String> languages, String... topics) {
		return new HostProfileChange(headline, "", List.of(topics), languages, MEETING_LINK, timezone);
	}

	static OfferingChange offering(int minutes) {
		return new OfferingChange("Ngupi " + minutes + " menit", minutes, "", OfferingChange.DEFAULT_QUESTION_ID, false,
				3, 0, 21, 0, null);
	}

	/** 19:00 to 21:00 on every day of the week. */
	static List<WeeklyWindow> everyEvening() {
		List<WeeklyWindow> windows = new ArrayList<>();
		for (DayOfWeek day : DayOfWeek.values()) {
			windows.add(new WeeklyWindow(day, TimeWindow.of(LocalTime.of(19, 0), LocalTime.of(21, 0))));
		}
		return windows;
	}

	/** A word no other test uses, for searches and handles. */
	static String unique(String prefix) {
		return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
	}

}
