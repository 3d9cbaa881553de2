package id.ngupi.web.hosting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import id.ngupi.hosting.HostDirectory;
import id.ngupi.hosting.HostProfile;
import id.ngupi.hosting.DiscoveryQuery;
import id.ngupi.hosting.Hosting;
import id.ngupi.hosting.OfferingChange;
import id.ngupi.hosting.OfferingId;
import id.ngupi.hosting.Topic;
import id.ngupi.identity.Account;
import id.ngupi.identity.Accounts;
import id.ngupi.web.NgupiWebTest;
import id.ngupi.web.profile.Members;
import id.ngupi.web.support.Notice;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static id.ngupi.web.hosting.Hosts.errorsOf;
import static id.ngupi.web.hosting.Hosts.html;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A member turns hosting on and edits the host profile at {@code /settings/hosting}, and
 * a host pauses and resumes. Every bad input is refused next to its field, in the
 * viewer's language, and changes nothing.
 */
@NgupiWebTest
class HostProfileSettingsTests {

	private static final String LONG = "x".repeat(10_000);

	private final MockMvc mvc;

	private final Hosting hosting;

	private final HostDirectory directory;

	private final Hosts hosts;

	HostProfileSettingsTests(@Autowired MockMvc mvc, @Autowired Accounts accounts, @Autowired Hosting hosting,
			@Autowired HostDirectory directory) {
		this.mvc = mvc;
		this.hosting = hosting;
		this.directory = directory;
		this.hosts = new Hosts(accounts, hosting, directory);
	}

	@Test
	void sendsVisitorsToTheLoginPageAndTurnsNothingOn() throws Exception {
		this.mvc.perform(get("/settings/hosting"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login?continue=/settings/hosting"));
		Account member = this.hosts.member("tamu");

		this.mvc.perform(submit(validForm()).with(csrf())).andExpect(redirectedUrl("/login"));
		this.mvc.perform(post("/settings/hosting/pause").with(csrf())).andExpect(redirectedUrl("/login"));

		assertThat(this.directory.find(member.id())).isEmpty();
	}

	@Test
	void invitesAMemberWhoDoesNotHostYet() throws Exception {
		Account member = this.hosts.member("undang");

		Document page = html(this.mvc.perform(get("/settings/hosting").with(Members.as(member)))
			.andExpect(status().isOk())
			.andReturn());

		assertThat(page.selectFirst("h1").text()).isEqualTo("Buka Ngupi-mu");
		assertThat(page.select(".hosting-invite__steps li")).hasSize(3);
		assertThat(page.selectFirst("#hostProfileForm button[type=submit]").text()).isEqualTo("Mulai jadi host");
		assertThat(page.select("#hostingStatus")).as("no status before hosting").isEmpty();
		assertThat(page.select(".settings-nav a[aria-current=page]").text()).isEqualTo("Ngupi-ku");
		List<String> curated = this.directory.curatedTopics().stream().map(topic -> topic.name("id")).toList();
		assertThat(page.select("#topics .checkbox span").eachText()).containsExactlyElementsOf(curated)
			.contains("Karier", "Kepemimpinan");
		assertThat(page.select("#topics input[checked]")).isEmpty();
		assertThat(page.select("#languages input[checked]").eachAttr("value")).containsExactly("id");
		assertThat(page.selectFirst("label[for=languages-zh]").text()).as("the name the cards and the filter use")
			.isEqualTo("Mandarin");
		assertThat(page.select("#timezone option[selected]").eachAttr("value")).containsExactly("Asia/Jakarta");
		assertThat(page.selectFirst("#meetingUrl").attr("placeholder")).startsWith("https://meet.google.com/");
		assertThat(page.selectFirst("#about-hint").text()).contains("baris baru tetap dipertahankan");
		assertThat(page.select("form#hostProfileForm input[name=_csrf]")).hasSize(1);
	}

	@Test
	void showsTopicNamesInTheViewersLanguage() throws Exception {
		Account member = this.hosts.member("inggris");

		Document page = html(
				this.mvc.perform(get("/settings/hosting").cookie(Hosts.ENGLISH).with(Members.as(member))).andReturn());

		assertThat(page.selectFirst("h1").text()).isEqualTo("Open your Ngupi");
		assertThat(page.select("#topics .checkbox span").eachText()).contains("Career", "Leadership")
			.doesNotContain("Karier");
	}

	@Test
	void turnsHostingOnAndAProposedSpellingLandsOnTheCuratedTopic() throws Exception {
		Account member = this.hosts.member("mulai");
		Map<String, String> form = validForm();
		form.put("newTopics", " Front-End ,  ");

		MvcResult saved = this.mvc.perform(submit(form, "karier").with(Members.as(member)).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/settings/hosting"))
			.andExpect(flash().attributeExists("notice"))
			.andReturn();

		HostProfile host = this.hosts.profile(member);
		assertThat(host.topics()).extracting(topic -> topic.slug().value()).containsExactly("karier", "frontend");
		assertThat(host.headline()).isEqualTo("Ngobrol soal backend dan karier");
		assertThat(host.about()).isEqualTo("Baris pertama.\r\nBaris kedua.");
		assertThat(host.languages()).containsExactly("id", "en");
		assertThat(host.meetingUrl()).isEqualTo("https://meet.google.com/abc-defg-hij");
		assertThat(host.timezone().getId()).isEqualTo("Asia/Makassar");
		assertThat(host.paused()).isFalse();

		Document page = html(
				this.mvc.perform(get("/settings/hosting").cookie(Hosts.session(saved)).with(Members.as(member)))
					.andReturn());
		assertThat(page.selectFirst("h1").text()).isEqualTo("Profil host");
		assertThat(page.selectFirst("#notice").text()).startsWith("Ngupi-mu sudah dibuka!");
		assertThat(page.select("#topics input[checked]").eachAttr("value")).containsExactly("frontend", "karier");
		assertThat(page.selectFirst("#newTopics").val()).isEmpty();
		assertThat(page.selectFirst("#hostingStatus .badge").text()).isEqualTo("Belum tampil");
		assertThat(page.select("#checklist-offering a").attr("href")).isEqualTo("/settings/hosting/offerings/new");
		assertThat(page.select("#checklist-schedule a").attr("href")).isEqualTo("/settings/hosting/schedule");
	}

	@Test
	void showsAProposedTopicAsATickedCheckboxAfterwards() throws Exception {
		Account member = this.hosts.member("usul");
		String topic = "Topik " + member.handle().value();
		Map<String, String> form = validForm();
		form.put("newTopics", topic);

		this.mvc.perform(submit(form, "backend").with(Members.as(member)).with(csrf())).andExpect(status().isFound());

		Topic proposed = this.hosts.profile(member).topics().get(1);
		assertThat(proposed.curated()).isFalse();
		assertThat(proposed.name("id")).isEqualTo(topic);
		Document page = html(this.mvc.perform(get("/settings/hosting").with(Members.as(member))).andReturn());
		assertThat(page.select("#topics input[checked]").eachAttr("value")).containsExactly("backend",
				proposed.slug().value());
		assertThat(page.select("#topics label:has(input[checked]) span").eachText()).contains(topic);

		// saved again as shown, the proposed topic stays
		Map<String, String> again = validForm();
		this.mvc.perform(submit(again, "backend", proposed.slug().value()).with(Members.as(member)).with(csrf()))
			.andExpect(status().isFound());
		assertThat(this.hosts.profile(member).topics()).extracting(saved -> saved.slug().value())
			.containsExactly("backend", proposed.slug().value());
	}

	@Test
	void editsTheProfileOfAHost() throws Exception {
		Account host = this.hosts.host("ubah");
		Map<String, String> form = validForm();
		form.put("headline", "Judul baru");
		form.put("meetingUrl", "");

		this.mvc.perform(submit(form, "data", "leadership").with(Members.as(host)).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("notice", Notice.success("form.saved")));

		HostProfile saved = this.hosts.profile(host);
		assertThat(saved.headline()).isEqualTo("Judul baru");
		assertThat(saved.meetingUrl()).isNull();
		assertThat(saved.topics()).extracting(topic -> topic.slug().value()).containsExactly("data", "leadership");
	}

	@Test
	void refusesAnOverlongHeadline() throws Exception {
		Account member = this.hosts.member("panjang");
		Map<String, String> form = validForm();
		form.put("headline", LONG);

		Document page = refusedFirstTime(member, form, "karier");

		assertThat(errorsOf(page, "headline")).containsExactly("Judul maksimal 120 karakter.");
		assertThat(page.selectFirst("#headline").val()).as("what was typed is kept").isEqualTo(LONG);
		assertThat(page.selectFirst("#headline").attr("aria-invalid")).isEqualTo("true");
	}

	@Test
	void refusesAMeetingLinkThatIsNotHttps() throws Exception {
		Account host = this.hosts.host("tautan");
		HostProfile before = this.hosts.profile(host);

		for (String link : new String[] { "javascript:alert(1)", "http://meet.google.com/x", "data:text/html,x" }) {
			Map<String, String> form = validForm();
			form.put("meetingUrl", link);
			Document page = html(this.mvc.perform(submit(form, "karier").with(Members.as(host)).with(csrf()))
				.andExpect(status().isOk())
				.andReturn());
			assertThat(errorsOf(page, "meetingUrl")).as(link)
				.containsExactly("Masukkan tautan lengkap yang diawali https://");
			assertThat(page.selectFirst("#meetingUrl").val()).isEqualTo(link);
		}

		assertThat(this.hosts.profile(host)).isEqualTo(before);
	}

	@Test
	void refusesAProfileWithoutTopics() throws Exception {
		Account member = this.hosts.member("kosong");

		Document page = refusedFirstTime(member, validForm());

		assertThat(errorsOf(page, "topics")).containsExactly("Pilih 1 sampai 8 topik.");
		assertThat(page.selectFirst("#topics").hasClass("field--invalid")).isTrue();
	}

	@Test
	void refusesNineTopics() throws Exception {
		Account member = this.hosts.member("sembilan");
		String[] nine = this.directory.curatedTopics()
			.stream()
			.limit(9)
			.map(topic -> topic.slug().value())
			.toArray(String[]::new);

		Document page = refusedFirstTime(member, validForm(), nine);

		assertThat(errorsOf(page, "topics")).containsExactly("Pilih 1 sampai 8 topik.");
		assertThat(page.select("#topics input[checked]").eachAttr("value")).as("the ticks are kept")
			.containsExactly(nine);
		Document english = html(
				this.mvc.perform(submit(validForm(), nine).cookie(Hosts.ENGLISH).with(Members.as(member)).with(csrf()))
					.andExpect(status().isOk())
					.andReturn());
		assertThat(errorsOf(english, "topics")).containsExactly("Choose 1 to 8 topics.");
		assertThat(this.directory.find(member.id())).isEmpty();
	}

	@Test
	void countsProposedTopicsTowardsTheLimitAndRefusesTooManyProposals() throws Exception {
		Account member = this.hosts.member("usulan");
		Map<String, String> form = validForm();
		String four = String.join(", ", List.of(unique("Rust"), unique("Go"), unique("Zig"), unique("Elixir")));
		form.put("newTopics", four);

		Document page = refusedFirstTime(member, form, "karier");

		assertThat(errorsOf(page, "newTopics")).containsExactly("Usulkan paling banyak 3 topik baru sekaligus.");
		assertThat(page.selectFirst("#newTopics").val()).isEqualTo(four);

		Map<String, String> symbols = validForm();
		symbols.put("newTopics", "!!!, Rust");
		assertThat(errorsOf(refusedFirstTime(member, symbols, "karier"), "newTopics"))
			.containsExactly("Setiap topik maksimal 40 karakter dan harus mengandung huruf atau angka.");
	}

	@Test
	void newTopicsSentAsTicksCountTooAndEightAreRefusedWithoutStoringAnything() throws Exception {
		Account member = this.hosts.member("centang");
		String[] eight = new String[8];
		for (int i = 0; i < eight.length; i++) {
			eight[i] = unique("Topik");
		}
		int topicsBefore = this.directory.topics().size();

		Document page = refusedFirstTime(member, validForm(), eight);

		assertThat(errorsOf(page, "newTopics")).containsExactly("Usulkan paling banyak 3 topik baru sekaligus.");
		Document english = html(
				this.mvc.perform(submit(validForm(), eight).cookie(Hosts.ENGLISH).with(Members.as(member)).with(csrf()))
					.andExpect(status().isOk())
					.andReturn());
		assertThat(errorsOf(english, "newTopics")).containsExactly("Propose at most 3 new topics at a time.");
		assertThat(this.directory.find(member.id())).isEmpty();

		// a host editing the profile is held to the same
		this.mvc.perform(submit(validForm(), "karier").with(Members.as(member)).with(csrf()))
			.andExpect(status().isFound());
		Document edited = html(this.mvc.perform(submit(validForm(), eight).with(Members.as(member)).with(csrf()))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(errorsOf(edited, "newTopics")).containsExactly("Usulkan paling banyak 3 topik baru sekaligus.");
		assertThat(this.directory.find(member.id()).orElseThrow().topics()).extracting(topic -> topic.slug().value())
			.containsExactly("karier");
		assertThat(this.directory.topics()).as("no topic made").hasSize(topicsBefore);
	}

	@Test
	void refusesAnUnknownLanguageAndTimezone() throws Exception {
		Account member = this.hosts.member("bahasa");
		Map<String, String> form = validForm();
		form.put("timezone", "Etc/GMT+7");

		MockHttpServletRequestBuilder request = submit(form, "karier").param("languages", "xx");
		Document page = html(
				this.mvc.perform(request.with(Members.as(member)).with(csrf())).andExpect(status().isOk()).andReturn());

		assertThat(errorsOf(page, "languages")).containsExactly("Pilih minimal satu bahasa dari daftar.");
		assertThat(errorsOf(page, "timezone")).containsExactly("Pilih zona waktu dari daftar.");
		assertThat(this.directory.find(member.id())).isEmpty();
	}

	@Test
	void showsTheErrorsInEnglishToAnEnglishViewer() throws Exception {
		Account member = this.hosts.member("english");
		Map<String, String> form = validForm();
		form.put("headline", LONG);
		form.put("meetingUrl", "javascript:alert(1)");

		Document page = html(this.mvc.perform(submit(form).cookie(Hosts.ENGLISH).with(Members.as(member)).with(csrf()))
			.andExpect(status().isOk())
			.andReturn());

		assertThat(page.selectFirst("#form-errors").text())
			.isEqualTo("Some fields need fixing. See the message under each field.");
		assertThat(errorsOf(page, "headline")).containsExactly("The headline has 120 characters at most.");
		assertThat(errorsOf(page, "topics")).containsExactly("Choose 1 to 8 topics.");
		assertThat(errorsOf(page, "meetingUrl")).containsExactly("Enter a full link starting with https://");
		assertThat(this.directory.find(member.id())).isEmpty();
	}

	@Test
	void pausingHidesTheHostAndResumingShowsThemAgain() throws Exception {
		Account host = this.hosts.host("jeda");

		MvcResult paused = this.mvc.perform(post("/settings/hosting/pause").with(Members.as(host)).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/settings/hosting"))
			.andReturn();
		assertThat(this.hosts.profile(host).paused()).isTrue();
		assertThat(this.hosts.profile(host).listed()).isFalse();
		Document page = html(
				this.mvc.perform(get("/settings/hosting").cookie(Hosts.session(paused)).with(Members.as(host)))
					.andReturn());
		assertThat(page.selectFirst("#notice").text()).startsWith("Ngupi-mu sedang dijeda.");
		assertThat(page.selectFirst("#hostingStatus .badge").text()).isEqualTo("Dijeda");
		assertThat(page.selectFirst("#hostingStatus form").attr("action")).isEqualTo("/settings/hosting/resume");
		assertThat(page.selectFirst("#hostingStatus button").text()).isEqualTo("Lanjutkan menerima sesi");

		this.mvc.perform(post("/settings/hosting/resume").with(Members.as(host)).with(csrf()))
			.andExpect(status().isFound());
		assertThat(this.hosts.profile(host).paused()).isFalse();
		Document resumed = html(this.mvc.perform(get("/settings/hosting").with(Members.as(host))).andReturn());
		assertThat(resumed.selectFirst("#hostingStatus button").text()).isEqualTo("Jeda dulu");
	}

	@Test
	void tellsAHostWhoHasEverythingThatTheyAreListed() throws Exception {
		Account host = this.hosts.host("lengkap");
		this.hosts.offering(host);
		this.hosts.schedule(host);

		Document page = html(this.mvc.perform(get("/settings/hosting").with(Members.as(host))).andReturn());

		assertThat(page.selectFirst("#hostingStatus .badge").text()).isEqualTo("Tampil");
		assertThat(page.select("#hostingStatus .hosting-checklist__item--done")).hasSize(3);
		assertThat(page.selectFirst("#hostingStatus a").attr("href")).isEqualTo("/@" + host.handle().value());
	}

	@Test
	void tellsAHostWithoutAMeetingLinkWhereToAddOneAndThatTheyAreNotListed() throws Exception {
		Account host = this.hosts.hostWithoutMeetingLink("tanpatautan");
		OfferingId offering = this.hosts.offering(host);
		this.hosts.schedule(host);

		Document page = html(this.mvc.perform(get("/settings/hosting").with(Members.as(host))).andReturn());

		assertThat(page.selectFirst("#hostingStatus .badge").text()).isEqualTo("Belum tampil");
		Element item = page.selectFirst("#checklist-meeting");
		assertThat(item.hasClass("hosting-checklist__item--done")).isFalse();
		assertThat(item.ownText())
			.startsWith("Tambahkan tautan rapat (mis. Google Meet) di profil host atau di jenis sesi ini.");
		assertThat(item.select("a").eachAttr("href")).containsExactly("/settings/hosting#meetingUrl",
				"/settings/hosting/offerings/" + offering.value() + "#meetingUrl", "/settings/hosting#rooms");
		assertThat(item.select("a").get(1).text())
			.isEqualTo("Isi di jenis sesi \u201c" + this.hosts.offering(offering).title() + "\u201d");
		assertThat(page.select("#checklist-offering, #checklist-schedule"))
			.allMatch(done -> done.hasClass("hosting-checklist__item--done"));
		assertThat(page.select("input#meetingUrl")).as("where the first link leads").hasSize(1);
		Document offeringForm = html(
				this.mvc.perform(get("/settings/hosting/offerings/" + offering.value()).with(Members.as(host)))
					.andReturn());
		assertThat(offeringForm.select("input#meetingUrl")).as("where the second link leads").hasSize(1);
		assertThat(this.directory.discover(new DiscoveryQuery(host.handle().value(), null, null, false, 1, 24)).hosts())
			.isEmpty();
	}

	@Test
	void theMeetingLinkOfTheOfferingIsEnoughToBeListed() throws Exception {
		Account host = this.hosts.hostWithoutMeetingLink("tautanpenawaran");
		OfferingId offering = this.hosts.offering(host);
		this.hosts.schedule(host);
		OfferingChange change = this.hosts.offering(offering).asChange();
		this.hosting.updateOffering(host.id(), offering,
				new OfferingChange(change.title(), change.durationMinutes(), change.description(), change.question(),
						change.needsApproval(), change.weeklyQuota(), change.minNoticeHours(), change.horizonDays(),
						change.bufferMinutes(), "https://meet.google.com/pen-awar-ann"));

		Document page = html(this.mvc.perform(get("/settings/hosting").with(Members.as(host))).andReturn());

		assertThat(page.selectFirst("#hostingStatus .badge").text()).isEqualTo("Tampil");
		assertThat(page.selectFirst("#checklist-meeting").hasClass("hosting-checklist__item--done")).isTrue();
		assertThat(page.selectFirst("#checklist-meeting").text()).isEqualTo("Tautan rapat sudah ada.");
	}

	@Test
	void asksForAMeetingLinkOnTheProfileBeforeThereIsAnyOffering() throws Exception {
		Account host = this.hosts.hostWithoutMeetingLink("belumada");

		Document page = html(this.mvc.perform(get("/settings/hosting").with(Members.as(host))).andReturn());

		Element item = page.selectFirst("#checklist-meeting");
		assertThat(item.ownText()).startsWith("Tambahkan tautan rapat (mis. Google Meet) di profil host.");
		assertThat(item.select("a").eachAttr("href")).as("or a room for every session")
			.containsExactly("/settings/hosting#meetingUrl", "/settings/hosting#rooms");
	}

	@Test
	void answersAnHtmxPauseWithTheStatusAlone() throws Exception {
		Account host = this.hosts.host("htmxjeda");

		String fragment = Hosts.text(this.mvc
			.perform(post("/settings/hosting/pause").header("HX-Request", "true").with(Members.as(host)).with(csrf()))
			.andExpect(status().isOk())
			.andReturn());

		assertThat(fragment).doesNotContain("<html", "<header");
		assertThat(fragment.strip()).startsWith("<section id=\"hostingStatus\"");
		assertThat(fragment).contains("Ngupi-mu sedang dijeda.", "hx-post=\"/settings/hosting/resume\"");
		assertThat(this.hosts.profile(host).paused()).isTrue();
	}

	@Test
	void answersHtmxWithTheFormAloneAndRedirectsHtmxOnSuccess() throws Exception {
		Account member = this.hosts.member("htmxform");

		String fragment = Hosts.text(
				this.mvc.perform(submit(validForm()).header("HX-Request", "true").with(Members.as(member)).with(csrf()))
					.andExpect(status().isOk())
					.andReturn());
		assertThat(fragment).doesNotContain("<html", "<header");
		assertThat(fragment.strip()).startsWith("<form id=\"hostProfileForm\"");
		assertThat(fragment).contains("Pilih 1 sampai 8 topik.");

		this.mvc
			.perform(submit(validForm(), "karier").header("HX-Request", "true").with(Members.as(member)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(
					result -> assertThat(result.getResponse().getHeader("HX-Redirect")).isEqualTo("/settings/hosting"));
		assertThat(this.directory.find(member.id())).isPresent();
	}

	@Test
	void refusesChangesWithoutCsrfToken() throws Exception {
		Account member = this.hosts.member("csrf");
		Account host = this.hosts.host("csrfhost");

		this.mvc.perform(submit(validForm(), "karier").with(Members.as(member))).andExpect(status().isForbidden());
		this.mvc.perform(post("/settings/hosting/pause").with(Members.as(host))).andExpect(status().isForbidden());
		this.mvc.perform(post("/settings/hosting/pause").with(Members.as(host)).with(csrf().useInvalidToken()))
			.andExpect(status().isForbidden());

		assertThat(this.directory.find(member.id())).isEmpty();
		assertThat(this.hosts.profile(host).paused()).isFalse();
	}

	@Test
	void sendsAMemberWhoDoesNotHostBackWhenPausing() throws Exception {
		Account member = this.hosts.member("bukanhost");

		this.mvc.perform(post("/settings/hosting/pause").with(Members.as(member)).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/settings/hosting"));

		assertThat(this.directory.find(member.id())).isEmpty();
	}

	/**
	 * Posts a form that would turn hosting on, expects it refused, and checks that the
	 * member still does not host.
	 */
	private Document refusedFirstTime(Account member, Map<String, String> form, String... topics) throws Exception {
		Document page = html(this.mvc.perform(submit(form, topics).with(Members.as(member)).with(csrf()))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(page.selectFirst("#form-errors")).as("summary of errors").isNotNull();
		assertThat(this.directory.find(member.id())).as("nothing saved").isEmpty();
		return page;
	}

	private static Map<String, String> validForm() {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("headline", "Ngobrol soal backend dan karier");
		form.put("about", "Baris pertama.\r\nBaris kedua.");
		form.put("newTopics", "");
		form.put("meetingUrl", "https://meet.google.com/abc-defg-hij");
		form.put("timezone", "Asia/Makassar");
		return form;
	}

	/** The form with the ticked topics and the languages id and en. */
	private static String unique(String prefix) {
		return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
	}

	private static MockHttpServletRequestBuilder submit(Map<String, String> form, String... topics) {
		MockHttpServletRequestBuilder request = post("/settings/hosting");
		form.forEach(request::param);
		if (topics.length > 0) {
			request.param("topics", topics);
		}
		request.param("languages", "id", "en");
		return request;
	}

}
