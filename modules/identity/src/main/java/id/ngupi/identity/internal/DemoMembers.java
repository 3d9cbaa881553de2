package id.ngupi.identity.internal;

import java.time.Clock;
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
 * The demo members of a local run, created once on an empty database so that a newcomer
 * can log in as one of them at once. Exists only in the {@code local} profile.
 */
@Component
@Profile("local")
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
					"Asia/Jakarta"));

	private final AccountStore store;

	private final Clock clock;

	DemoMembers(AccountStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.store.countDemoAccounts() > 0) {
			return;
		}
		Instant now = this.clock.instant();
		for (ProfileChange member : MEMBERS) {
			var id = this.store.create(new Handle(member.handle()), member.displayName(), null, true, now);
			this.store.updateProfile(id, new ProfileChange(this.store.find(id).orElseThrow().handle().value(),
					member.displayName(), member.bio(), member.timezone(), "id", null, null, null, null), now);
		}
	}

	private static ProfileChange member(String handle, String name, String bio, String timezone) {
		return new ProfileChange(handle, name, bio, timezone, "id", null, null, null, null);
	}

}
