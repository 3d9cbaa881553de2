package id.ngupi.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import id.ngupi.identity.Handle;
import id.ngupi.identity.ProfileChange;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo members of a demo run, created once (each missing one on every start) so that
 * a newcomer can log in as one of them at once. Hosting makes most of them demo hosts.
 * Each has a verified address at the reserved {@code .example} domain
 * ({@value #DEMO_DOMAIN}), so that booking as one of them in a local run shows the mails
 * on both sides at once in the local mailbox. Exists only in the {@code demo} profile.
 */
@Component
@Profile("demo")
@Order(0)
class DemoMembers implements ApplicationRunner {

	static final List<ProfileChange> MEMBERS = List.of(member("sari", "Sari Wulandari",
			"Frontend engineer di Bandung. Suka ngobrol soal React, aksesibilitas, dan pindah karier dari desain ke kode.",
			"Asia/Jakarta"),
			member("budi-santoso", "Budi Santoso",
					"Backend engineer (Java, Go) di Jakarta. Senang bantu teman-teman yang baru mulai ngoding.",
					"Asia/Jakarta"),
			member("putu-ayu", "Ni Putu Ayu Lestari",
					"Mobile developer di Denpasar. Flutter, Kotlin, dan kerja remote untuk klien luar negeri.",
					"Asia/Makassar"),
			member("yohanes-wenda", "Yohanes Wenda",
					"Data engineer di Jayapura. Ngobrol soal SQL, pipeline data, dan belajar dari Papua.",
					"Asia/Jayapura"),
			member("rina-hutapea", "Rina Hutapea", "Mahasiswi Informatika di Medan yang sedang mencari magang pertama.",
					"Asia/Jakarta"),
			member("dimas-prasetyo", "Dimas Prasetyo",
					"SRE di Yogyakarta. Kubernetes, observability, dan on-call yang manusiawi.", "Asia/Jakarta"),
			member("nadia-rahmawati", "Nadia Rahmawati",
					"Product designer di Amsterdam. Dulu di startup Jakarta, sekarang di perusahaan Belanda.",
					"Europe/Amsterdam"),
			member("fajar-nugroho", "Fajar Nugroho", "CTO startup logistik di Surabaya. Membangun tim dari nol.",
					"Asia/Jakarta"),
			member("intan-permata", "Intan Permata",
					"Security engineer di Makassar. Bug bounty, CTF, dan keamanan aplikasi web.", "Asia/Makassar"),
			member("andreas-simanjuntak", "Andreas Simanjuntak",
					"Machine learning engineer di Medan. NLP Bahasa Indonesia dan MLOps.", "Asia/Jakarta"),
			member("siti-aminah", "Siti Aminah",
					"Maintainer open source dari Malang. Vue, tooling frontend, dan dokumentasi yang ramah pemula.",
					"Asia/Jakarta"),
			member("reza-pahlevi", "Reza Pahlevi",
					"Backend engineer di Tokyo. Cerita soal kerja di Jepang, Go, dan sistem pembayaran.", "Asia/Tokyo"),
			member("maria-goreti", "Maria Goreti Bria",
					"Freelance web developer dari Kupang. Klien lokal dan luar negeri, WordPress sampai Next.js.",
					"Asia/Makassar"),
			member("eko-wibowo", "Eko Wibowo", "Guru SMK di Semarang yang sedang belajar jadi web developer.",
					"Asia/Jakarta"));

	/** Where demo members' mail goes: a reserved domain no mail ever reaches. */
	static final String DEMO_DOMAIN = "demo.ngupi.example";

	private final AccountStore store;

	/** How long before the run the demo members joined. */
	private static final Duration MEMBERS_SINCE = Duration.ofDays(120);

	private final Clock clock;

	DemoMembers(AccountStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		Instant now = this.clock.instant();
		for (ProfileChange member : MEMBERS) {
			var existing = this.store.findByHandle(member.handle());
			if (existing.isPresent()) {
				// created by an earlier run (or a member took the handle): left as it is,
				// but
				// for the address of a demo member made before demo members had one
				if (existing.get().demo() && existing.get().email() == null) {
					this.store.setVerifiedEmail(existing.get().id(), address(member), now);
				}
				continue;
			}
			// members for a while: the demo's sessions took place over the last two
			// months
			var id = this.store.create(new Handle(member.handle()), member.displayName(), null, true,
					now.minus(MEMBERS_SINCE));
			this.store.updateProfile(id, new ProfileChange(this.store.find(id).orElseThrow().handle().value(),
					member.displayName(), member.bio(), member.timezone(), "id", null, null, null, null), now);
			this.store.setVerifiedEmail(id, address(member), now);
		}
	}

	private static String address(ProfileChange member) {
		return member.handle() + "@" + DEMO_DOMAIN;
	}

	private static ProfileChange member(String handle, String name, String bio, String timezone) {
		return new ProfileChange(handle, name, bio, timezone, "id", null, null, null, null);
	}

}
