package id.ngupi.moderation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import id.ngupi.booking.BookingId;
import id.ngupi.hosting.HostDirectory;
import id.ngupi.hosting.HostProfileChange;
import id.ngupi.hosting.Hosting;
import id.ngupi.hosting.OfferingChange;
import id.ngupi.identity.AccountId;
import id.ngupi.identity.Accounts;
import id.ngupi.identity.Provider;
import id.ngupi.identity.ProviderIdentity;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Members, hosts, past sessions and their feedback for the moderation module's tests. The
 * admin is the account whose handle {@code ngupi.admins} names in the tests'
 * configuration.
 */
@Component
class Fixtures {

	static final String ADMIN_HANDLE = "moderator-ngupi";

	private final Accounts accounts;

	private final Hosting hosting;

	private final HostDirectory directory;

	private final JdbcTemplate jdbc;

	Fixtures(Accounts accounts, Hosting hosting, HostDirectory directory, JdbcTemplate jdbc) {
		this.accounts = accounts;
		this.hosting = hosting;
		this.directory = directory;
		this.jdbc = jdbc;
	}

	/** The admin: the same account in every test. */
	AccountId admin() {
		return this.accounts
			.signIn(new ProviderIdentity(Provider.GITHUB, "moderator-ngupi-1", ADMIN_HANDLE, "Moderator", null))
			.id();
	}

	/** A second admin, to act at the same time as the first. */
	AccountId secondAdmin() {
		return this.accounts
			.signIn(new ProviderIdentity(Provider.GITHUB, "moderator-dua-1", "moderator-dua", "Moderator Dua", null))
			.id();
	}

	AccountId member(String name) {
		return this.accounts
			.signIn(new ProviderIdentity(Provider.GITHUB, UUID.randomUUID().toString(),
					name + UUID.randomUUID().toString().substring(0, 8), name, null))
			.id();
	}

	AccountId host() {
		AccountId host = member("Host");
		this.hosting.saveProfile(host, new HostProfileChange("Ngobrol frontend", "Sepuluh tahun di frontend.",
				List.of("frontend"), List.of("id"), "https://meet.google.com/abc-defg-hij", "Asia/Jakarta"));
		this.hosting.addOffering(host,
				new OfferingChange("Ngupi 30 menit", 30, "", "Topik apa?", false, 10, 1, 21, 0, null));
		return host;
	}

	/**
	 * A session of the attendee with the host that took place a week before {@code now}.
	 */
	BookingId pastSession(AccountId host, AccountId attendee, Instant now) {
		Instant start = now.minus(Duration.ofDays(7));
		UUID id = UUID.randomUUID();
		this.jdbc.update("""
				insert into booking.booking (id, offering_id, host_id, attendee_id, starts_at, ends_at, host_free_at,
				    status, topics, answer, quota_week, request_key)
				values (?, ?, ?, ?, ?::timestamptz, ?::timestamptz, ?::timestamptz, 'completed', array['frontend'],
				    'Aku ingin ngobrol soal karier frontend dan cara belajar yang efektif.', date '2026-11-30',
				    gen_random_uuid())
				""", id, this.directory.offerings(host).get(0).id().value(), host.value(), attendee.value(),
				start.toString(), start.plus(Duration.ofMinutes(30)).toString(),
				start.plus(Duration.ofMinutes(30)).toString());
		return new BookingId(id);
	}

	/**
	 * Feedback both sides wrote and both saw, the attendee's allowed on the host's page,
	 * as the feedback module leaves it.
	 */
	void feedback(BookingId booking, AccountId host, AccountId attendee, Instant now) {
		Instant ended = now.minus(Duration.ofDays(7)).plus(Duration.ofMinutes(30));
		request(booking, attendee, host, "attendee", ended);
		request(booking, host, attendee, "host", ended);
		entry(booking, attendee, true, ended);
		entry(booking, host, false, ended);
		this.jdbc.update("insert into feedback.reveal (booking_id, revealed_at) values (?, ?::timestamptz)",
				booking.value(), ended.plus(Duration.ofHours(1)).toString());
	}

	private void request(BookingId booking, AccountId author, AccountId subject, String role, Instant ended) {
		this.jdbc.update("""
				insert into feedback.request (booking_id, author_id, subject_id, role, ended_at, closes_at)
				values (?, ?, ?, ?, ?::timestamptz, ?::timestamptz)
				""", booking.value(), author.value(), subject.value(), role, ended.toString(),
				ended.plus(Duration.ofDays(14)).toString());
	}

	private void entry(BookingId booking, AccountId author, boolean publicConsent, Instant ended) {
		this.jdbc.update("""
				insert into feedback.entry (booking_id, author_id, rating, went_well, learned, private_message,
				    public_consent, written_at, updated_at)
				values (?, ?, 5, 'Ngobrolnya seru dan jelas.', 'Cara menyusun portofolio.', 'Makasih!', ?,
				    ?::timestamptz, ?::timestamptz)
				""", booking.value(), author.value(), publicConsent, ended.toString(), ended.toString());
	}

}
