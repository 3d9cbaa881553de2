package id.ngupi.hosting.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import id.ngupi.hosting.HostProfileChange;
import id.ngupi.hosting.Hosting;
import id.ngupi.hosting.OfferingChange;
import id.ngupi.hosting.OfferingId;
import id.ngupi.hosting.TimeWindow;
import id.ngupi.hosting.WeeklyWindow;
import id.ngupi.identity.Account;
import id.ngupi.identity.Accounts;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;

/**
 * A dozen demo hosts for a demo run, so that the first start shows a living discovery
 * page: identity's demo members with profiles, offerings and schedules spread over
 * Indonesia's three zones and a few abroad. Each demo member who does not host yet is set
 * up once; what a person changes afterwards is kept. Exists only in the {@code demo}
 * profile.
 */
@Component
@Profile("demo")
@Order(1)
class DemoHosts implements ApplicationRunner {

	private static final String QUESTION = OfferingChange.DEFAULT_QUESTION_ID;

	/** Demo hosts whose every session meets in a room of its own. */
	private static final Set<String> MEETS_IN_ROOMS = Set.of("maria-goreti");

	private final Accounts accounts;

	private final Hosting hosting;

	private final HostStore hosts;

	private final Clock clock;

	DemoHosts(Accounts accounts, Hosting hosting, HostStore hosts, Clock clock) {
		this.accounts = accounts;
		this.hosting = hosting;
		this.hosts = hosts;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		for (DemoHost demo : demoHosts()) {
			this.accounts.findByHandle(demo.handle())
				.filter(Account::demo)
				.filter(account -> !this.hosts.exists(account.id()))
				.ifPresent(account -> setUp(account, demo));
		}
	}

	private void setUp(Account account, DemoHost demo) {
		this.hosting.saveProfile(account.id(), demo.profile());
		OfferingId first = null;
		for (OfferingChange offering : demo.offerings()) {
			OfferingId id = this.hosting.addOffering(account.id(), offering).orElseThrow();
			first = (first == null) ? id : first;
		}
		this.hosting.replaceWeeklySchedule(account.id(), demo.weekly());
		if (MEETS_IN_ROOMS.contains(demo.handle())) {
			this.hosting.meetInRooms(account.id(), true);
		}
		ZoneId zone = ZoneId.of(demo.profile().timezone());
		LocalDate today = LocalDate.now(this.clock.withZone(zone));
		for (LocalTime time : demo.oneOffsNextSaturday()) {
			LocalDate saturday = today.with(TemporalAdjusters.next(SATURDAY));
			this.hosting.addOneOffSlot(account.id(), first, LocalDateTime.of(saturday, time));
		}
	}

	private static List<DemoHost> demoHosts() {
		return List.of(new DemoHost("sari", profile(
				"Frontend engineer · React, aksesibilitas, pindah karier dari desain ke kode",
				"Lima tahun jadi desainer grafis sebelum pindah ke frontend.\n"
						+ "Ayo ngobrol soal portofolio pertama, React, dan cara bikin web yang bisa dipakai semua orang.",
				"Asia/Jakarta", List.of("id", "en"), "frontend", "ui-ux", "karier"),
				List.of(offering("Ngupi 30 menit", 30, "Ngobrol santai soal frontend dan karier.", false, 3)),
				windows(List.of(TUESDAY, THURSDAY), 19, 30, 21, 30, List.of(SATURDAY), 9, 0, 11, 0),
				List.of(LocalTime.of(14, 0))),
				new DemoHost("budi-santoso",
						profile("Backend engineer Java & Go · review CV dan latihan interview",
								"Sudah interview puluhan kandidat backend. Bawa CV-mu, kita bedah bareng.",
								"Asia/Jakarta", List.of("id"), "backend", "interview", "belajar-ngoding"),
						List.of(offering("Review CV & persiapan interview", 45,
								"Kirim tautan CV di jawabanmu. Sesi butuh persetujuanku dulu.", true, 2),
								offering("Ngupi 30 menit", 30, "", false, 2)),
						windows(List.of(MONDAY, WEDNESDAY), 20, 0, 22, 0, List.of(), 0, 0, 0, 0), List.of()),
				new DemoHost("putu-ayu", profile(
						"Mobile developer Flutter & Kotlin · kerja remote untuk klien luar negeri",
						"Dari Denpasar untuk klien di Eropa dan Australia. Tanya apa saja soal remote dan mobile.",
						"Asia/Makassar", List.of("id", "en"), "mobile", "remote", "freelance"),
						List.of(offering("Ngupi 30 menit", 30, "", false, 4)),
						windows(List.of(SATURDAY, SUNDAY), 10, 0, 12, 0, List.of(WEDNESDAY), 19, 0, 20, 30), List.of()),
				new DemoHost("yohanes-wenda",
						profile("Data engineer · SQL, pipeline data, belajar dari Papua",
								"Belajar data engineering dari internet di Jayapura. Yakin kamu juga bisa.",
								"Asia/Jayapura", List.of("id"), "data", "studi", "karier"),
						List.of(offering("Ngupi 30 menit", 30, "", false, 3)),
						windows(List.of(TUESDAY, FRIDAY), 18, 0, 20, 0, List.of(), 0, 0, 0, 0), List.of()),
				new DemoHost("dimas-prasetyo",
						profile("SRE · Kubernetes, observability, on-call yang manusiawi",
								"Jam makan siang aku buka buat ngobrol DevOps dan cloud.", "Asia/Jakarta",
								List.of("id", "jv"), "devops", "backend", "open-source"),
						List.of(offering("Ngupi makan siang", 30, "", false, 5)),
						windows(List.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY), 12, 0, 13, 0, List.of(), 0, 0, 0,
								0),
						List.of()),
				new DemoHost("nadia-rahmawati", profile(
						"Product designer di Amsterdam · kerja di luar negeri dan UX research",
						"Pindah dari Jakarta ke Belanda tiga tahun lalu. Ngobrol soal visa, portofolio desain, dan riset pengguna.",
						"Europe/Amsterdam", List.of("id", "en", "nl"), "ui-ux", "kerja-di-luar-negeri", "product"),
						List.of(offering("Ngupi 45 menit", 45, "", false, 2)),
						windows(List.of(SATURDAY), 9, 0, 12, 0, List.of(WEDNESDAY), 12, 0, 13, 30), List.of()),
				new DemoHost("fajar-nugroho",
						profile("CTO startup logistik · membangun tim engineering dari nol",
								"Cerita jatuh bangun startup di Surabaya. Cocok buat yang mau jadi tech lead.",
								"Asia/Jakarta", List.of("id", "en"), "startup", "leadership", "product"),
						List.of(offering("Ngupi 60 menit", 60, "Untuk obrolan yang lebih dalam.", true, 1)),
						windows(List.of(SUNDAY), 13, 0, 16, 0, List.of(), 0, 0, 0, 0), List.of()),
				new DemoHost("intan-permata",
						profile("Security engineer · bug bounty, CTF, keamanan aplikasi web",
								"Mulai dari CTF waktu kuliah di Makassar. Sekarang menjaga aplikasi fintech.",
								"Asia/Makassar", List.of("id", "en"), "security", "karier", "studi"),
						List.of(offering("Ngupi 30 menit", 30, "", false, 3)),
						windows(List.of(THURSDAY), 19, 0, 21, 0, List.of(SATURDAY), 15, 0, 17, 0), List.of()),
				new DemoHost("andreas-simanjuntak",
						profile("Machine learning engineer · NLP Bahasa Indonesia dan MLOps",
								"Model bahasa untuk Bahasa Indonesia dan Batak. Senang bantu yang mau mulai ML.",
								"Asia/Jakarta", List.of("id", "en"), "machine-learning", "data", "Python"),
						List.of(offering("Ngupi 30 menit", 30, "", false, 3)),
						windows(List.of(MONDAY, WEDNESDAY, FRIDAY), 20, 0, 21, 0, List.of(), 0, 0, 0, 0), List.of()),
				new DemoHost("siti-aminah",
						profile("Maintainer open source · Vue dan tooling frontend",
								"Kontribusi pertama itu menakutkan. Ayo cari issue pertamamu bareng.", "Asia/Jakarta",
								List.of("id", "jv"), "open-source", "frontend", "Vue.js"),
						List.of(offering("Ngupi 30 menit", 30, "", false, 4)),
						windows(List.of(SATURDAY), 19, 0, 22, 0, List.of(), 0, 0, 0, 0), List.of(LocalTime.of(10, 0))),
				new DemoHost("reza-pahlevi",
						profile("Backend engineer di Tokyo · kerja di Jepang, Go, sistem pembayaran",
								"Dari Bandung ke Tokyo. Tanya soal JLPT, interview di Jepang, dan hidup di sana.",
								"Asia/Tokyo", List.of("id", "en", "ja"), "kerja-di-luar-negeri", "backend", "Golang"),
						List.of(offering("Ngupi 30 menit", 30, "", false, 2)),
						windows(List.of(SUNDAY), 10, 0, 12, 0, List.of(), 0, 0, 0, 0), List.of()),
				new DemoHost("maria-goreti", profile("Freelance web developer · klien lokal dan luar negeri",
						"Dari Kupang, kerja untuk klien di mana saja. Ngobrol soal harga, kontrak, dan portofolio.",
						"Asia/Makassar", List.of("id"), "freelance", "portofolio", "frontend"),
						List.of(offering("Ngupi 30 menit", 30, "", false, 3)),
						windows(List.of(TUESDAY, THURSDAY), 16, 0, 18, 0, List.of(), 0, 0, 0, 0), List.of()));
	}

	private static HostProfileChange profile(String headline, String about, String timezone, List<String> languages,
			String... topics) {
		return new HostProfileChange(headline, about, List.of(topics), languages, "https://meet.google.com/ngu-pide-mo",
				timezone);
	}

	private static OfferingChange offering(String title, int minutes, String description, boolean approval, int quota) {
		return new OfferingChange(title, minutes, description, QUESTION, approval, quota, 12, 28, 10, null);
	}

	/** The same window on some days, and optionally another window on other days. */
	private static List<WeeklyWindow> windows(List<DayOfWeek> days, int fromHour, int fromMinute, int toHour,
			int toMinute, List<DayOfWeek> otherDays, int otherFromHour, int otherFromMinute, int otherToHour,
			int otherToMinute) {
		List<WeeklyWindow> windows = new ArrayList<>();
		for (DayOfWeek day : days) {
			windows.add(new WeeklyWindow(day,
					TimeWindow.of(LocalTime.of(fromHour, fromMinute), LocalTime.of(toHour, toMinute))));
		}
		for (DayOfWeek day : otherDays) {
			windows.add(new WeeklyWindow(day, TimeWindow.of(LocalTime.of(otherFromHour, otherFromMinute),
					LocalTime.of(otherToHour, otherToMinute))));
		}
		return windows;
	}

	private record DemoHost(String handle, HostProfileChange profile, List<OfferingChange> offerings,
			List<WeeklyWindow> weekly, List<LocalTime> oneOffsNextSaturday) {
	}

}
