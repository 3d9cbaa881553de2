package id.ngupi.web.hosting;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.ngupi.hosting.HostDirectory;
import id.ngupi.hosting.Hosting;
import id.ngupi.hosting.Offering;
import id.ngupi.hosting.OfferingChange;
import id.ngupi.hosting.OfferingId;
import id.ngupi.identity.Account;
import id.ngupi.identity.Accounts;
import id.ngupi.web.NgupiWebTest;
import id.ngupi.web.profile.Members;
import org.jsoup.nodes.Document;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A host lists, creates, edits, retires and takes back their offerings. Bad input is
 * refused next to its field and saves nothing; another member's offering is not found,
 * whatever is done to it.
 */
@NgupiWebTest
class OfferingSettingsTests {

	private final MockMvc mvc;

	private final HostDirectory directory;

	private final Hosts hosts;

	OfferingSettingsTests(@Autowired MockMvc mvc, @Autowired Accounts accounts, @Autowired Hosting hosting,
			@Autowired HostDirectory directory) {
		this.mvc = mvc;
		this.directory = directory;
		this.hosts = new Hosts(accounts, hosting, directory);
	}

	@Test
	void sendsVisitorsToTheLoginPage() throws Exception {
		Account host = this.hosts.host("tamu");
		OfferingId offering = this.hosts.offering(host);
		Offering before = this.hosts.offering(offering);

		this.mvc.perform(get("/settings/hosting/offerings"))
			.andExpect(redirectedUrl("/login?continue=/settings/hosting/offerings"));
		this.mvc.perform(submit("/settings/hosting/offerings/" + offering, validForm()).with(csrf()))
			.andExpect(redirectedUrl("/login"));
		this.mvc.perform(post("/settings/hosting/offerings/" + offering + "/retire").with(csrf()))
			.andExpect(redirectedUrl("/login"));

		assertThat(this.hosts.offering(offering)).isEqualTo(before);
	}

	@Test
	void sendsAMemberWhoDoesNotHostToTurnHostingOnFirst() throws Exception {
		Account member = this.hosts.member("belum");

		MvcResult list = this.mvc.perform(get("/settings/hosting/offerings").with(Members.as(member)))
			.andExpect(redirectedUrl("/settings/hosting"))
			.andReturn();
		this.mvc.perform(get("/settings/hosting/offerings/new").with(Members.as(member)))
			.andExpect(redirectedUrl("/settings/hosting"));
		this.mvc.perform(submit("/settings/hosting/offerings/new", validForm()).with(Members.as(member)).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/settings/hosting"));

		assertThat(this.directory.find(member.id())).isEmpty();
		assertThat(this.directory.offerings(member.id())).isEmpty();
		Document page = html(
				this.mvc.perform(get("/settings/hosting").cookie(Hosts.session(list)).with(Members.as(member)))
					.andReturn());
		assertThat(page.selectFirst("#notice").text()).startsWith("Buka Ngupi-mu dulu.");
	}

	@Test
	void suggestsTheUsualNgupiForANewOffering() throws Exception {
		Account host = this.hosts.host("saran");

		Document page = html(this.mvc.perform(get("/settings/hosting/offerings/new").with(Members.as(host)))
			.andExpect(status().isOk())
			.andReturn());

		assertThat(page.selectFirst("h1").text()).isEqualTo("Jenis sesi baru");
		assertThat(page.selectFirst("#title").val()).isEqualTo("Ngupi 30 menit");
		assertThat(page.selectFirst("#durationMinutes").val()).isEqualTo("30");
		assertThat(page.selectFirst("#weeklyQuota").val()).isEqualTo("3");
		assertThat(page.selectFirst("#question").text()).isEqualTo(OfferingChange.DEFAULT_QUESTION_ID);
		assertThat(page.selectFirst("#needsApproval").hasAttr("checked")).isFalse();
		assertThat(page.selectFirst("#offeringForm").attr("action")).isEqualTo("/settings/hosting/offerings/new");

		Document english = html(
				this.mvc.perform(get("/settings/hosting/offerings/new").cookie(Hosts.ENGLISH).with(Members.as(host)))
					.andReturn());
		assertThat(english.selectFirst("#title").val()).isEqualTo("30-minute Ngupi");
		assertThat(english.selectFirst("#question").text()).isEqualTo(OfferingChange.DEFAULT_QUESTION_EN);
	}

	@Test
	void createsAnOfferingAndListsIt() throws Exception {
		Account host = this.hosts.host("buat");
		Map<String, String> form = validForm();
		form.put("needsApproval", "true");

		MvcResult created = this.mvc
			.perform(submit("/settings/hosting/offerings/new", form).with(Members.as(host)).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/settings/hosting/offerings"))
			.andReturn();

		List<Offering> offerings = this.directory.offerings(host.id());
		assertThat(offerings).hasSize(1);
		Offering offering = offerings.get(0);
		assertThat(offering.title()).isEqualTo("Review CV");
		assertThat(offering.duration()).isEqualTo(Duration.ofMinutes(45));
		assertThat(offering.weeklyQuota()).isEqualTo(2);
		assertThat(offering.needsApproval()).isTrue();
		assertThat(offering.minNotice()).isEqualTo(Duration.ofHours(24));
		assertThat(offering.meetingUrl()).isNull();
		assertThat(offering.active()).isTrue();
		Document page = html(this.mvc
			.perform(get("/settings/hosting/offerings").cookie(Hosts.session(created)).with(Members.as(host)))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(page.selectFirst("#notice").text()).isEqualTo("Jenis sesi \"Review CV\" sudah dibuat.");
		String item = "#offering-" + offering.id();
		assertThat(page.selectFirst(item + " .offering__title").text()).isEqualTo("Review CV");
		assertThat(page.select(item + " .offering__facts li").eachText()).containsExactly("45 menit",
				"maksimal 2 sesi per minggu", "Perlu persetujuanmu");
		assertThat(page.selectFirst(item + " .badge").text()).isEqualTo("Aktif");
		assertThat(page.selectFirst(item + " a").attr("href"))
			.isEqualTo("/settings/hosting/offerings/" + offering.id());
	}

	@Test
	void refusesAWeeklyQuotaOutOfRange() throws Exception {
		Account host = this.hosts.host("kuota");

		for (String quota : new String[] { "0", "1000", "-1" }) {
			Document page = refusedNew(host, "weeklyQuota", quota);
			assertThat(errorsOf(page, "weeklyQuota")).as(quota)
				.containsExactly("Maksimal sesi per minggu harus antara 1 dan 50.");
			assertThat(page.selectFirst("#weeklyQuota").val()).isEqualTo(quota);
		}
	}

	@Test
	void refusesAQuotaThatIsNoNumberAndKeepsWhatWasTyped() throws Exception {
		Account host = this.hosts.host("angka");

		for (String quota : new String[] { "", "tiga" }) {
			Document page = refusedNew(host, "weeklyQuota", quota);
			assertThat(errorsOf(page, "weeklyQuota")).as(quota)
				.containsExactly("Maksimal sesi per minggu harus antara 1 dan 50.");
			assertThat(page.selectFirst("#weeklyQuota").val()).isEqualTo(quota);
			assertThat(page.selectFirst("#title").val()).isEqualTo("Review CV");
		}
	}

	@Test
	void refusesADurationOutOfRange() throws Exception {
		Account host = this.hosts.host("durasi");

		for (String minutes : new String[] { "7", "121" }) {
			assertThat(errorsOf(refusedNew(host, "durationMinutes", minutes), "durationMinutes")).as(minutes)
				.containsExactly("Durasi harus antara 15 dan 120 menit.");
		}
	}

	@Test
	void asksForTheNoticeInHoursAndTheHorizonInDaysAndShowsSavedValuesInThoseUnits() throws Exception {
		Account host = this.hosts.host("jamhari");

		Document suggested = html(this.mvc.perform(get("/settings/hosting/offerings/new").with(Members.as(host)))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(suggested.selectFirst("label[for=minNoticeHours]").text()).isEqualTo("Pemesanan paling lambat");
		assertThat(suggested.selectFirst("#minNoticeHours").val()).isEqualTo("12");
		assertThat(suggested.selectFirst("#minNoticeHours-unit").text()).isEqualTo("jam sebelum mulai");
		assertThat(suggested.selectFirst("#minNoticeHours").attr("aria-describedby"))
			.isEqualTo("minNoticeHours-unit minNoticeHours-hint");
		assertThat(suggested.selectFirst("#minNoticeHours").attr("max"))
			.isEqualTo(String.valueOf(OfferingChange.MIN_NOTICE_MAX_HOURS));
		assertThat(suggested.selectFirst("#minNoticeHours-hint").text()).startsWith("Antara 0 dan 336 jam (2 minggu).");
		assertThat(suggested.selectFirst("label[for=horizonDays]").text()).isEqualTo("Bisa dipesan paling jauh");
		assertThat(suggested.selectFirst("#horizonDays").val()).isEqualTo("21");
		assertThat(suggested.selectFirst("#horizonDays-unit").text()).isEqualTo("hari ke depan");
		assertThat(suggested.select("#minNoticeMinutes")).as("no minutes asked").isEmpty();

		Map<String, String> form = validForm();
		form.put("minNoticeHours", "36");
		form.put("horizonDays", "60");
		this.mvc.perform(submit("/settings/hosting/offerings/new", form).with(Members.as(host)).with(csrf()))
			.andExpect(redirectedUrl("/settings/hosting/offerings"));

		Offering saved = this.directory.offerings(host.id()).get(0);
		assertThat(saved.minNotice()).isEqualTo(Duration.ofHours(36));
		assertThat(saved.horizon()).isEqualTo(Duration.ofDays(60));
		Document edit = html(this.mvc.perform(get("/settings/hosting/offerings/" + saved.id()).with(Members.as(host)))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(edit.selectFirst("#minNoticeHours").val()).isEqualTo("36");
		assertThat(edit.selectFirst("#horizonDays").val()).isEqualTo("60");

		Document english = html(this.mvc
			.perform(get("/settings/hosting/offerings/" + saved.id()).cookie(Hosts.ENGLISH).with(Members.as(host)))
			.andReturn());
		assertThat(english.selectFirst("label[for=minNoticeHours]").text()).isEqualTo("Booking closes");
		assertThat(english.selectFirst("#minNoticeHours-unit").text()).isEqualTo("hours before the start");
		assertThat(english.selectFirst("#minNoticeHours-hint").text()).startsWith("From 0 to 336 hours (2 weeks).");
		assertThat(english.selectFirst("#horizonDays-unit").text()).isEqualTo("days ahead");
	}

	@Test
	void refusesANoticeOrHorizonOutOfRangeSayingTheLimitsInTheFieldsUnits() throws Exception {
		Account host = this.hosts.host("batasjam");
		String notice = "Pemesanan paling lambat harus antara 0 dan 336 jam sebelum mulai (2 minggu).";

		for (String hours : new String[] { "-1", "337", "20160" }) {
			Document page = refusedNew(host, "minNoticeHours", hours);
			assertThat(errorsOf(page, "minNoticeHours")).as(hours).containsExactly(notice);
			assertThat(page.selectFirst("#minNoticeHours").val()).isEqualTo(hours);
			assertThat(page.selectFirst("#minNoticeHours").attr("aria-describedby"))
				.isEqualTo("minNoticeHours-unit minNoticeHours-error");
			assertThat(page.selectFirst("#minNoticeHours-hint").text()).as("the limits as the error writes them")
				.contains("0 dan 336 jam (2 minggu)");
		}
		for (String hours : new String[] { "1,5", "12 jam" }) {
			assertThat(errorsOf(refusedNew(host, "minNoticeHours", hours), "minNoticeHours")).as(hours)
				.containsExactly(
						"Pemesanan paling lambat harus antara 0 dan 336 jam sebelum mulai (2 minggu), dalam jam penuh.");
		}
		for (String days : new String[] { "0", "91" }) {
			assertThat(errorsOf(refusedNew(host, "horizonDays", days), "horizonDays")).as(days)
				.containsExactly("Batas pemesanan paling jauh harus antara 1 dan 90 hari ke depan.");
		}

		Map<String, String> form = validForm();
		form.put("minNoticeHours", "337");
		form.put("horizonDays", "91");
		Document english = html(this.mvc
			.perform(submit("/settings/hosting/offerings/new", form).cookie(Hosts.ENGLISH)
				.with(Members.as(host))
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(errorsOf(english, "minNoticeHours"))
			.containsExactly("Booking closes 0 to 336 hours before the start (2 weeks).");
		assertThat(errorsOf(english, "horizonDays")).containsExactly("Sessions are bookable 1 to 90 days ahead.");
		assertThat(this.directory.offerings(host.id())).isEmpty();
	}

	@Test
	void refusesAMeetingLinkThatIsNotHttps() throws Exception {
		Account host = this.hosts.host("tautan");

		assertThat(errorsOf(refusedNew(host, "meetingUrl", "javascript:alert(1)"), "meetingUrl"))
			.containsExactly("Masukkan tautan lengkap yang diawali https://");
		assertThat(errorsOf(refusedNew(host, "title", " "), "title")).containsExactly("Nama jenis sesi wajib diisi.");
		assertThat(errorsOf(refusedNew(host, "question", ""), "question"))
			.containsExactly("Pertanyaan untuk peserta wajib diisi.");
	}

	@Test
	void showsTheErrorsInEnglishToAnEnglishViewer() throws Exception {
		Account host = this.hosts.host("english");
		Map<String, String> form = validForm();
		form.put("weeklyQuota", "0");
		form.put("durationMinutes", "7");
		form.put("meetingUrl", "javascript:alert(1)");

		Document page = html(this.mvc
			.perform(submit("/settings/hosting/offerings/new", form).cookie(Hosts.ENGLISH)
				.with(Members.as(host))
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn());

		assertThat(errorsOf(page, "weeklyQuota")).containsExactly("Sessions a week is from 1 to 50.");
		assertThat(errorsOf(page, "durationMinutes")).containsExactly("The length is from 15 to 120 minutes.");
		assertThat(errorsOf(page, "meetingUrl")).containsExactly("Enter a full link starting with https://");
		assertThat(this.directory.offerings(host.id())).isEmpty();
	}

	@Test
	void editsTheHostsOwnOffering() throws Exception {
		Account host = this.hosts.host("ubah");
		OfferingId offering = this.hosts.offering(host);

		Document form = html(this.mvc.perform(get("/settings/hosting/offerings/" + offering).with(Members.as(host)))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(form.selectFirst("#title").val()).isEqualTo("Ngupi 30 menit");
		assertThat(form.selectFirst("#offeringForm").attr("action"))
			.isEqualTo("/settings/hosting/offerings/" + offering);

		this.mvc
			.perform(submit("/settings/hosting/offerings/" + offering, validForm()).with(Members.as(host)).with(csrf()))
			.andExpect(redirectedUrl("/settings/hosting/offerings"));

		Offering saved = this.hosts.offering(offering);
		assertThat(saved.title()).isEqualTo("Review CV");
		assertThat(saved.weeklyQuota()).isEqualTo(2);
		assertThat(saved.needsApproval()).as("an unticked box is false").isFalse();
	}

	@Test
	void refusesABadEditAndKeepsTheOfferingAsItWas() throws Exception {
		Account host = this.hosts.host("salah");
		OfferingId offering = this.hosts.offering(host);
		Offering before = this.hosts.offering(offering);
		Map<String, String> form = validForm();
		form.put("weeklyQuota", "1000");
		form.put("meetingUrl", "javascript:alert(1)");

		Document page = html(this.mvc
			.perform(submit("/settings/hosting/offerings/" + offering, form).with(Members.as(host)).with(csrf()))
			.andExpect(status().isOk())
			.andReturn());

		assertThat(errorsOf(page, "weeklyQuota")).containsExactly("Maksimal sesi per minggu harus antara 1 dan 50.");
		assertThat(errorsOf(page, "meetingUrl")).containsExactly("Masukkan tautan lengkap yang diawali https://");
		assertThat(this.hosts.offering(offering)).isEqualTo(before);
	}

	@Test
	void retiresAndTakesBackAnOffering() throws Exception {
		Account host = this.hosts.host("henti");
		OfferingId offering = this.hosts.offering(host);

		this.mvc
			.perform(post("/settings/hosting/offerings/" + offering + "/retire").with(Members.as(host)).with(csrf()))
			.andExpect(redirectedUrl("/settings/hosting/offerings"));
		assertThat(this.hosts.offering(offering).active()).isFalse();
		Document list = html(this.mvc.perform(get("/settings/hosting/offerings").with(Members.as(host))).andReturn());
		assertThat(list.selectFirst("#offering-" + offering + " .badge").text()).isEqualTo("Dihentikan");
		assertThat(list.selectFirst("#offering-" + offering + " form").attr("action"))
			.isEqualTo("/settings/hosting/offerings/" + offering + "/reactivate");

		this.mvc
			.perform(
					post("/settings/hosting/offerings/" + offering + "/reactivate").with(Members.as(host)).with(csrf()))
			.andExpect(redirectedUrl("/settings/hosting/offerings"));
		assertThat(this.hosts.offering(offering).active()).isTrue();
	}

	@Test
	void doesNotFindAnotherMembersOffering() throws Exception {
		Account owner = this.hosts.host("pemilik");
		Account other = this.hosts.host("lain");
		OfferingId offering = this.hosts.offering(owner);
		Offering before = this.hosts.offering(offering);
		String url = "/settings/hosting/offerings/" + offering;

		this.mvc.perform(get(url).with(Members.as(other))).andExpect(status().isNotFound());
		this.mvc.perform(submit(url, validForm()).with(Members.as(other)).with(csrf()))
			.andExpect(status().isNotFound());
		Map<String, String> bad = validForm();
		bad.put("weeklyQuota", "0");
		this.mvc.perform(submit(url, bad).with(Members.as(other)).with(csrf())).andExpect(status().isNotFound());
		this.mvc.perform(post(url + "/retire").with(Members.as(other)).with(csrf())).andExpect(status().isNotFound());
		this.mvc.perform(post(url + "/reactivate").with(Members.as(other)).with(csrf()))
			.andExpect(status().isNotFound());

		assertThat(this.hosts.offering(offering)).isEqualTo(before);
		assertThat(this.directory.offerings(other.id())).isEmpty();
	}

	@Test
	void doesNotFindAMalformedOfferingId() throws Exception {
		Account host = this.hosts.host("rusak");

		for (String id : new String[] { "abc", "123", "00000000-0000-0000-0000-000000000000", "new-1" }) {
			this.mvc.perform(get("/settings/hosting/offerings/" + id).with(Members.as(host)))
				.andExpect(status().isNotFound());
			this.mvc.perform(post("/settings/hosting/offerings/" + id + "/retire").with(Members.as(host)).with(csrf()))
				.andExpect(status().isNotFound());
		}
	}

	@Test
	void refusesARetirementWithoutCsrfToken() throws Exception {
		Account host = this.hosts.host("csrf");
		OfferingId offering = this.hosts.offering(host);

		this.mvc.perform(post("/settings/hosting/offerings/" + offering + "/retire").with(Members.as(host)))
			.andExpect(status().isForbidden());
		this.mvc.perform(submit("/settings/hosting/offerings/new", validForm()).with(Members.as(host)))
			.andExpect(status().isForbidden());

		assertThat(this.hosts.offering(offering).active()).isTrue();
		assertThat(this.directory.offerings(host.id())).hasSize(1);
	}

	@Test
	void stopsOfferingNewOnesAtTheLimit() throws Exception {
		Account host = this.hosts.host("penuh");
		for (int i = 0; i < Hosting.OFFERINGS_MAX; i++) {
			this.hosts.offering(host);
		}

		Document list = html(this.mvc.perform(get("/settings/hosting/offerings").with(Members.as(host))).andReturn());
		assertThat(list.select("#new-offering")).isEmpty();
		assertThat(list.select("#offerings-full")).hasSize(1);

		Document page = html(this.mvc
			.perform(submit("/settings/hosting/offerings/new", validForm()).with(Members.as(host)).with(csrf()))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(page.selectFirst("#form-errors").text()).contains("Kamu sudah punya 10 jenis sesi");
		assertThat(this.directory.offerings(host.id())).hasSize(Hosting.OFFERINGS_MAX);
	}

	/**
	 * Posts a new offering with one field changed, expects it refused and nothing saved.
	 */
	private Document refusedNew(Account host, String field, String value) throws Exception {
		Map<String, String> form = validForm();
		form.put(field, value);
		Document page = html(
				this.mvc.perform(submit("/settings/hosting/offerings/new", form).with(Members.as(host)).with(csrf()))
					.andExpect(status().isOk())
					.andReturn());
		assertThat(page.selectFirst("#form-errors")).as("summary of errors").isNotNull();
		assertThat(page.selectFirst("#" + field).attr("aria-invalid")).isEqualTo("true");
		assertThat(this.directory.offerings(host.id())).as("nothing saved").isEmpty();
		return page;
	}

	private static Map<String, String> validForm() {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("title", "Review CV");
		form.put("durationMinutes", "45");
		form.put("description", "Kita bahas CV-mu bersama.");
		form.put("question", "Posisi apa yang kamu incar?");
		form.put("weeklyQuota", "2");
		form.put("minNoticeHours", "24");
		form.put("horizonDays", "30");
		form.put("bufferMinutes", "15");
		form.put("meetingUrl", "");
		// the marker the form sends next to its checkbox: absent from the request means
		// false
		form.put("_needsApproval", "on");
		return form;
	}

	private static MockHttpServletRequestBuilder submit(String url, Map<String, String> form) {
		MockHttpServletRequestBuilder request = post(url);
		form.forEach(request::param);
		return request;
	}

}
