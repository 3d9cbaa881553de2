package id.ngupi.booking.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.ngupi.booking.BookingStatus;
import id.ngupi.hosting.HostDirectory;
import id.ngupi.hosting.HostProfile;
import id.ngupi.hosting.Offering;
import id.ngupi.hosting.Topic;
import id.ngupi.identity.Account;
import id.ngupi.identity.Accounts;
import org.jooq.DSLContext;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import static id.ngupi.db.jooq.booking.Tables.BOOKING_;

/**
 * Sessions that took place between demo members over the last two months, so a demo run
 * shows hosts with a history: sessions held, people met, how quickly they approve, and
 * (written by the feedback module's demo) both sides' feedback. Written as booking's
 * scheduled run leaves them, completed, with no event: nobody is mailed about the past.
 * Made once, while no session between demo members has taken place. Exists only in the
 * {@code demo} profile.
 */
@Component
@Profile("demo")
@Order(3)
class DemoHistory implements ApplicationRunner {

	/**
	 * Who met whom, how many days ago, about which of the host's topics (by position).
	 */
	private static final List<Past> SESSIONS = List.of(new Past("sari", "rina-hutapea", 40, 0, 2),
			new Past("sari", "intan-permata", 25, 1, 2), new Past("sari", "maria-goreti", 18, 0, 1),
			new Past("sari", "eko-wibowo", 3, 2, 0), new Past("budi-santoso", "eko-wibowo", 50, 0, 1),
			new Past("budi-santoso", "andreas-simanjuntak", 30, 1, 0),
			new Past("budi-santoso", "reza-pahlevi", 20, 0, 2), new Past("budi-santoso", "siti-aminah", 16, 2, 1),
			new Past("putu-ayu", "maria-goreti", 45, 2, 0), new Past("putu-ayu", "fajar-nugroho", 28, 1, 2),
			new Past("putu-ayu", "rina-hutapea", 21, 0, 1), new Past("yohanes-wenda", "siti-aminah", 35, 0, 1),
			new Past("yohanes-wenda", "rina-hutapea", 60, 1, 2),
			new Past("yohanes-wenda", "andreas-simanjuntak", 22, 0, 2),
			new Past("dimas-prasetyo", "reza-pahlevi", 33, 0, 2), new Past("dimas-prasetyo", "intan-permata", 19, 1, 0),
			new Past("dimas-prasetyo", "eko-wibowo", 4, 0, 1), new Past("nadia-rahmawati", "fajar-nugroho", 38, 2, 0),
			new Past("nadia-rahmawati", "maria-goreti", 26, 0, 1), new Past("nadia-rahmawati", "siti-aminah", 17, 1, 2),
			new Past("fajar-nugroho", "intan-permata", 27, 0, 2),
			new Past("fajar-nugroho", "andreas-simanjuntak", 42, 1, 2),
			new Past("fajar-nugroho", "eko-wibowo", 55, 0, 1));

	/** What attendees wrote when they asked, varied a little. */
	private static final List<String> ANSWERS = List.of(
			"Aku ingin tahu bagaimana kamu memulai karier di bidang ini, dan apa yang sebaiknya kupelajari dulu "
					+ "supaya tidak tersesat di terlalu banyak tutorial.",
			"Aku sedang menyiapkan portofolio dan bingung memilih proyek. Boleh minta pendapat soal mana yang "
					+ "paling layak ditunjukkan ke perusahaan?",
			"Timku baru mulai memakai teknologi ini dan aku yang diminta memimpin. Ingin dengar pengalamanmu "
					+ "supaya tidak mengulang kesalahan yang sama.");

	private final Accounts accounts;

	private final HostDirectory hosts;

	private final DSLContext sql;

	private final Clock clock;

	DemoHistory(Accounts accounts, HostDirectory hosts, DSLContext sql, Clock clock) {
		this.accounts = accounts;
		this.hosts = hosts;
		this.sql = sql;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		Map<String, Account> demo = this.accounts.demoAccounts()
			.stream()
			.collect(Collectors.toMap(account -> account.handle().value(), Function.identity()));
		if (demo.isEmpty() || tookPlaceAlready(demo)) {
			return;
		}
		for (Past past : SESSIONS) {
			Optional<HostProfile> host = Optional.ofNullable(demo.get(past.host()))
				.flatMap(account -> this.hosts.find(account.id()));
			Account attendee = demo.get(past.attendee());
			if (host.isPresent() && attendee != null) {
				offeringOf(host.get()).ifPresent(offering -> insert(past, host.get(), offering, attendee));
			}
		}
	}

	private boolean tookPlaceAlready(Map<String, Account> demo) {
		return this.sql.fetchExists(BOOKING_, BOOKING_.STATUS.eq(BookingStatus.COMPLETED.code())
			.and(BOOKING_.HOST_ID.in(demo.values().stream().map(account -> account.id().value()).toList())));
	}

	/** The host's first offering that waits for approval, else their first at all. */
	private Optional<Offering> offeringOf(HostProfile host) {
		return this.hosts.offerings(host.account())
			.stream()
			.filter(Offering::active)
			.min(Comparator.comparing((Offering offering) -> !offering.needsApproval()));
	}

	private void insert(Past past, HostProfile host, Offering offering, Account attendee) {
		LocalDate day = LocalDate.ofInstant(this.clock.instant(), host.timezone()).minusDays(past.daysAgo());
		Instant start = day.atTime(LocalTime.of(19, 0)).atZone(host.timezone()).toInstant();
		Instant end = start.plus(offering.duration());
		Instant requested = start.minus(Duration.ofDays(3)).minus(Duration.ofHours(past.daysAgo() % 5));
		List<Topic> topics = host.topics();
		List<String> chosen = List.of(past.firstTopic(), past.secondTopic())
			.stream()
			.distinct()
			.filter(position -> position < topics.size())
			.map(position -> topics.get(position).slug().value())
			.toList();
		this.sql.insertInto(BOOKING_)
			.set(BOOKING_.OFFERING_ID, offering.id().value())
			.set(BOOKING_.HOST_ID, host.account().value())
			.set(BOOKING_.ATTENDEE_ID, attendee.id().value())
			.set(BOOKING_.STARTS_AT, at(start))
			.set(BOOKING_.ENDS_AT, at(end))
			.set(BOOKING_.HOST_FREE_AT, at(OpenSlotRules.freeAt(end, offering.buffer())))
			.set(BOOKING_.STATUS, BookingStatus.COMPLETED.code())
			.set(BOOKING_.TOPICS, chosen.toArray(String[]::new))
			.set(BOOKING_.ANSWER, ANSWERS.get(past.daysAgo() % ANSWERS.size()))
			.set(BOOKING_.QUOTA_WEEK, OpenSlotRules.weekOf(start, host.timezone()))
			.set(BOOKING_.REQUEST_KEY, UUID.randomUUID())
			// approvals that took between one and seven hours
			.set(BOOKING_.APPROVED_AT,
					offering.needsApproval() ? at(requested.plus(Duration.ofHours(1 + past.daysAgo() % 7))) : null)
			.set(BOOKING_.CREATED_AT, at(requested))
			.set(BOOKING_.UPDATED_AT, at(end))
			.execute();
	}

	private static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	/**
	 * A session that took place.
	 *
	 * @param host the host's handle
	 * @param attendee the attendee's handle
	 * @param daysAgo how many days ago, at 19.00 in the host's zone
	 * @param firstTopic the position of a topic of the host's
	 * @param secondTopic the position of another (or the same, for one topic)
	 */
	private record Past(String host, String attendee, int daysAgo, int firstTopic, int secondTopic) {
	}

}
