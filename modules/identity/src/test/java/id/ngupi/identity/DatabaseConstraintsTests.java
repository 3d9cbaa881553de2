package id.ngupi.identity;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;

import static id.ngupi.identity.Members.github;
import static id.ngupi.identity.Members.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The database is the last line of defence: whatever code writes to the identity schema,
 * these rules hold. Each test writes past the facade with plain SQL.
 */
@ApplicationModuleTest
class DatabaseConstraintsTests {

	private final Accounts accounts;

	private final JdbcTemplate jdbc;

	DatabaseConstraintsTests(@Autowired Accounts accounts, @Autowired JdbcTemplate jdbc) {
		this.accounts = accounts;
		this.jdbc = jdbc;
	}

	@Test
	void refusesALinkThatIsNotHttps() {
		Account account = this.accounts.signIn(github(unique("tautan")));

		for (String column : new String[] { "website_url", "github_url", "twitter_url", "linkedin_url",
				"avatar_url" }) {
			assertThatExceptionOfType(DataIntegrityViolationException.class).as(column)
				.isThrownBy(() -> this.jdbc.update("UPDATE identity.account SET " + column + " = ? WHERE id = ?",
						"http://example.id", account.id().value()))
				.withMessageContaining("https");
			assertThatExceptionOfType(DataIntegrityViolationException.class).as(column)
				.isThrownBy(() -> this.jdbc.update("UPDATE identity.account SET " + column + " = ? WHERE id = ?",
						"javascript:alert(1)", account.id().value()));
		}
		assertThat(this.accounts.find(account.id()).orElseThrow()).isEqualTo(account);
	}

	@Test
	void refusesABioLongerThan500Characters() {
		Account account = this.accounts.signIn(github(unique("bio")));

		this.jdbc.update("UPDATE identity.account SET bio = ? WHERE id = ?", "b".repeat(500), account.id().value());
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.jdbc.update("UPDATE identity.account SET bio = ? WHERE id = ?", "b".repeat(501),
					account.id().value()))
			.withMessageContaining("account_bio_length");
	}

	@Test
	void refusesASecondLinkOfOneProviderIdentity() {
		ProviderIdentity identity = github(unique("kembar"));
		Account owner = this.accounts.signIn(identity);
		Account other = this.accounts.signIn(github(unique("lain")));
		this.jdbc.update("DELETE FROM identity.linked_identity WHERE account_id = ?", other.id().value());

		assertThatExceptionOfType(DuplicateKeyException.class).isThrownBy(() -> this.jdbc.update(
				"INSERT INTO identity.linked_identity (provider, provider_user_id, account_id, username) VALUES (?, ?, ?, ?)",
				identity.provider().id(), identity.providerUserId(), other.id().value(), "penyusup"))
			.withMessageContaining("linked_identity_pk");
		assertThat(this.accounts.signIn(identity).id()).isEqualTo(owner.id());
	}

	@Test
	void refusesASecondIdentityOfOneProviderOnOneAccount() {
		Account account = this.accounts.signIn(github(unique("dobel")));

		assertThatExceptionOfType(DuplicateKeyException.class).isThrownBy(() -> this.jdbc.update(
				"INSERT INTO identity.linked_identity (provider, provider_user_id, account_id, username) VALUES ('github', ?, ?, 'dobel-2')",
				UUID.randomUUID().toString(), account.id().value()))
			.withMessageContaining("linked_identity_one_per_provider");
	}

	@Test
	void refusesAHandleThatDiffersOnlyInCase() {
		String handle = unique("unik");
		this.accounts.signIn(github(handle));

		assertThatExceptionOfType(DuplicateKeyException.class)
			.isThrownBy(() -> this.jdbc.update("INSERT INTO identity.account (handle, display_name) VALUES (?, 'Unik')",
					handle.toUpperCase()))
			.withMessageContaining("account_handle_unique");
	}

	@Test
	void refusesAMalformedHandleAndAnUnknownLanguage() {
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.jdbc
				.update("INSERT INTO identity.account (handle, display_name) VALUES ('-awal-strip', 'Strip')"))
			.withMessageContaining("account_handle_format");
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> this.jdbc.update(
				"INSERT INTO identity.account (handle, display_name, language) VALUES (?, 'Bahasa', 'fr')",
				unique("bahasa")))
			.withMessageContaining("account_language_supported");
	}

}
