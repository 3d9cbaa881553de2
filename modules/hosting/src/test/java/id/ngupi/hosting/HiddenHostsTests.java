package id.ngupi.hosting;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import id.ngupi.hosting.HostingEvents.AvailabilityChanged;
import id.ngupi.identity.AccountId;
import id.ngupi.identity.Accounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.PublishedEvents;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A moderator hides a host's page: the host leaves discovery and search at once and
 * cannot be booked, their own lookups still find them (flagged), and showing the page
 * again lists them and tells their waitlist like a resume does.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class HiddenHostsTests {

	private final Hosting hosting;

	private final HostDirectory directory;

	private final Hosts hosts;

	HiddenHostsTests(@Autowired Hosting hosting, @Autowired HostDirectory directory, @Autowired Accounts accounts) {
		this.hosting = hosting;
		this.directory = directory;
		this.hosts = new Hosts(accounts, hosting);
	}

	@Test
	void aHiddenHostLeavesDiscoveryAndSearchAtOnce() {
		String word = Hosts.unique("kelapa");
		AccountId host = this.hosts.host(word, "mobile");
		AccountId other = this.hosts.host(word, "mobile");
		// read once, so that a kept page would be what the next read sees
		assertThat(search(word)).containsExactlyInAnyOrder(host, other);

		assertThat(this.hosting.hide(host)).isTrue();

		DiscoveryPage page = this.directory.discover(DiscoveryQuery.of(word, null, null, false, 1));
		assertThat(page.hosts()).extracting(HostCard::account).containsExactly(other);
		assertThat(page.total()).isEqualTo(1);
		assertThat(this.directory.discover(DiscoveryQuery.of(word, "mobile", null, false, 1)).hosts())
			.extracting(HostCard::account)
			.containsExactly(other);
		assertThat(page.topics()).filteredOn(count -> count.topic().slug().value().equals("mobile"))
			.singleElement()
			.extracting(DiscoveryPage.TopicCount::hosts)
			.isEqualTo(1);
	}

	@Test
	void theHostsOwnLookupsStillFindThemFlaggedAndUnbookable() {
		AccountId host = this.hosts.host(Hosts.unique("nangka"), "data");

		this.hosting.hide(host);

		HostProfile found = this.directory.find(host).orElseThrow();
		assertThat(found.hidden()).isTrue();
		assertThat(found.hiddenFromVisitors()).isTrue();
		assertThat(found.listed()).isFalse();
		assertThat(found.paused()).isFalse();
		assertThat(this.directory.checklist(host).orElseThrow().listed()).isFalse();
	}

	@Test
	void showingTheHostAgainListsThemAndTellsTheirWaitlist(PublishedEvents events) {
		String word = Hosts.unique("durian");
		AccountId host = this.hosts.host(word, "data");
		this.hosting.hide(host);
		assertThat(search(word)).isEmpty();

		this.hosting.unhide(host);

		// bookable again, as after a resume: the waitlist is told of open times
		assertThat(announced(events, host)).last().isEqualTo(new AvailabilityChanged(host, false));
		assertThat(this.directory.find(host).orElseThrow().listed()).isTrue();
		assertThat(search(word)).containsExactly(host);
	}

	@Test
	void hidingIsAnnouncedLikeAPause(PublishedEvents events) {
		AccountId host = this.hosts.host(Hosts.unique("salak"), "data");

		this.hosting.hide(host);

		assertThat(announced(events, host)).last().isEqualTo(new AvailabilityChanged(host, true));
	}

	@Test
	void aPausedHostShownAgainStaysUnlisted(PublishedEvents events) {
		String word = Hosts.unique("rambutan");
		AccountId host = this.hosts.host(word, "data");
		this.hosting.pause(host);
		this.hosting.hide(host);

		this.hosting.unhide(host);

		// nobody on their waitlist is told of times they cannot take
		assertThat(announced(events, host)).last().isEqualTo(new AvailabilityChanged(host, true));
		assertThat(this.directory.find(host).orElseThrow().hidden()).isFalse();
		assertThat(this.directory.find(host).orElseThrow().listed()).isFalse();
		assertThat(search(word)).isEmpty();
	}

	@Test
	void hidingAndShowingAnswerFalseWhenNothingChanges() {
		AccountId host = this.hosts.host(Hosts.unique("manggis"), "data");
		AccountId notHosting = this.hosts.member("Tamu").id();

		assertThat(this.hosting.unhide(host)).isFalse();
		assertThat(this.hosting.hide(host)).isTrue();
		assertThat(this.hosting.hide(host)).isFalse();
		assertThat(this.hosting.unhide(host)).isTrue();
		assertThat(this.hosting.unhide(host)).isFalse();
		assertThat(this.hosting.hide(notHosting)).isFalse();
		assertThat(this.hosting.unhide(notHosting)).isFalse();
		assertThat(this.hosting.hide(new AccountId(UUID.randomUUID()))).isFalse();
	}

	/** What hosting announced about the host, in order. */
	private static List<AvailabilityChanged> announced(PublishedEvents events, AccountId host) {
		List<AvailabilityChanged> announced = new ArrayList<>();
		events.ofType(AvailabilityChanged.class)
			.matching(changed -> changed.host().equals(host))
			.forEach(announced::add);
		return announced;
	}

	private List<AccountId> search(String word) {
		return this.directory.discover(DiscoveryQuery.of(word, null, null, false, 1))
			.hosts()
			.stream()
			.map(HostCard::account)
			.toList();
	}

}
