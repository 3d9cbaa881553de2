package id.ngupi.rounds;

import id.ngupi.identity.AccountEvents.AccountSuspended;
import id.ngupi.identity.AccountId;
import id.ngupi.identity.Accounts;
import id.ngupi.rounds.RoundEvents.RoundCancelled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.util.AopTestUtils;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.ReflectionUtils;

import static id.ngupi.rounds.Fixtures.form;
import static id.ngupi.rounds.Fixtures.thursday;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A suspended member's applications to open rounds are withdrawn; a suspended host's open
 * rounds are called off by Ngupi, kept as cancelled without a reason, their times let go
 * and every applicant told once, however often the suspension is handled.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ExtendWith(MondayMorning.class)
class SuspendedMembersTests {

	private final Rounds rounds;

	private final Accounts accounts;

	private final JdbcTemplate jdbc;

	private final Fixtures fixtures;

	private final CancelledRounds cancelled;

	private final ApplicationContext context;

	private final TransactionTemplate transactions;

	@Autowired
	SuspendedMembersTests(Rounds rounds, Accounts accounts, JdbcTemplate jdbc, Fixtures fixtures,
			CancelledRounds cancelled, ApplicationContext context, TransactionTemplate transactions) {
		this.rounds = rounds;
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.fixtures = fixtures;
		this.cancelled = cancelled;
		this.context = context;
		this.transactions = transactions;
	}

	@Test
	void aSuspendedMembersApplicationIsWithdrawn(Scenario scenario) {
		Round round = this.fixtures.round(this.fixtures.host(), Picking.DRAW, thursday(19, 0));
		AccountId suspended = this.fixtures.member("Nakal");
		AccountId stays = this.fixtures.member("Tinggal");
		this.rounds.apply(suspended, round.id(), form());
		this.rounds.apply(stays, round.id(), form());

		scenario.stimulate(() -> this.accounts.suspend(suspended, "Spam"))
			.andWaitForStateChange(() -> this.rounds.applicationOf(suspended, round.id()).isEmpty(),
					Boolean::booleanValue)
			.andVerify(empty -> assertThat(this.rounds.applicationOf(stays, round.id())).isPresent());
		assertThat(this.cancelled.of(round.id())).isEmpty();
	}

	@Test
	void aSuspendedHostsOpenRoundIsCalledOffOnceAndItsApplicantsTold(Scenario scenario) {
		AccountId host = this.fixtures.host();
		Round round = this.fixtures.round(host, Picking.DRAW, thursday(19, 0));
		AccountId applicant = this.fixtures.member("Pendaftar");
		this.rounds.apply(applicant, round.id(), form());

		scenario.stimulate(() -> this.accounts.suspend(host, "Spam berulang"))
			.andWaitForStateChange(() -> this.rounds.find(round.id()).orElseThrow().cancelled(), Boolean::booleanValue)
			.andVerify(off -> assertThat(this.cancelled.of(round.id())).singleElement().satisfies(event -> {
				assertThat(event.applicants()).containsExactly(applicant);
				assertThat(event.reason()).as("the suspension's reason is nobody else's business").isNull();
				assertThat(event.byNgupi()).isTrue();
			}));
		assertThat(this.rounds.find(round.id()).orElseThrow().cancelReason()).isEmpty();
		assertThat(this.jdbc.queryForObject("select count(*) from booking.hold where owner_id = ?", Integer.class,
				round.id().value()))
			.as("the round's times are let go")
			.isZero();

		handle(new AccountSuspended(host, "Spam berulang"));
		this.accounts.restore(host, "Laporan keliru");

		assertThat(this.cancelled.of(round.id())).as("handled twice, told once").hasSize(1);
		assertThat(this.rounds.find(round.id()).orElseThrow().cancelled()).as("restoring brings nothing back").isTrue();
	}

	/**
	 * Runs the rounds' listener on this thread, in a transaction, as the registry would.
	 */
	private void handle(AccountSuspended event) {
		Object listener = AopTestUtils.getUltimateTargetObject(this.context.getBean("suspendedMembers"));
		var on = ReflectionUtils.findMethod(listener.getClass(), "on", AccountSuspended.class);
		ReflectionUtils.makeAccessible(on);
		this.transactions.executeWithoutResult(status -> ReflectionUtils.invokeMethod(on, listener, event));
	}

}
