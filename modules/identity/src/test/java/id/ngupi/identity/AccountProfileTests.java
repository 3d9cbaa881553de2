package id.ngupi.identity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import id.ngupi.identity.AccountEvents.ProfileUpdated;
import id.ngupi.identity.AccountOutcomes.LinkOutcome;
import id.ngupi.identity.AccountOutcomes.ProfileOutcome;
import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;

import static id.ngupi.identity.Members.github;
import static id.ngupi.identity.Members.twitter;
import static id.ngupi.identity.Members.unique;
import static id.ngupi.identity.Members.withHandle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * Profiles and handles: a handle is unique whatever its case, found whatever the case it
 * is typed in, and a change that loses a race for a handle is refused cleanly.
 */
@ApplicationModuleTest
class AccountProfileTests {

	private final Accounts accounts;

	private final JdbcTemplate jdbc;

	private final DataSource dataSource;

	AccountProfileTests(@Autowired Accounts accounts, @Autowired JdbcTemplate jdbc, @Autowired DataSource dataSource) {
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.dataSource = dataSource;
	}

	@Test
	void announcesAChangedProfileForModulesKeepingACopy(AssertablePublishedEvents events) {
		Account account = this.accounts.signIn(github(unique("Salin")));
		String handle = unique("salin");

		this.accounts.updateProfile(account.id(), withHandle(account, handle));

		assertThat(events.ofType(ProfileUpdated.class).matching(ProfileUpdated::account, account.id())).singleElement()
			.satisfies(updated -> {
				assertThat(updated.handle().value()).isEqualTo(handle);
				assertThat(updated.displayName()).isEqualTo(account.displayName());
			});
	}

	@Test
	void announcesANewProviderPictureButNotAnUnchangedOne(AssertablePublishedEvents events) {
		ProviderIdentity identity = new ProviderIdentity(Provider.GITHUB, unique("id"), unique("foto"), null,
				"https://avatars.example/u/1");
		Account account = this.accounts.signIn(identity);
		this.accounts.signIn(identity);

		this.accounts.signIn(new ProviderIdentity(identity.provider(), identity.providerUserId(), identity.username(),
				null, "https://avatars.example/u/2"));

		assertThat(events.ofType(ProfileUpdated.class).matching(ProfileUpdated::account, account.id())).singleElement()
			.extracting(ProfileUpdated::avatarUrl)
			.isEqualTo("https://avatars.example/u/2");
	}

	@Test
	void findsAnAccountByItsHandleWhateverTheCase() {
		String handle = unique("Wulan");
		Account account = this.accounts.signIn(github(handle));

		assertThat(this.accounts.findByHandle(handle)).map(Account::id).contains(account.id());
		assertThat(this.accounts.findByHandle(handle.toLowerCase())).map(Account::id).contains(account.id());
		assertThat(this.accounts.findByHandle(handle.toUpperCase())).map(Account::id).contains(account.id());
		assertThat(this.accounts.findByHandle(handle + "x")).isEmpty();
		assertThat(this.accounts.findByHandle("bukan handle!")).isEmpty();
		assertThat(this.accounts.findByHandle(null)).isEmpty();
	}

	@Test
	void findsSeveralAccountsAtOnceWithTheirIdentities() {
		Account first = this.accounts.signIn(github(unique("banyak")));
		Account second = this.accounts.signIn(github(unique("banyak")));
		assertThat(this.accounts.link(second.id(), twitter(unique("banyak")))).isEqualTo(LinkOutcome.LINKED);
		AccountId unknown = new AccountId(UUID.randomUUID());

		Map<AccountId, Account> found = this.accounts.findAll(List.of(first.id(), second.id(), unknown, first.id()));

		assertThat(found).containsOnlyKeys(first.id(), second.id());
		assertThat(found.get(first.id())).isEqualTo(this.accounts.find(first.id()).orElseThrow());
		assertThat(found.get(second.id())).isEqualTo(this.accounts.find(second.id()).orElseThrow());
		assertThat(found.get(second.id()).identities()).extracting(Account.LinkedIdentity::provider)
			.containsExactly(Provider.GITHUB, Provider.TWITTER);
		assertThat(this.accounts.findAll(List.of())).isEmpty();
	}

	@Test
	void savesAProfileChange() {
		Account account = this.accounts.signIn(github(unique("profil")));
		String handle = unique("profil-baru");
		ProfileChange change = new ProfileChange(handle, " Nama Baru ", " Suka kopi. ", "Asia/Makassar", "en",
				" https://example.id ", "https://github.com/profil", "", "https://www.linkedin.com/in/profil");

		assertThat(this.accounts.updateProfile(account.id(), change)).isEqualTo(ProfileOutcome.UPDATED);

		Account saved = this.accounts.find(account.id()).orElseThrow();
		assertThat(saved.handle().value()).isEqualTo(handle);
		assertThat(saved.displayName()).isEqualTo("Nama Baru");
		assertThat(saved.bio()).isEqualTo("Suka kopi.");
		assertThat(saved.timezone()).isEqualTo(ZoneId.of("Asia/Makassar"));
		assertThat(saved.language()).isEqualTo("en");
		assertThat(saved.links()).isEqualTo(new ProfileLinks("https://example.id", "https://github.com/profil", null,
				"https://www.linkedin.com/in/profil"));
	}

	@Test
	void storesALinkTypedWithACapitalisedSchemeInLowerCase() {
		Account account = this.accounts.signIn(github(unique("kapital")));
		ProfileChange change = new ProfileChange(account.handle().value(), "Kapital", "", "Asia/Jakarta", "id",
				"HTTPS://example.id/saya", "Https://github.com/kapital", null, null);

		assertThat(this.accounts.updateProfile(account.id(), change)).isEqualTo(ProfileOutcome.UPDATED);

		assertThat(this.accounts.find(account.id()).orElseThrow().links())
			.isEqualTo(new ProfileLinks("https://example.id/saya", "https://github.com/kapital", null, null));
	}

	@Test
	void refusesALinkWithAControlCharacterAtEitherEndAndChangesNothing() {
		Account account = this.accounts.signIn(github(unique("tautan")));
		ProfileChange current = ProfileChange.of(account);

		for (String link : List.of("https://example.id/saya\u0000", "\u0000https://example.id",
				"https://example.id\u001b", "\u0007https://example.id")) {
			assertThatExceptionOfType(ConstraintViolationException.class).as(link)
				.isThrownBy(() -> this.accounts.updateProfile(account.id(), new ProfileChange(current.handle(),
						current.displayName(), "", current.timezone(), current.language(), link, null, null, null)));
		}
		assertThat(this.accounts.find(account.id()).orElseThrow()).isEqualTo(account);
	}

	@Test
	void refusesADisplayNameOfOnlyWideSpacesAndChangesNothing() {
		Account account = this.accounts.signIn(github(unique("spasi")));
		ProfileChange change = new ProfileChange(account.handle().value(), "\u3000\u3000", "", "Asia/Jakarta", "id",
				null, null, null, null);

		assertThatThrownBy(() -> this.accounts.updateProfile(account.id(), change))
			.isInstanceOf(ConstraintViolationException.class);
		assertThat(this.accounts.find(account.id()).orElseThrow()).isEqualTo(account);
	}

	@Test
	void refusesAHandleAnotherMemberHoldsInAnyCase() {
		String taken = unique("dipakai");
		Account holder = this.accounts.signIn(github(taken));
		Account other = this.accounts.signIn(twitter(unique("ingin")));

		assertThat(this.accounts.updateProfile(other.id(), withHandle(other, taken.toUpperCase())))
			.isEqualTo(ProfileOutcome.HANDLE_TAKEN);
		assertThat(this.accounts.updateProfile(other.id(), withHandle(other, taken)))
			.isEqualTo(ProfileOutcome.HANDLE_TAKEN);

		assertThat(this.accounts.find(other.id()).orElseThrow()).isEqualTo(other);
		assertThat(this.accounts.find(holder.id()).orElseThrow().handle().value()).isEqualTo(taken);
	}

	@Test
	void letsAMemberChangeTheCaseOfTheirOwnHandle() {
		String handle = unique("huruf");
		Account account = this.accounts.signIn(github(handle));

		assertThat(this.accounts.updateProfile(account.id(), withHandle(account, handle.toUpperCase())))
			.isEqualTo(ProfileOutcome.UPDATED);
		assertThat(this.accounts.find(account.id()).orElseThrow().handle().value()).isEqualTo(handle.toUpperCase());
	}

	@Test
	void refusesAHandleTakenAtTheSameMomentWithoutFailing() throws Exception {
		Account racer = this.accounts.signIn(github(unique("pelari")));
		Account other = this.accounts.signIn(twitter(unique("penyalip")));
		String wanted = unique("garis-finis");

		CompletableFuture<ProfileOutcome> outcome;
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try (PreparedStatement update = connection
				.prepareStatement("UPDATE identity.account SET handle = ? WHERE id = ?")) {
				update.setString(1, wanted.toUpperCase());
				update.setObject(2, other.id().value());
				update.executeUpdate();
			}
			outcome = CompletableFuture
				.supplyAsync(() -> this.accounts.updateProfile(racer.id(), withHandle(racer, wanted)));
			await().atMost(Duration.ofSeconds(10))
				.until(() -> this.jdbc.queryForObject(
						"SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'",
						Integer.class) > 0);
			connection.commit();
		}

		assertThat(outcome.get(10, TimeUnit.SECONDS)).isEqualTo(ProfileOutcome.HANDLE_TAKEN);
		assertThat(this.accounts.find(racer.id()).orElseThrow()).isEqualTo(racer);
	}

	@Test
	void refusesAnInvalidChangeBeforeTouchingTheDatabase() {
		Account account = this.accounts.signIn(github(unique("salah")));
		ProfileChange current = ProfileChange.of(account);

		assertThatExceptionOfType(ConstraintViolationException.class)
			.isThrownBy(() -> this.accounts.updateProfile(account.id(), withHandle(account, "admin")));
		assertThatExceptionOfType(ConstraintViolationException.class).isThrownBy(() -> this.accounts
			.updateProfile(account.id(), new ProfileChange(current.handle(), current.displayName(), "b".repeat(501),
					current.timezone(), current.language(), "http://insecure.example", null, null, null)));
		assertThat(this.accounts.find(account.id()).orElseThrow()).isEqualTo(account);
	}

}
