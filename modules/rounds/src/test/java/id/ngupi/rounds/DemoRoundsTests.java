package id.ngupi.rounds;

import java.util.List;

import id.ngupi.db.test.TestClock;
import id.ngupi.identity.AccountId;
import id.ngupi.identity.Accounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A demo run starts with a round taking applications, two demo members applied, so
 * discovery announces one and its page has something to show.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ActiveProfiles("demo")
class DemoRoundsTests {

	private final Rounds rounds;

	private final Accounts accounts;

	private final TestClock clock;

	DemoRoundsTests(@Autowired Rounds rounds, @Autowired Accounts accounts, @Autowired TestClock clock) {
		this.rounds = rounds;
		this.accounts = accounts;
		this.clock = clock;
	}

	@Test
	void aDemoRunStartsWithARoundTakingApplications() {
		AccountId putu = this.accounts.findByHandle("putu-ayu").orElseThrow().id();
		Round round = this.rounds.taking(List.of(putu)).get(putu);

		assertThat(round).isNotNull();
		assertThat(round.applying(this.clock.instant()))
			.as("%s at %s: opens %s, closes %s", round.phase(this.clock.instant()), this.clock.instant(),
					round.opensAt(), round.closesAt())
			.isTrue();
		assertThat(round.times()).hasSizeBetween(2, 3);
		for (String handle : List.of("rina-hutapea", "eko-wibowo")) {
			AccountId member = this.accounts.findByHandle(handle).orElseThrow().id();
			assertThat(this.rounds.applicationOf(member, round.id())).as(handle).isPresent();
		}
	}

}
