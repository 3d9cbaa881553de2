package id.ngupi.rounds.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import id.ngupi.booking.OpenSlot;
import id.ngupi.booking.OpenSlots;
import id.ngupi.hosting.HostDirectory;
import id.ngupi.hosting.HostProfile;
import id.ngupi.hosting.Offering;
import id.ngupi.identity.Account;
import id.ngupi.identity.Accounts;
import id.ngupi.rounds.ApplicationForm;
import id.ngupi.rounds.Picking;
import id.ngupi.rounds.RoundOutcome;
import id.ngupi.rounds.RoundOutcome.Opened;
import id.ngupi.rounds.RoundPlan;
import id.ngupi.rounds.Rounds;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A round taking applications in a demo run, so discovery shows "Sedang buka pendaftaran"
 * and the round's page has something to show: Putu opens three of her evenings at least
 * three days ahead, applications close a day before the first, and two demo members have
 * applied. Opened again on a later start once the previous one was drawn. Exists only in
 * the {@code demo} profile.
 */
@Component
@Profile("demo")
@Order(5)
class DemoRounds implements ApplicationRunner {

	private static final String HOST = "putu-ayu";

	private static final Log logger = LogFactory.getLog(DemoRounds.class);

	private final Accounts accounts;

	private final HostDirectory hosts;

	private final OpenSlots openSlots;

	private final Rounds rounds;

	private final Clock clock;

	DemoRounds(Accounts accounts, HostDirectory hosts, OpenSlots openSlots, Rounds rounds, Clock clock) {
		this.accounts = accounts;
		this.hosts = hosts;
		this.openSlots = openSlots;
		this.rounds = rounds;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		Optional<HostProfile> host = this.hosts.findByHandle(HOST);
		if (host.isEmpty() || !this.rounds.taking(List.of(host.get().account())).isEmpty()) {
			return;
		}
		Optional<Offering> offering = this.hosts.offerings(host.get().account())
			.stream()
			.filter(Offering::active)
			.findFirst();
		if (offering.isEmpty()) {
			return;
		}
		Instant now = this.clock.instant();
		// times three days ahead or more, none overlapping the one before with its buffer
		List<OpenSlot> later = new ArrayList<>();
		for (OpenSlot slot : this.openSlots.of(offering.get().id())) {
			boolean apart = later.isEmpty()
					|| !slot.start().isBefore(later.get(later.size() - 1).end().plus(offering.get().buffer()));
			if (later.size() < 3 && slot.start().isAfter(now.plus(Duration.ofDays(3))) && apart) {
				later.add(slot);
			}
		}
		if (later.size() < 2) {
			logger.info("No demo round: " + HOST + " has " + later.size() + " open times three days ahead");
			return;
		}
		RoundOutcome outcome = this.rounds.open(host.get().account(),
				new RoundPlan(offering.get().id(), later.stream().map(OpenSlot::start).toList(), null,
						later.get(0).start().minus(Duration.ofDays(1)), Picking.DRAW, false));
		if (!(outcome instanceof Opened opened)) {
			logger.info("No demo round: " + outcome);
			return;
		}
		apply("rina-hutapea", opened, List.of("mobile", "freelance"),
				"Aku sedang belajar Flutter dan ingin tahu bagaimana mulai freelance mobile sambil kuliah. "
						+ "Portofolio seperti apa yang dicari klien pertama?",
				List.of(later.get(0).start()));
		apply("eko-wibowo", opened, List.of("remote"),
				"Aku ingin pindah jadi developer dan bekerja remote dari Semarang. Bagaimana rasanya kerja "
						+ "remote untuk perusahaan luar, dan apa yang perlu kusiapkan dulu?",
				List.of());
	}

	private void apply(String handle, Opened opened, List<String> topics, String answer, List<Instant> ranked) {
		this.accounts.findByHandle(handle)
			.filter(Account::demo)
			.ifPresent(member -> this.rounds.apply(member.id(), opened.round().id(),
					new ApplicationForm(topics, answer, ranked)));
	}

}
