package id.ngupi.hosting;

import java.time.Duration;

import id.ngupi.hosting.HostingEvents.AvailabilityChanged;
import id.ngupi.identity.Account;
import id.ngupi.identity.AccountId;
import id.ngupi.identity.Accounts;
import id.ngupi.identity.ProfileChange;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Hosting follows identity through its events: a host's renamed profile shows on
 * discovery, a suspended host disappears from it, a deleted member's hosting data is
 * gone.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class IdentityEventsTests {

	private final Accounts accounts;

	private final Hosting hosting;

	private final HostDirectory directory;

	private final Hosts hosts;

	IdentityEventsTests(@Autowired Accounts accounts, @Autowired Hosting hosting, @Autowired HostDirectory directory) {
		this.accounts = accounts;
		this.hosting = hosting;
		this.directory = directory;
		this.hosts = new Hosts(accounts, hosting);
	}

	@Test
	void aChangedNameAndHandleReachDiscoveryAndSearch() {
		String word = Hosts.unique("Gayo");
		AccountId host = this.hosts.host("Kopi dan kode", "backend");
		Account account = this.accounts.find(host).orElseThrow();
		ProfileChange current = ProfileChange.of(account);

		this.accounts.updateProfile(host, new ProfileChange(word, "Ayu " + word, current.bio(), current.timezone(),
				current.language(), null, null, null, null));

		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(
					() -> assertThat(this.directory.find(host).orElseThrow().displayName()).isEqualTo("Ayu " + word));
		assertThat(this.directory.findByHandle(word)).map(HostProfile::account).contains(host);
		assertThat(this.directory.discover(DiscoveryQuery.of(word, null, null, false, 1)).hosts())
			.extracting(HostCard::handle)
			.containsExactly(word);
	}

	@Test
	void aSuspendedHostIsNoLongerListed() {
		String word = Hosts.unique("Toraja");
		AccountId host = this.hosts.host(word, "data");

		this.accounts.suspend(host, "Spam");

		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.directory.find(host).orElseThrow().accountSuspended()).isTrue());
		assertThat(this.directory.find(host).orElseThrow().listed()).isFalse();
		assertThat(this.directory.discover(DiscoveryQuery.of(word, null, null, false, 1)).hosts()).isEmpty();
	}

	@Test
	void aRestoredHostIsListedAgainAndTheirWaitlistHearsOfIt(Scenario scenario) {
		String word = Hosts.unique("Flores");
		AccountId host = this.hosts.host(word, "data");
		this.accounts.suspend(host, "Spam");
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.directory.find(host).orElseThrow().accountSuspended()).isTrue());

		scenario.stimulate(() -> this.accounts.restore(host, "Laporan keliru"))
			.andWaitForEventOfType(AvailabilityChanged.class)
			.matching(changed -> changed.host().equals(host))
			.toArriveAndVerify(changed -> assertThat(changed.paused()).isFalse());

		assertThat(this.directory.find(host).orElseThrow().listed()).isTrue();
		assertThat(this.directory.discover(DiscoveryQuery.of(word, null, null, false, 1)).hosts())
			.extracting(HostCard::account)
			.containsExactly(host);
	}

	@Test
	void aHostWhoPausedStaysUnlistedWhenRestored() {
		AccountId host = this.hosts.host(Hosts.unique("Bajawa"), "data");
		this.hosting.pause(host);
		this.accounts.suspend(host, "Spam");
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.directory.find(host).orElseThrow().accountSuspended()).isTrue());

		this.accounts.restore(host, "Laporan keliru");

		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.directory.find(host).orElseThrow().accountSuspended()).isFalse());
		assertThat(this.directory.find(host).orElseThrow().paused()).isTrue();
		assertThat(this.directory.find(host).orElseThrow().listed()).isFalse();
	}

	@Test
	void aDeletedMembersHostingDataIsRemoved() {
		AccountId host = this.hosts.host(Hosts.unique("Kintamani"), "mobile");
		OfferingId offering = this.directory.offerings(host).get(0).id();

		this.accounts.delete(host);

		await().atMost(Duration.ofSeconds(10)).until(() -> this.directory.find(host).isEmpty());
		assertThat(this.directory.offering(offering)).isEmpty();
		assertThat(this.directory.availability(host)).isEmpty();
	}

	@Test
	void aSuspendedMemberCannotStartHosting() {
		AccountId member = this.hosts.member("Mallory").id();
		this.accounts.suspend(member, "Spam");

		org.assertj.core.api.Assertions.assertThatIllegalStateException()
			.isThrownBy(() -> this.hosting.saveProfile(member,
					Hosts.profile("Headline", "Asia/Jakarta", java.util.List.of("id"), "frontend")));
		assertThat(this.directory.find(member)).isEmpty();
	}

}
