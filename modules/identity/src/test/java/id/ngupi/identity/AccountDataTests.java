package id.ngupi.identity;

import java.time.Duration;

import id.ngupi.identity.AccountEvents.AccountDeleted;
import id.ngupi.identity.AccountEvents.EmailVerificationRequested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.Scenario;

import static id.ngupi.identity.Members.github;
import static id.ngupi.identity.Members.twitter;
import static id.ngupi.identity.Members.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member's own data: the export holds everything identity keeps about them except
 * secrets, and deletion removes all of it and tells the other modules.
 */
@ApplicationModuleTest
class AccountDataTests {

	private final Accounts accounts;

	private final JdbcTemplate jdbc;

	AccountDataTests(@Autowired Accounts accounts, @Autowired JdbcTemplate jdbc) {
		this.accounts = accounts;
		this.jdbc = jdbc;
	}

	@Test
	void exportsEverythingButNeverTheVerificationSecret(AssertablePublishedEvents events) {
		Account account = this.accounts.signIn(github(unique("ekspor")));
		this.accounts.link(account.id(), twitter(unique("ekspor-x")));
		this.accounts.updateProfile(account.id(),
				new ProfileChange(account.handle().value(), "Ekspor Lengkap", "Bio saya.", "Asia/Jayapura", "en",
						"https://ekspor.example", "https://github.com/ekspor", "https://x.com/ekspor", null));
		this.accounts.requestEmailVerification(account.id(), "ekspor@example.id");
		String token = events.ofType(EmailVerificationRequested.class).iterator().next().token();

		AccountExport export = this.accounts.export(account.id());

		assertThat(export.account()).isEqualTo(this.accounts.find(account.id()).orElseThrow());
		assertThat(export.account().displayName()).isEqualTo("Ekspor Lengkap");
		assertThat(export.account().identities()).hasSize(2);
		assertThat(export.pendingEmailVerifications()).singleElement().satisfies(pending -> {
			assertThat(pending.email()).isEqualTo("ekspor@example.id");
			assertThat(Duration.between(pending.requestedAt(), pending.expiresAt()))
				.isEqualTo(Accounts.EMAIL_LINK_VALIDITY);
		});
		String storedHash = this.jdbc.queryForObject(
				"SELECT token_hash FROM identity.email_verification WHERE account_id = ?", String.class,
				account.id().value());
		assertThat(storedHash).isEqualTo(Secrets.sha256(token)).isNotEqualTo(token);
		assertThat(export.toString()).doesNotContain(storedHash).doesNotContain(token);
	}

	@Test
	void deletesTheAccountWithItsIdentitiesAndPendingEmailsAndAnnouncesIt(Scenario scenario) {
		Account account = this.accounts.signIn(github(unique("hapus")));
		this.accounts.link(account.id(), twitter(unique("hapus-x")));
		this.accounts.requestEmailVerification(account.id(), "hapus@example.id");
		Account bystander = this.accounts.signIn(github(unique("penonton")));
		this.accounts.requestEmailVerification(bystander.id(), "penonton@example.id");

		scenario.stimulate(() -> this.accounts.delete(account.id()))
			.andWaitForEventOfType(AccountDeleted.class)
			.matchingMappedValue(AccountDeleted::account, account.id())
			.toArriveAndVerify(deleted -> {
				assertThat(this.accounts.find(account.id())).isEmpty();
				assertThat(rows("identity.account", "id", account)).isZero();
				assertThat(rows("identity.linked_identity", "account_id", account)).isZero();
				assertThat(rows("identity.email_verification", "account_id", account)).isZero();
				assertThat(rows("identity.linked_identity", "account_id", bystander)).isOne();
				assertThat(rows("identity.email_verification", "account_id", bystander)).isOne();
			});
	}

	@Test
	void deletingAnAccountThatIsGoneAnnouncesNothing(AssertablePublishedEvents events) {
		Account account = this.accounts.signIn(github(unique("sekali")));
		this.accounts.delete(account.id());

		this.accounts.delete(account.id());

		assertThat(events.ofType(AccountDeleted.class)).hasSize(1);
	}

	private int rows(String table, String column, Account account) {
		return this.jdbc.queryForObject("SELECT count(*) FROM " + table + " WHERE " + column + " = ?", Integer.class,
				account.id().value());
	}

}
