package id.ngupi.booking;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import id.ngupi.hosting.HostDirectory;
import id.ngupi.hosting.HostProfileChange;
import id.ngupi.hosting.Hosting;
import id.ngupi.hosting.OfferingChange;
import id.ngupi.hosting.OfferingId;
import id.ngupi.hosting.TimeWindow;
import id.ngupi.hosting.WeeklyWindow;
import id.ngupi.identity.AccountId;
import id.ngupi.identity.Accounts;
import id.ngupi.identity.Provider;
import id.ngupi.identity.ProviderIdentity;

import org.springframework.stereotype.Component;

/**
 * Members, hosts and requests for booking's tests, a bean they are given. Time stands
 * still at {@link #MONDAY_MORNING} unless a test moves it; hosts live in Asia/Jakarta and
 * offer 30 minutes every evening from 19:00 to 21:00 (12:00 to 14:00 UTC).
 */
@Component
class Fixtures {

	static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

	/** Monday 4 January 2027, 07:00 in Jakarta. */
	static final Instant MONDAY_MORNING = Instant.parse("2027-01-04T00:00:00Z");

	static final String ANSWER = "Aku ingin ngobrol soal pindah dari desain ke frontend. "
			+ "Sudah belajar React tiga bulan dan bingung mulai dari proyek apa.";

	private final Accounts accounts;

	private final Hosting hosting;

	private final HostDirectory directory;

	Fixtures(Accounts accounts, Hosting hosting, HostDirectory directory) {
		this.accounts = accounts;
		this.hosting = hosting;
		this.directory = directory;
	}

	AccountId member(String name) {
		return this.accounts
			.signIn(new ProviderIdentity(Provider.GITHUB, UUID.randomUUID().toString(),
					name + UUID.randomUUID().toString().substring(0, 8), name, null))
			.id();
	}

	/** A host whose one offering takes 3 sessions a week without approval. */
	AccountId host() {
		return host(3, false, 0);
	}

	AccountId host(int weeklyQuota, boolean approval, int bufferMinutes) {
		AccountId host = hostWithoutTimes(weeklyQuota, approval, bufferMinutes);
		openEveryEvening(host);
		return host;
	}

	/**
	 * A host with one offering (3 sessions a week, no approval) but no hours at all: no
	 * open time until they add some.
	 */
	AccountId hostWithoutTimes() {
		return hostWithoutTimes(3, false, 0);
	}

	private AccountId hostWithoutTimes(int weeklyQuota, boolean approval, int bufferMinutes) {
		AccountId host = member("Host");
		this.hosting.saveProfile(host, new HostProfileChange("Ngobrol frontend", "", List.of("frontend", "karier"),
				List.of("id"), "https://meet.google.com/abc-defg-hij", "Asia/Jakarta"));
		this.hosting.addOffering(host, new OfferingChange("Ngupi 30 menit", 30, "", "Topik apa?", approval, weeklyQuota,
				1, 21, bufferMinutes, null));
		return host;
	}

	/** Every evening from 19:00 to 21:00 in Jakarta. */
	void openEveryEvening(AccountId host) {
		List<WeeklyWindow> evenings = new ArrayList<>();
		for (DayOfWeek day : DayOfWeek.values()) {
			evenings.add(new WeeklyWindow(day, TimeWindow.of(LocalTime.of(19, 0), LocalTime.of(21, 0))));
		}
		this.hosting.replaceWeeklySchedule(host, evenings);
	}

	/**
	 * Takes the host's default meeting link away; their offerings have none of their own,
	 * so nobody can book them until a link is added.
	 */
	void removeMeetingLink(AccountId host) {
		HostProfileChange profile = this.directory.find(host).orElseThrow().asChange();
		this.hosting.saveProfile(host, new HostProfileChange(profile.headline(), profile.about(), profile.topics(),
				profile.languages(), null, profile.timezone()));
	}

	/** Gives the host's offering a meeting link of its own. */
	void setOfferingLink(AccountId host, String link) {
		OfferingChange offering = this.directory.offerings(host).get(0).asChange();
		this.hosting.updateOffering(host, offering(host),
				new OfferingChange(offering.title(), offering.durationMinutes(), offering.description(),
						offering.question(), offering.needsApproval(), offering.weeklyQuota(),
						offering.minNoticeHours(), offering.horizonDays(), offering.bufferMinutes(), link));
	}

	OfferingId offering(AccountId host) {
		return this.directory.offerings(host).get(0).id();
	}

	/** A local time in Jakarta on a date of the test week. */
	static Instant at(LocalDate date, int hour, int minute) {
		return date.atTime(hour, minute).atZone(JAKARTA).toInstant();
	}

	/** Monday 4 January 2027 at a local time in Jakarta. */
	static Instant monday(int hour, int minute) {
		return at(LocalDate.of(2027, 1, 4), hour, minute);
	}

	static BookingRequest request(OfferingId offering, Instant start) {
		return new BookingRequest(offering, start, List.of("frontend"), ANSWER, UUID.randomUUID());
	}

}
