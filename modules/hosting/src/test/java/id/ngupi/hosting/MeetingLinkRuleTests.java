package id.ngupi.hosting;

import java.util.List;

import id.ngupi.hosting.HostingEvents.AvailabilityChanged;
import id.ngupi.identity.AccountId;
import id.ngupi.identity.Accounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.AssertablePublishedEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * An offering is bookable only when its sessions have somewhere to meet: a meeting link
 * of its own or the host's default. A host with no such offering is not listed and has no
 * open time, and their checklist names what is missing.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class MeetingLinkRuleTests {

	private static final String OFFERING_LINK = "https://meet.google.com/off-erin-ggg";

	private final Hosting hosting;

	private final HostDirectory directory;

	private final Hosts hosts;

	MeetingLinkRuleTests(@Autowired Hosting hosting, @Autowired HostDirectory directory, @Autowired Accounts accounts) {
		this.hosting = hosting;
		this.directory = directory;
		this.hosts = new Hosts(accounts, hosting);
	}

	@Test
	void aHostWithoutAnyMeetingLinkIsNotListedAndHasNoOpenTime() {
		String word = Hosts.unique("tautan");
		AccountId host = this.hosts.host(word, "karier");
		assertThat(search(word)).containsExactly(host);

		removeDefaultLink(host, word);

		HostProfile profile = this.directory.find(host).orElseThrow();
		Offering offering = this.directory.offerings(host).get(0);
		assertThat(offering.active()).isTrue();
		assertThat(offering.meetingLink(profile)).isEmpty();
		assertThat(offering.bookable(profile)).isFalse();
		assertThat(search(word)).isEmpty();
		assertThat(profile.nextCandidateAt()).as("no open time to sort by").isNull();
		assertThat(this.directory.bookableOfferings(List.of(host))).isEmpty();
		HostChecklist checklist = this.directory.checklist(host).orElseThrow();
		assertThat(checklist.listed()).isFalse();
		assertThat(checklist.meetingLinkSet()).isFalse();
		assertThat(checklist.withoutMeetingLink()).extracting(Offering::id).containsExactly(offering.id());
		assertThat(checklist.hasActiveOffering()).isTrue();
		assertThat(checklist.scheduled()).isTrue();
	}

	@Test
	void anOfferingWithItsOwnLinkIsBookableWithoutTheHostsDefault() {
		String word = Hosts.unique("tautan");
		AccountId host = this.hosts.host(word, "karier");
		removeDefaultLink(host, word);
		Offering withoutLink = this.directory.offerings(host).get(0);

		OfferingId withLink = this.hosting.addOffering(host, withLink(Hosts.offering(45))).orElseThrow();

		HostProfile profile = this.directory.find(host).orElseThrow();
		assertThat(search(word)).containsExactly(host);
		assertThat(profile.nextCandidateAt()).isNotNull();
		assertThat(this.directory.bookableOfferings(List.of(host))).extracting(Offering::id).containsExactly(withLink);
		assertThat(this.directory.offering(withLink).orElseThrow().meetingLink(profile)).contains(OFFERING_LINK);
		HostChecklist checklist = this.directory.checklist(host).orElseThrow();
		assertThat(checklist.listed()).isTrue();
		assertThat(checklist.meetingLinkSet()).as("one offering still has none").isFalse();
		assertThat(checklist.withoutMeetingLink()).extracting(Offering::id).containsExactly(withoutLink.id());
	}

	@Test
	void addingADefaultLinkAgainListsTheHostAndAnnouncesTheirTime(AssertablePublishedEvents events) {
		String word = Hosts.unique("tautan");
		AccountId host = this.hosts.host(word, "karier");
		removeDefaultLink(host, word);
		assertThat(search(word)).isEmpty();

		this.hosting.saveProfile(host, Hosts.profile(word, "Asia/Jakarta", List.of("id"), "karier"));

		assertThat(search(word)).containsExactly(host);
		assertThat(this.directory.find(host).orElseThrow().nextCandidateAt()).isNotNull();
		HostChecklist checklist = this.directory.checklist(host).orElseThrow();
		assertThat(checklist.listed()).isTrue();
		assertThat(checklist.meetingLinkSet()).isTrue();
		assertThat(checklist.withoutMeetingLink()).isEmpty();
		// what tells a waitlist that time opened
		assertThat(events.ofType(AvailabilityChanged.class).matching(AvailabilityChanged::host, host)).isNotEmpty();
	}

	@Test
	void aRetiredOfferingIsNotBookableAndNotMissingALink() {
		AccountId host = this.hosts.host(Hosts.unique("tautan"), "karier");
		Offering offering = this.directory.offerings(host).get(0);
		this.hosting.setOfferingActive(host, offering.id(), false);

		HostProfile profile = this.directory.find(host).orElseThrow();
		assertThat(this.directory.offering(offering.id()).orElseThrow().bookable(profile)).isFalse();
		HostChecklist checklist = this.directory.checklist(host).orElseThrow();
		assertThat(checklist.hasActiveOffering()).isFalse();
		assertThat(checklist.withoutMeetingLink()).isEmpty();
		assertThat(checklist.listed()).isFalse();
	}

	@Test
	void anOfferingsLinkIsResolvedOnlyAgainstItsOwnHost() {
		AccountId host = this.hosts.host(Hosts.unique("tautan"), "karier");
		AccountId other = this.hosts.host(Hosts.unique("tautan"), "karier");
		Offering offering = this.directory.offerings(host).get(0);

		assertThatIllegalArgumentException()
			.isThrownBy(() -> offering.meetingLink(this.directory.find(other).orElseThrow()));
	}

	@Test
	void theChecklistOfAMemberWhoDoesNotHostIsEmpty() {
		assertThat(this.directory.checklist(this.hosts.member("Tamu").id())).isEmpty();
	}

	private void removeDefaultLink(AccountId host, String headline) {
		HostProfileChange change = this.directory.find(host).orElseThrow().asChange();
		this.hosting.saveProfile(host, new HostProfileChange(headline, change.about(), change.topics(),
				change.languages(), null, change.timezone()));
	}

	private static OfferingChange withLink(OfferingChange change) {
		return new OfferingChange(change.title(), change.durationMinutes(), change.description(), change.question(),
				change.needsApproval(), change.weeklyQuota(), change.minNoticeHours(), change.horizonDays(),
				change.bufferMinutes(), OFFERING_LINK);
	}

	private List<AccountId> search(String word) {
		return this.directory.discover(new DiscoveryQuery(word, null, null, false, 1, 24))
			.hosts()
			.stream()
			.map(HostCard::account)
			.toList();
	}

}
