package id.ngupi.web.bench;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import id.ngupi.hosting.HostDirectory;
import id.ngupi.hosting.HostProfileChange;
import id.ngupi.hosting.Hosting;
import id.ngupi.hosting.OfferingChange;
import id.ngupi.hosting.TimeWindow;
import id.ngupi.hosting.WeeklyWindow;
import id.ngupi.identity.AccountId;
import id.ngupi.identity.Accounts;
import id.ngupi.identity.Provider;
import id.ngupi.identity.ProviderIdentity;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * Seeds {@code ngupi.bench.hosts} hosts through the facades, as the settings pages would:
 * each signs in (handle {@code bench-<n>}), saves a profile, offers one 30-minute session
 * type (20 a week, 21 days ahead) and takes sessions every evening 19.00–21.00 in
 * Jakarta. A host seeded by an earlier start is left as it is, so a second start on the
 * same data directory seeds nothing. {@link #ready()} says when it is done.
 */
@Component
@Conditional(BenchEnabled.class)
class BenchHosts implements ApplicationRunner {

	private final Accounts accounts;

	private final Hosting hosting;

	private final HostDirectory directory;

	private final int count;

	private final AtomicBoolean ready = new AtomicBoolean();

	BenchHosts(Accounts accounts, Hosting hosting, HostDirectory directory,
			@Value("${ngupi.bench.hosts:1000}") int count) {
		this.accounts = accounts;
		this.hosting = hosting;
		this.directory = directory;
		this.count = count;
	}

	@Override
	public void run(ApplicationArguments args) throws Exception {
		// a start on a data directory seeded before: nothing to do, nothing to slow it
		if (this.count == 0 || seeded(0) && seeded(this.count - 1)) {
			this.ready.set(true);
			return;
		}
		ExecutorService threads = Executors.newFixedThreadPool(8);
		try {
			List<Future<?>> seeded = new ArrayList<>();
			for (int i = 0; i < this.count; i++) {
				int n = i;
				seeded.add(threads.submit(() -> seed(n)));
			}
			for (Future<?> host : seeded) {
				host.get();
			}
		}
		finally {
			threads.shutdown();
		}
		this.ready.set(true);
	}

	boolean ready() {
		return this.ready.get();
	}

	private boolean seeded(int n) {
		return this.accounts.findByHandle("bench-" + n)
			.filter(account -> this.directory.find(account.id()).isPresent())
			.isPresent();
	}

	private void seed(int n) {
		AccountId host = this.accounts
			.signIn(new ProviderIdentity(Provider.GITHUB, "bench-host-" + n, "bench-" + n, "Host " + n, null))
			.id();
		if (this.directory.find(host).isPresent()) {
			return;
		}
		this.hosting.saveProfile(host,
				new HostProfileChange("Ngobrol soal karier " + n, "Halo!",
						List.of((n % 2 == 0) ? "karier" : "frontend", "backend"), List.of("id"),
						"https://meet.google.com/abc-defg-hij", "Asia/Jakarta"));
		this.hosting.addOffering(host,
				new OfferingChange("Ngupi 30 menit", 30, "", "Topik apa?", false, 20, 1, 21, 0, null));
		List<WeeklyWindow> evenings = new ArrayList<>();
		for (DayOfWeek day : DayOfWeek.values()) {
			evenings.add(new WeeklyWindow(day, TimeWindow.of(LocalTime.of(19, 0), LocalTime.of(21, 0))));
		}
		this.hosting.replaceWeeklySchedule(host, evenings);
	}

}
