package id.ngupi.hosting;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import id.ngupi.identity.AccountId;
import id.ngupi.identity.Accounts;
import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Turning hosting on and the host profile: topics normalised onto one topic, every limit
 * refused before anything is saved, only the host's own data changed.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class HostProfileTests {

	private final Hosting hosting;

	private final HostDirectory directory;

	private final Hosts hosts;

	HostProfileTests(@Autowired Hosting hosting, @Autowired HostDirectory directory, @Autowired Accounts accounts) {
		this.hosting = hosting;
		this.directory = directory;
		this.hosts = new Hosts(accounts, hosting);
	}

	@Test
	void turningHostingOnCopiesThePublicProfileAndKeepsTopicsInOrder() {
		var member = this.hosts.member("Sari Wulandari");

		this.hosting.saveProfile(member.id(),
				new HostProfileChange("  Frontend engineer, senang ngobrol  ", "Baris satu\nBaris dua",
						List.of("karier", "frontend"), List.of("id", "en"), "HTTPS://meet.google.com/abc-defg-hij",
						"Asia/Makassar"));

		HostProfile host = this.directory.find(member.id()).orElseThrow();
		assertThat(host.handle()).isEqualTo(member.handle().value());
		assertThat(host.displayName()).isEqualTo("Sari Wulandari");
		assertThat(host.headline()).isEqualTo("Frontend engineer, senang ngobrol");
		assertThat(host.about()).isEqualTo("Baris satu\nBaris dua");
		assertThat(host.topics()).extracting(topic -> topic.slug().value()).containsExactly("karier", "frontend");
		assertThat(host.languages()).containsExactly("id", "en");
		assertThat(host.meetingUrl()).isEqualTo("https://meet.google.com/abc-defg-hij");
		assertThat(host.timezone().getId()).isEqualTo("Asia/Makassar");
		assertThat(host.listed()).isTrue();
		assertThat(this.directory.findByHandle(member.handle().value().toUpperCase())).map(HostProfile::account)
			.contains(member.id());
	}

	@Test
	void findsSeveralHostsAtOnceWithTheirTopicsInOrderAndSkipsNonHosts() {
		var first = this.hosts.member("Pertama");
		var second = this.hosts.member("Kedua");
		var notHosting = this.hosts.member("Bukan host");
		this.hosting.saveProfile(first.id(), Hosts.profile("Satu", "Asia/Jakarta", List.of("id"), "data", "karier"));
		this.hosting.saveProfile(second.id(),
				Hosts.profile("Dua", "Asia/Jayapura", List.of("en"), "frontend", "studi", "karier"));

		Map<AccountId, HostProfile> found = this.directory
			.findAll(List.of(first.id(), second.id(), notHosting.id(), first.id()));

		assertThat(found).containsOnlyKeys(first.id(), second.id());
		assertThat(found.get(first.id())).isEqualTo(this.directory.find(first.id()).orElseThrow());
		assertThat(found.get(second.id()).topics()).extracting(topic -> topic.slug().value())
			.containsExactly("frontend", "studi", "karier");
		assertThat(this.directory.findAll(List.of())).isEmpty();
	}

	@Test
	void spellingsOfOneTopicLandOnThatTopic() {
		AccountId host = this.hosts.member("Budi").id();

		this.hosting.saveProfile(host, Hosts.profile("Backend", "Asia/Jakarta", List.of("id"), "Front-End", "frontend ",
				"FrontEnd", "Karir", "Career", "Machine Learning"));

		assertThat(this.directory.find(host).orElseThrow().topics()).extracting(topic -> topic.slug().value())
			.containsExactly("frontend", "karier", "machine-learning");
	}

	@Test
	void aNewTopicIsProposedOnceWhateverItsSpelling() {
		String word = Hosts.unique("Rust");
		AccountId first = this.hosts.member("Yohanes").id();
		AccountId second = this.hosts.member("Putu").id();

		this.hosting.saveProfile(first, Hosts.profile("Systems", "Asia/Jakarta", List.of("id"), word + " Lang"));
		this.hosting.saveProfile(second,
				Hosts.profile("Systems", "Asia/Jakarta", List.of("id"), (word + "-lang").toUpperCase()));

		Topic proposed = this.directory.find(first).orElseThrow().topics().get(0);
		assertThat(proposed.slug().value()).isEqualTo(word.toLowerCase() + "-lang");
		assertThat(proposed.nameId()).isEqualTo(word + " Lang");
		assertThat(proposed.curated()).isFalse();
		assertThat(this.directory.find(second).orElseThrow().topics()).containsExactly(proposed);
		assertThat(this.directory.topics()).filteredOn(topic -> topic.slug().equals(proposed.slug())).hasSize(1);
	}

	@Test
	void membersProposingOneNewTopicAtOnceShareIt() throws Exception {
		String word = Hosts.unique("Zig");
		List<String> spellings = List.of(word + " lang", word + "-Lang", word.toUpperCase() + "LANG",
				" " + word + " Lang ", word + "_lang", word + ".lang", word + " LANG", word + "lang");
		List<AccountId> members = spellings.stream().map(spelling -> this.hosts.member("Penulis").id()).toList();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(spellings.size());
		List<CompletableFuture<Void>> saves = new java.util.ArrayList<>();
		for (int i = 0; i < spellings.size(); i++) {
			AccountId member = members.get(i);
			String spelling = spellings.get(i);
			saves.add(CompletableFuture.runAsync(() -> {
				await(start);
				this.hosting.saveProfile(member, Hosts.profile("Systems", "Asia/Jakarta", List.of("id"), spelling));
			}, threads));
		}
		start.countDown();
		CompletableFuture.allOf(saves.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
		threads.shutdown();

		// whichever spelling came first named the topic; all members share that one
		String shared = this.directory.find(members.get(0)).orElseThrow().topics().get(0).slug().value();
		assertThat(members).flatExtracting(member -> this.directory.find(member).orElseThrow().topics())
			.hasSize(spellings.size())
			.extracting(topic -> topic.slug().value())
			.containsOnly(shared);
		assertThat(this.directory.topics()).filteredOn(topic -> topic.slug().value().startsWith(word.toLowerCase()))
			.hasSize(1);
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void topicsKeepCPlusPlusAndCSharpApart() {
		assertThat(TopicNames.keyOf("C++")).contains("cplusplus");
		assertThat(TopicNames.keyOf("c#")).contains("csharp");
		assertThat(TopicNames.keyOf("C")).contains("c");
		assertThat(TopicNames.keyOf("Ëlm")).contains("elm");
		assertThat(TopicNames.keyOf(" -- ")).isEmpty();
		assertThat(TopicNames.keyOf("+++")).as("no letter or digit of its own").isEmpty();
		assertThat(TopicNames.slugOf("Kerja   di Luar-Negeri!")).map(TopicSlug::value).contains("kerja-di-luar-negeri");
	}

	@Test
	void atMostThreeNewTopicsArePerSaveHoweverTheyArriveAndARefusalMakesNone() {
		AccountId member = this.hosts.member("Usul").id();
		List<String> eight = new java.util.ArrayList<>();
		for (int i = 0; i < 8; i++) {
			eight.add(Hosts.unique("Topik"));
		}
		int topicsBefore = this.directory.topics().size();

		assertThat(this.hosting.saveProfile(member,
				Hosts.profile("Banyak topik", "Asia/Jakarta", List.of("id"), eight.toArray(String[]::new))))
			.isEqualTo(HostProfileOutcome.TOO_MANY_NEW_TOPICS);
		assertThat(
				this.hosting.saveProfile(member,
						Hosts.profile("Empat topik", "Asia/Jakarta", List.of("id"), "frontend", eight.get(0),
								eight.get(1), eight.get(2), eight.get(3))))
			.isEqualTo(HostProfileOutcome.TOO_MANY_NEW_TOPICS);

		assertThat(this.directory.find(member)).isEmpty();
		assertThat(this.directory.topics()).hasSize(topicsBefore);

		// known topics and spellings do not count, nor one new topic written twice
		assertThat(
				this.hosting.saveProfile(member,
						Hosts.profile("Tiga topik", "Asia/Jakarta", List.of("id"), "frontend", "Karir", "backend",
								eight.get(0), eight.get(0).toUpperCase(), eight.get(1), eight.get(2))))
			.isEqualTo(HostProfileOutcome.SAVED);
		assertThat(this.directory.find(member).orElseThrow().topics()).hasSize(6);
		// proposed once, they exist: saving them again proposes nothing new
		assertThat(this.hosting.saveProfile(member, Hosts.profile("Lagi", "Asia/Jakarta", List.of("id"), eight.get(0),
				eight.get(1), eight.get(2), eight.get(3), eight.get(4), eight.get(5))))
			.isEqualTo(HostProfileOutcome.SAVED);
	}

	@Test
	void refusesProfilesBreakingTheLimitsAndSavesNothing() {
		AccountId member = this.hosts.member("Rina").id();

		assertRefused(member, new HostProfileChange("x".repeat(10_000), "", List.of("frontend"), List.of("id"), null,
				"Asia/Jakarta"));
		assertRefused(member, new HostProfileChange(" ", "", List.of("frontend"), List.of("id"), null, "Asia/Jakarta"));
		assertRefused(member, new HostProfileChange("Headline", "x".repeat(2001), List.of("frontend"), List.of("id"),
				null, "Asia/Jakarta"));
		assertRefused(member, new HostProfileChange("Headline", "", List.of(), List.of("id"), null, "Asia/Jakarta"));
		assertRefused(member, new HostProfileChange("Headline", "",
				List.of("frontend", "backend", "mobile", "data", "devops", "ui-ux", "karier", "studi", "startup"),
				List.of("id"), null, "Asia/Jakarta"));
		assertRefused(member,
				new HostProfileChange("Headline", "", List.of("!!!"), List.of("id"), null, "Asia/Jakarta"));
		assertRefused(member,
				new HostProfileChange("Headline", "", List.of("frontend"), List.of("xx"), null, "Asia/Jakarta"));
		assertRefused(member, new HostProfileChange("Headline", "", List.of("frontend"), List.of("id"),
				"javascript:alert(1)", "Asia/Jakarta"));
		assertRefused(member, new HostProfileChange("Headline", "", List.of("frontend"), List.of("id"),
				"http://meet.google.com/abc", "Asia/Jakarta"));
		assertRefused(member,
				new HostProfileChange("Headline", "", List.of("frontend"), List.of("id"), null, "Mars/Olympus"));
		assertRefused(member,
				new HostProfileChange("Head\u0000line", "", List.of("frontend"), List.of("id"), null, "Asia/Jakarta"));

		assertThat(this.directory.find(member)).isEmpty();
	}

	@Test
	void aRefusedChangeLeavesTheSavedProfileAsItWas() {
		AccountId host = this.hosts.host("Mobile developer", "mobile");

		assertRefused(host, new HostProfileChange("Changed", "", List.of("mobile"), List.of("id"),
				"javascript:alert(1)", "Asia/Jakarta"));

		assertThat(this.directory.find(host).orElseThrow().headline()).isEqualTo("Mobile developer");
	}

	@Test
	void pausingHidesTheHostAndResumingKeepsEverything() {
		AccountId host = this.hosts.host("Data engineer", "data");
		var before = this.directory.availability(host).orElseThrow();

		this.hosting.pause(host);

		assertThat(this.directory.find(host).orElseThrow().listed()).isFalse();
		assertThat(this.directory.find(host).orElseThrow().nextCandidateAt()).isNull();
		OfferingId offering = this.directory.offerings(host).get(0).id();
		assertThat(upcoming(host, offering, 5)).isEmpty();

		this.hosting.resume(host);

		HostProfile resumed = this.directory.find(host).orElseThrow();
		assertThat(resumed.listed()).isTrue();
		assertThat(resumed.nextCandidateAt()).isNotNull();
		assertThat(this.directory.availability(host).orElseThrow().weekly()).isEqualTo(before.weekly());
		assertThat(upcoming(host, offering, 5)).hasSize(5);
	}

	@Test
	void onlyHostsCanPause() {
		AccountId member = this.hosts.member("Nobody").id();

		assertThatExceptionOfType(NotHostingException.class).isThrownBy(() -> this.hosting.pause(member));
		assertThat(this.directory.find(member)).isEmpty();
	}

	@Test
	void tellsWhetherAMemberHostsPausedOrNot() {
		AccountId host = this.hosts.host("Frontend", "frontend");
		AccountId member = this.hosts.member("Tamu").id();

		assertThat(this.directory.hosts(host)).isTrue();
		assertThat(this.directory.hosts(member)).isFalse();

		this.hosting.pause(host);

		assertThat(this.directory.hosts(host)).isTrue();
	}

	private void assertRefused(AccountId member, HostProfileChange change) {
		assertThatExceptionOfType(ConstraintViolationException.class)
			.isThrownBy(() -> this.hosting.saveProfile(member, change));
	}

	/** The offering's next open times, as its host's page reads them. */
	private List<CandidateTime> upcoming(AccountId host, OfferingId offering, int limit) {
		return this.directory.upcomingByOffering(host, limit)
			.entrySet()
			.stream()
			.filter(entry -> entry.getKey().id().equals(offering))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElse(List.of());
	}

}
