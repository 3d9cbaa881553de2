package id.ngupi.identity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import id.ngupi.identity.AccountOutcomes.LinkOutcome;
import id.ngupi.identity.AccountOutcomes.UnlinkOutcome;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;

import static id.ngupi.identity.Members.github;
import static id.ngupi.identity.Members.twitter;
import static id.ngupi.identity.Members.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Linking a second provider to an account and unlinking one: one identity belongs to one
 * account, an account holds one identity per provider, and the last way to log in is
 * never removed. A refusal changes nothing.
 */
@ApplicationModuleTest
class AccountLinkingTests {

	private final Accounts accounts;

	private final JdbcTemplate jdbc;

	private final DataSource dataSource;

	AccountLinkingTests(@Autowired Accounts accounts, @Autowired JdbcTemplate jdbc, @Autowired DataSource dataSource) {
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.dataSource = dataSource;
	}

	@Test
	void linksAnotherProviderSoEitherLogsIn() {
		ProviderIdentity gitHub = github(unique("dua-pintu"));
		ProviderIdentity twitter = twitter(unique("dua-pintu-x"));
		Account account = this.accounts.signIn(gitHub);

		assertThat(this.accounts.link(account.id(), twitter)).isEqualTo(LinkOutcome.LINKED);

		Account linked = this.accounts.find(account.id()).orElseThrow();
		assertThat(linked.identities()).extracting(Account.LinkedIdentity::provider)
			.containsExactly(Provider.GITHUB, Provider.TWITTER);
		assertThat(linked.identities().get(1).lastLoginAt()).as("linked, not logged in with yet").isNull();
		assertThat(this.accounts.signIn(twitter).id()).isEqualTo(account.id());
	}

	@Test
	void answersAlreadyLinkedForTheSameIdentity() {
		ProviderIdentity gitHub = github(unique("sudah"));
		Account account = this.accounts.signIn(gitHub);

		assertThat(this.accounts.link(account.id(), gitHub)).isEqualTo(LinkOutcome.ALREADY_LINKED);
		assertThat(this.accounts.find(account.id()).orElseThrow().identities()).hasSize(1);
	}

	@Test
	void refusesAnIdentityOwnedByAnotherAccountAndChangesNothing() {
		ProviderIdentity mine = github(unique("punyaku"));
		ProviderIdentity theirs = twitter(unique("punyamu"));
		Account me = this.accounts.signIn(mine);
		Account them = this.accounts.signIn(theirs);

		assertThat(this.accounts.link(me.id(), theirs)).isEqualTo(LinkOutcome.OWNED_BY_ANOTHER_ACCOUNT);

		assertThat(this.accounts.find(me.id()).orElseThrow().identities()).isEqualTo(me.identities());
		assertThat(this.accounts.find(them.id()).orElseThrow().identities()).isEqualTo(them.identities());
		assertThat(this.accounts.signIn(theirs).id()).isEqualTo(them.id());
	}

	@Test
	void refusesASecondIdentityOfTheSameProviderAndChangesNothing() {
		Account account = this.accounts.signIn(github(unique("satu-github")));
		ProviderIdentity secondGitHub = github(unique("github-kedua"));

		assertThat(this.accounts.link(account.id(), secondGitHub)).isEqualTo(LinkOutcome.PROVIDER_TAKEN);

		assertThat(this.accounts.find(account.id()).orElseThrow().identities()).isEqualTo(account.identities());
		assertThat(identityRows(secondGitHub)).isZero();
	}

	@Test
	void refusesASecondIdentityOfTheSameProviderLinkedAtTheSameMoment() throws Exception {
		Account account = this.accounts.signIn(twitter(unique("balapan")));
		ProviderIdentity first = github(unique("balapan-a"));
		ProviderIdentity second = github(unique("balapan-b"));

		CompletableFuture<LinkOutcome> outcome;
		try (Connection other = this.dataSource.getConnection()) {
			other.setAutoCommit(false);
			try (PreparedStatement insert = other.prepareStatement(
					"INSERT INTO identity.linked_identity (provider, provider_user_id, account_id, username) VALUES (?, ?, ?, ?)")) {
				insert.setString(1, first.provider().id());
				insert.setString(2, first.providerUserId());
				insert.setObject(3, account.id().value());
				insert.setString(4, first.username());
				insert.executeUpdate();
			}
			outcome = CompletableFuture.supplyAsync(() -> this.accounts.link(account.id(), second));
			awaitSomeoneWaitingForALock();
			other.commit();
		}

		assertThat(outcome.get(10, TimeUnit.SECONDS)).isEqualTo(LinkOutcome.PROVIDER_TAKEN);
		assertThat(identityRows(second)).isZero();
		assertThat(this.accounts.find(account.id()).orElseThrow().identities()).hasSize(2);
	}

	@Test
	void unlinksAProviderWhileAnotherRemains() {
		ProviderIdentity gitHub = github(unique("lepas"));
		ProviderIdentity twitter = twitter(unique("lepas-x"));
		Account account = this.accounts.signIn(gitHub);
		this.accounts.link(account.id(), twitter);

		assertThat(this.accounts.unlink(account.id(), Provider.GITHUB)).isEqualTo(UnlinkOutcome.UNLINKED);

		assertThat(this.accounts.find(account.id()).orElseThrow().identities())
			.extracting(Account.LinkedIdentity::provider)
			.containsExactly(Provider.TWITTER);
		assertThat(identityRows(gitHub)).isZero();
	}

	@Test
	void neverUnlinksTheLastWayToLogIn() {
		ProviderIdentity gitHub = github(unique("terakhir"));
		Account account = this.accounts.signIn(gitHub);

		assertThat(this.accounts.unlink(account.id(), Provider.GITHUB)).isEqualTo(UnlinkOutcome.LAST_IDENTITY);

		assertThat(this.accounts.find(account.id()).orElseThrow().identities()).isEqualTo(account.identities());
		assertThat(this.accounts.signIn(gitHub).id()).isEqualTo(account.id());
	}

	@Test
	void answersNotLinkedForAProviderTheAccountDoesNotHave() {
		Account account = this.accounts.signIn(github(unique("tanpa-x")));

		assertThat(this.accounts.unlink(account.id(), Provider.TWITTER)).isEqualTo(UnlinkOutcome.NOT_LINKED);
		assertThat(this.accounts.find(account.id()).orElseThrow().identities()).isEqualTo(account.identities());
	}

	private int identityRows(ProviderIdentity identity) {
		return this.jdbc.queryForObject(
				"SELECT count(*) FROM identity.linked_identity WHERE provider = ? AND provider_user_id = ?",
				Integer.class, identity.provider().id(), identity.providerUserId());
	}

	private void awaitSomeoneWaitingForALock() {
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.jdbc.queryForObject(
					"SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'",
					Integer.class) > 0);
	}

}
