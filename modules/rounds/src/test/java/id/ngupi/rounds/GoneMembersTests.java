package id.ngupi.rounds;

import java.util.List;

import id.ngupi.identity.AccountEvents.AccountDeleted;
import id.ngupi.identity.AccountId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

import static id.ngupi.rounds.Fixtures.form;
import static id.ngupi.rounds.Fixtures.thursday;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A deleted member's applications to open rounds go; a deleted host's open rounds go with
 * their applications, their times are let go and every applicant is told.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ExtendWith(MondayMorning.class)
class GoneMembersTests {

	private final Rounds rounds;

	private final JdbcTemplate jdbc;

	private final Fixtures fixtures;

	private final CancelledRounds cancelled;

	@Autowired
	GoneMembersTests(Rounds rounds, JdbcTemplate jdbc, Fixtures fixtures, CancelledRounds cancelled) {
		this.cancelled = cancelled;
		this.rounds = rounds;
		this.jdbc = jdbc;
		this.fixtures = fixtures;
	}

	@Test
	void aDeletedMembersApplicationGoes(Scenario scenario) {
		Round round = this.fixtures.round(this.fixtures.host(), Picking.DRAW, thursday(19, 0));
		AccountId gone = this.fixtures.member("Pergi");
		AccountId stays = this.fixtures.member("Tinggal");
		this.rounds.apply(gone, round.id(), form());
		this.rounds.apply(stays, round.id(), form());

		scenario.publish(new AccountDeleted(gone))
			.andWaitForStateChange(() -> this.rounds.applicationOf(gone, round.id()).isEmpty(), Boolean::booleanValue)
			.andVerify(empty -> assertThat(this.rounds.applicationOf(stays, round.id())).isPresent());
	}

	@Test
	void aDeletedHostsOpenRoundGoesAndItsApplicantsAreTold(Scenario scenario) {
		AccountId host = this.fixtures.host();
		Round round = this.fixtures.round(host, Picking.DRAW, thursday(19, 0));
		AccountId applicant = this.fixtures.member("Pendaftar");
		this.rounds.apply(applicant, round.id(), form());

		scenario.publish(new AccountDeleted(host))
			.andWaitForStateChange(() -> this.rounds.find(round.id()).isEmpty(), Boolean::booleanValue)
			.andVerify(gone -> assertThat(this.cancelled.of(round.id())).singleElement().satisfies(cancelled -> {
				assertThat(cancelled.applicants()).containsExactly(applicant);
				assertThat(cancelled.reason()).isNull();
			}));
		assertThat(this.jdbc.queryForObject("select count(*) from booking.hold where owner_id = ?", Integer.class,
				round.id().value()))
			.as("the round's times are let go")
			.isZero();
		assertThat(this.rounds.ofHost(host)).isEqualTo(List.of());
	}

}
