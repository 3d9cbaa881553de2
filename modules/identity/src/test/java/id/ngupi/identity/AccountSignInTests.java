package id.ngupi.identity;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import id.ngupi.identity.AccountEvents.AccountCreated;
import id.ngupi.identity.AccountEvents.AccountRestored;
import id.ngupi.identity.AccountEvents.AccountSuspended;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;

import static id.ngupi.identity.Members.github;
import static id.ngupi.identity.Members.renamed;
import static id.ngupi.identity.Members.twitter;
import static id.ngupi.identity.Members.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * Signing in with a provider identity: the account is created on the first login, found
 * again by the provider's stable id, gets a well-formed unique handle, and a suspended
 * member is refused.
 */
@ApplicationModuleTest
class AccountSignInTests {

	private final Accounts accounts;

	private final JdbcTemplate jdbc;

	AccountSignInTests(@Autowired Accounts accounts, @Autowired JdbcTemplate jdbc) {
		this.accounts = accounts;
		this.jdbc = jdbc;
	}

	@Test
	void createsTheAccountOnFirstSignInAndAnnouncesIt(AssertablePublishedEvents events) {
		String username = unique("Kopi.Tubruk");
		ProviderIdentity identity = new ProviderIdentity(Provider.GITHUB, "4242-" + username, username,
				"  Kopi Tubruk  ", "https://avatars.example/u/4242");

		Account account = this.accounts.signIn(identity);

		assertThat(account.handle().value()).isEqualTo(username.replace('.', '-'));
		assertThat(account.displayName()).isEqualTo("Kopi Tubruk");
		assertThat(account.avatarUrl()).isEqualTo("https://avatars.example/u/4242");
		assertThat(account.timezone()).isEqualTo(ZoneId.of("Asia/Jakarta"));
		assertThat(account.language()).isEqualTo("id");
		assertThat(account.bio()).isEmpty();
		assertThat(account.links().isEmpty()).isTrue();
		assertThat(account.email()).isNull();
		assertThat(account.suspended()).isFalse();
		assertThat(account.demo()).isFalse();
		assertThat(account.identities()).singleElement().satisfies(linked -> {
			assertThat(linked.provider()).isEqualTo(Provider.GITHUB);
			assertThat(linked.providerUserId()).isEqualTo(identity.providerUserId());
			assertThat(linked.username()).isEqualTo(username);
			assertThat(linked.lastLoginAt()).isNotNull();
		});
		events.assertThat()
			.contains(AccountCreated.class)
			.matching(AccountCreated::account, account.id())
			.matching(AccountCreated::handle, account.handle())
			.matching(AccountCreated::provider, Provider.GITHUB);
	}

	@Test
	void dropsAnAvatarThatIsNotHttps() {
		for (String avatar : List.of("http://avatars.example/u/1", "javascript:alert(1)", "data:image/png;base64,AA",
				"https://" + "a".repeat(500) + ".example/")) {
			ProviderIdentity identity = new ProviderIdentity(Provider.TWITTER, unique("tw"), unique("avatar"), null,
					avatar);

			assertThat(this.accounts.signIn(identity).avatarUrl()).as(avatar).isNull();
		}
	}

	@Test
	void keepsAnHttpsAvatarAndIgnoresALaterHttpOne() {
		ProviderIdentity identity = new ProviderIdentity(Provider.GITHUB, unique("gh"), unique("foto"), null,
				"https://avatars.example/first");
		Account account = this.accounts.signIn(identity);

		Account later = this.accounts.signIn(new ProviderIdentity(Provider.GITHUB, identity.providerUserId(),
				identity.username(), null, "http://avatars.example/insecure"));
		Account changed = this.accounts.signIn(new ProviderIdentity(Provider.GITHUB, identity.providerUserId(),
				identity.username(), null, "https://avatars.example/second"));
		Account tooLong = this.accounts.signIn(new ProviderIdentity(Provider.GITHUB, identity.providerUserId(),
				identity.username(), null, "https://avatars.example/" + "x".repeat(500)));

		assertThat(account.avatarUrl()).isEqualTo("https://avatars.example/first");
		assertThat(later.avatarUrl()).isEqualTo("https://avatars.example/first");
		assertThat(changed.avatarUrl()).isEqualTo("https://avatars.example/second");
		assertThat(tooLong.avatarUrl()).isEqualTo("https://avatars.example/second");
	}

	@Test
	void namesTheAccountAfterTheUsernameWhenTheProviderHasNoName() {
		String username = unique("tanpa-nama");
		Account account = this.accounts
			.signIn(new ProviderIdentity(Provider.GITHUB, unique("gh"), username, "   ", null));
		Account longName = this.accounts
			.signIn(new ProviderIdentity(Provider.GITHUB, unique("gh"), unique("panjang"), "N".repeat(80), null));

		assertThat(account.displayName()).isEqualTo(username);
		assertThat(longName.displayName()).isEqualTo("N".repeat(60));
	}

	@Test
	void cleansAProviderNameOfControlCharactersAndNeverSplitsACharacter() {
		String coffee = "\u2615";
		String emoji = "\uD83D\uDE00";
		Account account = this.accounts.signIn(new ProviderIdentity(Provider.TWITTER, unique("tw"), unique("emoji"),
				"Kopi\u0000 " + coffee + emoji.repeat(70), null));

		assertThat(account.displayName()).startsWith("Kopi " + coffee).doesNotContain("\u0000");
		assertThat(account.displayName().codePointCount(0, account.displayName().length())).isEqualTo(60);
		assertThat(Character.isHighSurrogate(account.displayName().charAt(account.displayName().length() - 1)))
			.as("no half of an emoji at the end")
			.isFalse();
	}

	@Test
	void findsTheSameAccountWhenTheUsernameChanged(AssertablePublishedEvents events) {
		ProviderIdentity identity = github(unique("lama"));
		Account first = this.accounts.signIn(identity);

		Account again = this.accounts
			.signIn(renamed(identity, "nama-baru-" + identity.providerUserId().substring(0, 6)));

		assertThat(again.id()).isEqualTo(first.id());
		assertThat(again.handle()).as("the handle stays").isEqualTo(first.handle());
		assertThat(again.identities()).singleElement()
			.satisfies(linked -> assertThat(linked.username()).startsWith("nama-baru-"));
		assertThat(events.ofType(AccountCreated.class)).hasSize(1);
		assertThat(countAccountsOf(identity)).isEqualTo(1);
	}

	@Test
	void givesTheNextFreeHandleWhateverItsCase() {
		Account sari = this.accounts.signIn(github("sari"));
		Account capitalSari = this.accounts.signIn(twitter("Sari"));
		Account loudSari = this.accounts.signIn(github("SARI"));

		assertThat(sari.handle().value()).isEqualTo("sari");
		assertThat(capitalSari.handle().value()).isEqualTo("Sari-2");
		assertThat(loudSari.handle().value()).isEqualTo("SARI-3");
	}

	@Test
	void neverGivesAReservedHandle() {
		assertThat(this.accounts.signIn(github("admin")).handle().value()).isEqualTo("dev-admin");
		assertThat(this.accounts.signIn(twitter("Settings")).handle().value()).isEqualTo("dev-Settings");
		assertThat(this.accounts.signIn(github("ngupi")).handle().value()).isEqualTo("dev-ngupi");
	}

	@Test
	void turnsWeirdUsernamesIntoValidHandles() {
		String tooLong = "a" + "b".repeat(60);
		Account single = this.accounts.signIn(twitter("q"));
		Account symbols = this.accounts.signIn(github("ñandú.dev!"));
		Account onlySymbols = this.accounts.signIn(github("___"));
		Account longOne = this.accounts.signIn(github(tooLong));
		Account longTwin = this.accounts.signIn(twitter(tooLong));

		assertThat(single.handle().value()).isEqualTo("dev-q");
		assertThat(symbols.handle().value()).isEqualTo("and--dev-");
		assertThat(onlySymbols.handle().value()).isEqualTo("dev");
		assertThat(longOne.handle().value()).isEqualTo(tooLong.substring(0, Handle.MAX_LENGTH));
		assertThat(longTwin.handle().value()).hasSize(Handle.MAX_LENGTH).endsWith("-2");
	}

	@Test
	void concurrentFirstSignInsOfOneIdentityCreateOneAccount() throws Exception {
		ProviderIdentity identity = github(unique("serentak"));

		List<Account> accounts = inParallel(8, () -> this.accounts.signIn(identity));

		assertThat(accounts.stream().map(Account::id).distinct()).hasSize(1);
		assertThat(countAccountsOf(identity)).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM identity.account WHERE handle ILIKE ?", Integer.class,
				identity.username() + "%"))
			.as("no half-made account left behind")
			.isEqualTo(1);
	}

	@Test
	void concurrentSignInsWantingOneHandleAllGetDistinctHandles() throws Exception {
		String username = unique("rebutan");

		List<Account> accounts = inParallel(8, () -> this.accounts.signIn(github(username)));

		Set<String> handles = accounts.stream().map(account -> account.handle().value()).collect(Collectors.toSet());
		assertThat(handles).containsExactlyInAnyOrderElementsOf(
				IntStream.rangeClosed(1, 8).mapToObj(n -> (n == 1) ? username : username + "-" + n).toList());
	}

	@Test
	void refusesASuspendedMemberWithTheReason(AssertablePublishedEvents events) {
		ProviderIdentity identity = github(unique("nakal"));
		Account account = this.accounts.signIn(identity);
		Account.LinkedIdentity before = account.identities().get(0);

		this.accounts.suspend(account.id(), "  Spam di banyak sesi  ");

		assertThatExceptionOfType(SignInRefusedException.class).isThrownBy(() -> this.accounts.signIn(identity))
			.satisfies(refused -> assertThat(refused.reason()).isEqualTo("Spam di banyak sesi"));
		Account suspended = this.accounts.find(account.id()).orElseThrow();
		assertThat(suspended.suspendedReason()).isEqualTo("Spam di banyak sesi");
		assertThat(suspended.identities().get(0).lastLoginAt()).as("a refused login is not a login")
			.isEqualTo(before.lastLoginAt());
		events.assertThat()
			.contains(AccountSuspended.class)
			.matching(AccountSuspended::account, account.id())
			.matching(AccountSuspended::reason, "Spam di banyak sesi");
	}

	@Test
	void aRestoredMemberSignsInAgainAndItIsAnnouncedOnce(AssertablePublishedEvents events) {
		ProviderIdentity identity = github(unique("kembali"));
		Account account = this.accounts.signIn(identity);
		this.accounts.suspend(account.id(), "Spam");

		this.accounts.restore(account.id(), "  Laporan keliru  ");
		this.accounts.restore(account.id(), "Sekali lagi");

		Account restored = this.accounts.find(account.id()).orElseThrow();
		assertThat(restored.suspended()).isFalse();
		assertThat(restored.suspendedReason()).isNull();
		assertThatNoException().isThrownBy(() -> this.accounts.signIn(identity));
		assertThat(events.ofType(AccountRestored.class).matching(AccountRestored::account, account.id()))
			.as("restoring an account that is not suspended announces nothing")
			.singleElement()
			.extracting(AccountRestored::reason)
			.isEqualTo("Laporan keliru");
	}

	@Test
	void restoringAnAccountThatWasNeverSuspendedChangesNothing(AssertablePublishedEvents events) {
		Account account = this.accounts.signIn(github(unique("biasa")));

		this.accounts.restore(account.id(), "Tidak ada apa-apa");

		assertThat(this.accounts.find(account.id()).orElseThrow()).isEqualTo(account);
		assertThat(events.ofType(AccountRestored.class)).isEmpty();
	}

	@Test
	void restoringNeedsAReason() {
		Account account = this.accounts.signIn(github(unique("alasan")));
		this.accounts.suspend(account.id(), "Spam");

		assertThatExceptionOfType(jakarta.validation.ConstraintViolationException.class)
			.isThrownBy(() -> this.accounts.restore(account.id(), "   "));
		assertThatExceptionOfType(jakarta.validation.ConstraintViolationException.class)
			.isThrownBy(() -> this.accounts.restore(account.id(), "x".repeat(501)));
		assertThat(this.accounts.find(account.id()).orElseThrow().suspended()).isTrue();
	}

	private int countAccountsOf(ProviderIdentity identity) {
		return this.jdbc.queryForObject(
				"SELECT count(DISTINCT account_id) FROM identity.linked_identity WHERE provider = ? AND provider_user_id = ?",
				Integer.class, identity.provider().id(), identity.providerUserId());
	}

	/** Runs the same call on several threads released at the same moment. */
	private static <T> List<T> inParallel(int threads, Callable<T> call) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			CountDownLatch ready = new CountDownLatch(threads);
			CountDownLatch go = new CountDownLatch(1);
			List<Future<T>> futures = new ArrayList<>();
			for (int i = 0; i < threads; i++) {
				futures.add(pool.submit(() -> {
					ready.countDown();
					go.await();
					return call.call();
				}));
			}
			ready.await();
			go.countDown();
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get(30, TimeUnit.SECONDS));
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}

}
