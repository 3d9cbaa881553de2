package id.ngupi.hosting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import id.ngupi.identity.AccountId;
import id.ngupi.identity.Accounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The discovery listing: full-text search over names, headlines, about texts and topics
 * in both languages, the filters, the order, and hosts who must never be listed. Each
 * test searches a word of its own, so tests sharing the database do not see each other.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class DiscoveryTests {

	private final Hosting hosting;

	private final HostDirectory directory;

	private final Hosts hosts;

	DiscoveryTests(@Autowired Hosting hosting, @Autowired HostDirectory directory, @Autowired Accounts accounts) {
		this.hosting = hosting;
		this.directory = directory;
		this.hosts = new Hosts(accounts, hosting);
	}

	@Test
	void findsAHostByAWordOfTheHeadlineOrItsBeginning() {
		String word = Hosts.unique("kopi");
		AccountId host = this.hosts.host("Ngobrol " + word + " dan React", "frontend");

		assertThat(search(word)).containsExactly(host);
		assertThat(search(word.substring(0, 8))).containsExactly(host);
		assertThat(search(word.toUpperCase() + " react")).containsExactly(host);
		assertThat(search(word + " angular")).isEmpty();
	}

	@Test
	void findsAHostByNameAboutAndTopicInEitherLanguage() {
		String word = Hosts.unique("teh");
		AccountId host = this.hosts.member("Wenda").id();
		this.hosting.saveProfile(host, new HostProfileChange("Headline " + word, "Suka mendaki di Papua " + word,
				List.of("karier"), List.of("id"), Hosts.MEETING_LINK, "Asia/Jayapura"));
		this.hosting.addOffering(host, Hosts.offering(30));
		this.hosting.replaceWeeklySchedule(host, Hosts.everyEvening());

		assertThat(search(word + " mendaki")).containsExactly(host);
		assertThat(search(word + " career")).containsExactly(host);
		assertThat(search(word + " karier")).containsExactly(host);
		assertThat(search(word + " wenda")).containsExactly(host);
	}

	@Test
	void filtersByTopicLanguageAndTimeThisWeek() {
		String word = Hosts.unique("susu");
		AccountId frontendId = this.hosts.host(word + " satu", "Asia/Jakarta", List.of("id"), "frontend");
		AccountId backendEn = this.hosts.host(word + " dua", "Asia/Jakarta", List.of("en", "id"), "backend");
		AccountId later = this.hosts.host(word + " tiga", "Asia/Jakarta", List.of("en"), "backend");
		this.hosting.replaceWeeklySchedule(later, List.of());
		LocalDate inTwoWeeks = LocalDate.now().plusDays(14);
		this.hosting.addExtraWindow(later, new ExtraWindow(inTwoWeeks, new TimeWindow(9 * 60, 10 * 60)));

		assertThat(ids(query(word, "frontend", null, false))).containsExactly(frontendId);
		assertThat(ids(query(word, "backend", null, false))).containsExactlyInAnyOrder(backendEn, later);
		assertThat(ids(query(word, null, "en", false))).containsExactlyInAnyOrder(backendEn, later);
		assertThat(ids(query(word, null, null, true))).containsExactlyInAnyOrder(frontendId, backendEn);
		assertThat(ids(query(word, "backend", "en", true))).containsExactly(backendEn);
	}

	@Test
	void hostsWithTimeSoonestComeFirst() {
		String word = Hosts.unique("jahe");
		AccountId later = this.hosts.host(word + " later", "backend");
		this.hosting.replaceWeeklySchedule(later, List.of());
		this.hosting.addExtraWindow(later, new ExtraWindow(LocalDate.now().plusDays(10), new TimeWindow(540, 600)));
		AccountId soon = this.hosts.host(word + " soon", "backend");
		AccountId never = this.hosts.host(word + " never", "backend");
		this.hosting.replaceWeeklySchedule(never, List.of());

		assertThat(search(word)).containsExactly(soon, later, never);
	}

	@Test
	void pausedAndSuspendedHostsAndHostsOfferingNothingAreNeverListed() {
		String word = Hosts.unique("cokelat");
		AccountId listed = this.hosts.host(word, "mobile");
		AccountId paused = this.hosts.host(word, "mobile");
		this.hosting.pause(paused);
		AccountId nothingOffered = this.hosts.host(word, "mobile");
		this.hosting.setOfferingActive(nothingOffered, this.directory.offerings(nothingOffered).get(0).id(), false);

		DiscoveryPage page = query(word, null, null, false);
		assertThat(ids(page)).containsExactly(listed);
		assertThat(page.total()).isEqualTo(1);
		assertThat(page.topics()).filteredOn(count -> count.topic().slug().value().equals("mobile"))
			.singleElement()
			.extracting(DiscoveryPage.TopicCount::hosts)
			.isEqualTo(1);
	}

	@Test
	void topicCountsIgnoreTheChosenTopicSoOtherChipsStayUseful() {
		String word = Hosts.unique("wedang");
		this.hosts.host(word, "frontend", "karier");
		this.hosts.host(word, "backend", "karier");

		DiscoveryPage page = query(word, "frontend", null, false);

		assertThat(page.hosts()).hasSize(1);
		assertThat(page.topics()).extracting(count -> count.topic().slug().value() + "=" + count.hosts())
			.containsExactly("karier=2", "frontend=1", "backend=1");
	}

	@Test
	void pagesThroughManyHosts() {
		String word = Hosts.unique("teh");
		for (int i = 0; i < 5; i++) {
			this.hosts.host(word + " " + i, "data");
		}

		DiscoveryPage first = this.directory.discover(new DiscoveryQuery(word, null, null, false, 1, 2));
		DiscoveryPage third = this.directory.discover(new DiscoveryQuery(word, null, null, false, 3, 2));
		DiscoveryPage beyond = this.directory.discover(new DiscoveryQuery(word, null, null, false, 9, 2));

		assertThat(first.hosts()).hasSize(2);
		assertThat(first.total()).isEqualTo(5);
		assertThat(first.pages()).isEqualTo(3);
		assertThat(first.hasNext()).isTrue();
		assertThat(third.hosts()).hasSize(1);
		assertThat(third.hasNext()).isFalse();
		assertThat(beyond.hosts()).isEmpty();
		assertThat(beyond.total()).isEqualTo(5);
		assertThat(this.directory.discover(DiscoveryQuery.of(word, null, null, false, Integer.MAX_VALUE)).hosts())
			.as("an offset beyond int")
			.isEmpty();
	}

	@Test
	void searchTextIsNeverReadAsQuerySyntax() {
		String word = Hosts.unique("bandrek");
		AccountId host = this.hosts.host(word + " devops", "devops");

		assertThat(search(word + " & !'):* | \\ ")).containsExactly(host);
		assertThat(search("<script>alert(1)</script>")).isEmpty();
		assertThat(search("'); drop table hosting.host; --")).isEmpty();
		assertThat(search("!!! ***")).isNotNull();
		assertThat(this.directory.find(host)).isPresent();
	}

	@Test
	void theNextCandidateTimeOfAHostWhoseTimePassedIsRefreshed() {
		AccountId host = this.hosts.host(Hosts.unique("serabi"), "studi");
		Instant first = this.directory.find(host).orElseThrow().nextCandidateAt();

		this.hosting.resume(host);

		assertThat(this.directory.find(host).orElseThrow().nextCandidateAt()).isEqualTo(first);
	}

	private List<AccountId> search(String text) {
		return ids(query(text, null, null, false));
	}

	private DiscoveryPage query(String text, String topic, String language, boolean thisWeek) {
		return this.directory.discover(DiscoveryQuery.of(text, topic, language, thisWeek, 1));
	}

	private static List<AccountId> ids(DiscoveryPage page) {
		return page.hosts().stream().map(HostCard::account).toList();
	}

}
