package id.ngupi.web.profile;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import id.ngupi.identity.Account;
import id.ngupi.identity.Accounts;
import id.ngupi.identity.ProfileChange;
import id.ngupi.web.NgupiWebTest;
import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A member edits their own profile at {@code /settings/profile}: every bad input is
 * refused with a message next to its field, in the member's language, and changes
 * nothing.
 */
@NgupiWebTest
class ProfileSettingsTests {

	private static final String LONG = "x".repeat(10_000);

	/** Sessions live in PostgreSQL (Spring Session), found by this cookie. */
	static final String SESSION_COOKIE = "NGUPI_SESSION";

	private final MockMvc mvc;

	private final Accounts accounts;

	ProfileSettingsTests(@Autowired MockMvc mvc, @Autowired Accounts accounts) {
		this.mvc = mvc;
		this.accounts = accounts;
	}

	@Test
	void sendsVisitorsToTheLoginPage() throws Exception {
		this.mvc.perform(get("/settings/profile"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login?continue=/settings/profile"));
	}

	@Test
	void showsTheFormFilledWithTheMembersProfile() throws Exception {
		Account member = Members.create(this.accounts, "tampil");

		Document page = html(this.mvc.perform(get("/settings/profile").with(Members.as(member)))
			.andExpect(status().isOk())
			.andReturn());

		assertThat(page.selectFirst("h1").text()).isEqualTo("Pengaturan profil");
		assertThat(page.selectFirst("#handle").val()).isEqualTo(member.handle().value());
		assertThat(page.selectFirst("#displayName").val()).isEqualTo(member.displayName());
		assertThat(page.selectFirst("#language option[selected]").val()).isEqualTo("id");
		assertThat(page.select("form#profileForm input[name=_csrf]")).hasSize(1);
		assertThat(page.select("form#profileForm input[name=id], form#profileForm input[name=account]"))
			.as("the form never names the account it edits")
			.isEmpty();
	}

	@Test
	void offersIndonesiasTimezonesFirstThenEveryRegionSorted() throws Exception {
		Account member = Members.create(this.accounts, "zona");

		Document page = html(this.mvc.perform(get("/settings/profile").with(Members.as(member))).andReturn());

		Element first = page.selectFirst("#timezone optgroup");
		assertThat(first.attr("label")).isEqualTo("Indonesia");
		assertThat(first.select("option").eachAttr("value")).containsExactly("Asia/Jakarta", "Asia/Makassar",
				"Asia/Jayapura");
		assertThat(first.select("option").eachText()).containsExactly("WIB: Waktu Indonesia Barat, Jakarta (UTC+07.00)",
				"WITA: Waktu Indonesia Tengah, Makassar (UTC+08.00)",
				"WIT: Waktu Indonesia Timur, Jayapura (UTC+09.00)");
		assertThat(page.select("#timezone option[selected]").eachAttr("value")).containsExactly("Asia/Jakarta");
		assertThat(page.select("#timezone optgroup").eachAttr("label")).contains("Eropa", "Amerika", "Pasifik");
		assertThat(page.select("#timezone optgroup[label=Eropa] option").eachAttr("value")).contains("Europe/Berlin",
				"Europe/London");
		assertThat(page.select("#timezone optgroup[label=Eropa] option").eachText()).isSorted();
		var values = page.select("#timezone option").eachAttr("value");
		assertThat(values).doesNotHaveDuplicates()
			.allMatch(zone -> zone
				.matches("(Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific)/.+"));
	}

	@Test
	void savesTheProfileAndSaysSoAfterTheRedirect() throws Exception {
		Account member = Members.create(this.accounts, "simpan");
		Map<String, String> form = formOf(member);
		form.put("displayName", "  Sari Wulandari ");
		form.put("bio", "Frontend engineer di Bandung.\r\nSuka ngopi.");
		form.put("timezone", "Asia/Makassar");
		form.put("website", "https://sari.dev");
		form.put("github", "https://github.com/sari");
		form.put("twitter", "https://x.com/sari");
		form.put("linkedin", "https://www.linkedin.com/in/sari");

		Cookie session = this.mvc.perform(submit(form).with(Members.as(member)).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/settings/profile"))
			.andReturn()
			.getResponse()
			.getCookie(SESSION_COOKIE);

		Account saved = reload(member);
		assertThat(saved.displayName()).isEqualTo("Sari Wulandari");
		assertThat(saved.bio()).isEqualTo("Frontend engineer di Bandung.\r\nSuka ngopi.");
		assertThat(saved.timezone().getId()).isEqualTo("Asia/Makassar");
		assertThat(saved.links().github()).isEqualTo("https://github.com/sari");
		assertThat(saved.links().linkedin()).isEqualTo("https://www.linkedin.com/in/sari");
		Document after = html(this.mvc.perform(get("/settings/profile").cookie(session).with(Members.as(member)))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(after.selectFirst("#notice").text()).isEqualTo("Perubahan tersimpan.");
		assertThat(after.selectFirst("#timezone option[selected]").val()).isEqualTo("Asia/Makassar");
		Document again = html(
				this.mvc.perform(get("/settings/profile").cookie(session).with(Members.as(member))).andReturn());
		assertThat(again.select("#notice")).as("the notice is shown once").isEmpty();
	}

	@Test
	void refusesAMalformedHandle() throws Exception {
		Account member = Members.create(this.accounts, "bentuk");

		for (String handle : new String[] { "a", "-dash", "dua kata", "sari.dev", "<b>x</b>", LONG }) {
			Document page = refused(member, "handle", handle);
			assertThat(errorOf(page, "handle")).as(handle)
				.containsExactly(
						"Handle terdiri dari 2 sampai 39 huruf, angka, tanda hubung (-) atau garis bawah (_), dan diawali huruf atau angka.");
		}
	}

	@Test
	void refusesAReservedHandleWhateverItsCase() throws Exception {
		Account member = Members.create(this.accounts, "cadang");

		Document page = refused(member, "handle", "Admin");

		assertThat(errorOf(page, "handle")).containsExactly("Handle ini dicadangkan untuk Ngupi. Pilih handle lain.");
	}

	@Test
	void refusesAHandleAnotherMemberHoldsInAnotherCase() throws Exception {
		Account sari = Members.create(this.accounts, "sari");
		Account other = Members.create(this.accounts, "lain");

		Document page = refused(other, "handle", sari.handle().value().toUpperCase());

		assertThat(errorOf(page, "handle")).containsExactly("Handle ini sudah dipakai anggota lain.");
		assertThat(page.selectFirst("#handle").val()).as("what the member typed is kept")
			.isEqualTo(sari.handle().value().toUpperCase());
		assertThat(reload(sari)).isEqualTo(sari);
	}

	@Test
	void letsAMemberChangeTheCaseOfTheirOwnHandle() throws Exception {
		Account member = Members.create(this.accounts, "huruf");
		Map<String, String> form = formOf(member);
		form.put("handle", member.handle().value().toUpperCase());

		this.mvc.perform(submit(form).with(Members.as(member)).with(csrf())).andExpect(status().isFound());

		assertThat(reload(member).handle().value()).isEqualTo(member.handle().value().toUpperCase());
	}

	@Test
	void refusesOverlongTexts() throws Exception {
		Account member = Members.create(this.accounts, "panjang");

		assertThat(errorOf(refused(member, "displayName", LONG), "displayName"))
			.containsExactly("Nama tampilan maksimal 60 karakter.");
		assertThat(errorOf(refused(member, "bio", LONG), "bio")).containsExactly("Bio maksimal 500 karakter.");
		assertThat(errorOf(refused(member, "website", "https://example.com/" + LONG), "website"))
			.containsExactly("Alamat terlalu panjang (maksimal 200 karakter).");
		assertThat(errorOf(refused(member, "github", "https://github.com/" + LONG), "github"))
			.containsExactly("Alamat terlalu panjang (maksimal 200 karakter).");
	}

	@Test
	void refusesControlCharactersThatTheDatabaseWouldRefuse() throws Exception {
		Account member = Members.create(this.accounts, "kontrol");
		String message = "Teks ini mengandung karakter kontrol tak terlihat yang tidak diizinkan. Hapus karakter itu lalu coba lagi.";

		assertThat(errorOf(refused(member, "bio", "a\u0000b"), "bio")).containsExactly(message);
		assertThat(errorOf(refused(member, "displayName", "Sari\u0000"), "displayName")).containsExactly(message);
		assertThat(errorOf(refused(member, "displayName", "Sari\nWulandari"), "displayName")).containsExactly(message);
	}

	@Test
	void refusesABlankDisplayName() throws Exception {
		Account member = Members.create(this.accounts, "kosong");

		assertThat(errorOf(refused(member, "displayName", "   "), "displayName"))
			.containsExactly("Nama tampilan wajib diisi.");
	}

	@Test
	void refusesLinksThatAreNotHttps() throws Exception {
		Account member = Members.create(this.accounts, "tautan");

		for (String link : new String[] { "http://sari.dev", "javascript:alert(1)", "JavaScript:alert(document.cookie)",
				"data:text/html,<script>alert(1)</script>", "//sari.dev", "sari.dev", "https://user:pw@sari.dev" }) {
			assertThat(errorOf(refused(member, "website", link), "website")).as(link)
				.containsExactly("Masukkan alamat lengkap yang diawali https://");
		}
		assertThat(errorOf(refused(member, "twitter", "javascript:alert(1)"), "twitter"))
			.containsExactly("Masukkan alamat profil yang diawali https://x.com/ atau https://twitter.com/");
	}

	@Test
	void refusesAProfileLinkOnAnotherHost() throws Exception {
		Account member = Members.create(this.accounts, "host");

		for (String link : new String[] { "https://gitlab.com/sari", "https://github.com.evil.example/sari",
				"https://evilgithub.com/sari" }) {
			assertThat(errorOf(refused(member, "github", link), "github")).as(link)
				.containsExactly("Masukkan alamat profil GitHub yang diawali https://github.com/");
		}
		assertThat(errorOf(refused(member, "linkedin", "https://linkedin.example.com/in/sari"), "linkedin"))
			.containsExactly("Masukkan alamat profil yang diawali https://www.linkedin.com/");
	}

	@Test
	void refusesAnUnknownTimezoneAndLanguage() throws Exception {
		Account member = Members.create(this.accounts, "waktu");

		for (String zone : new String[] { "Asia/Bandung", "WIB", "", "../../etc/passwd", "Etc/GMT+7", "EST", "UTC" }) {
			assertThat(errorOf(refused(member, "timezone", zone), "timezone")).as(zone)
				.containsExactly("Pilih zona waktu dari daftar.");
		}
		assertThat(errorOf(refused(member, "language", "fr"), "language"))
			.containsExactly("Pilih Bahasa Indonesia atau English.");
	}

	@Test
	void keepsAZoneTheListDoesNotOfferWhenTheMemberAlreadyHoldsIt() throws Exception {
		Account member = Members.create(this.accounts, "utc");
		ProfileChange utc = new ProfileChange(member.handle().value(), member.displayName(), "", "Etc/UTC", "id", null,
				null, null, null);
		this.accounts.updateProfile(member.id(), utc);
		Account holding = reload(member);

		Document page = html(this.mvc.perform(get("/settings/profile").with(Members.as(holding))).andReturn());
		assertThat(page.select("#timezone option[selected]").eachAttr("value")).containsExactly("Etc/UTC");

		Map<String, String> form = formOf(holding);
		form.put("displayName", "Nama Lain");
		this.mvc.perform(submit(form).with(Members.as(holding)).with(csrf())).andExpect(status().isFound());
		assertThat(reload(member).timezone().getId()).isEqualTo("Etc/UTC");
	}

	@Test
	void showsTheFormAgainWithExactlyWhatTheMemberTyped() throws Exception {
		Account member = Members.create(this.accounts, "ketik");
		Map<String, String> form = formOf(member);
		form.put("handle", "x");
		form.put("bio", "\nBaris kedua & <tiga>");

		MvcResult result = this.mvc.perform(submit(form).with(Members.as(member)).with(csrf())).andReturn();

		String html = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).as("a leading line break survives the parser dropping the first one")
			.contains(">\n\nBaris kedua &amp; &lt;tiga&gt;</textarea>");
	}

	@Test
	void showsTheErrorsInEnglishToAnEnglishViewer() throws Exception {
		Account member = Members.create(this.accounts, "english");
		Map<String, String> form = formOf(member);
		form.put("handle", "settings");
		form.put("github", "https://gitlab.com/sari");

		Document page = html(this.mvc
			.perform(submit(form).cookie(new Cookie("ngupi-lang", "en")).with(Members.as(member)).with(csrf()))
			.andExpect(status().isOk())
			.andReturn());

		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
		assertThat(page.selectFirst("#form-errors").text())
			.isEqualTo("Some fields need fixing. See the message under each field.");
		assertThat(errorOf(page, "handle"))
			.containsExactly("This handle is reserved for Ngupi. Please choose another.");
		assertThat(errorOf(page, "github"))
			.containsExactly("Enter a GitHub profile address starting with https://github.com/");
		assertThat(reload(member)).isEqualTo(member);
	}

	@Test
	void refusesAChangeWithoutCsrfToken() throws Exception {
		Account member = Members.create(this.accounts, "csrf");
		Map<String, String> form = formOf(member);
		form.put("displayName", "Diganti Orang Lain");

		this.mvc.perform(submit(form).with(Members.as(member))).andExpect(status().isForbidden());
		this.mvc.perform(submit(form).with(Members.as(member)).with(csrf().useInvalidToken()))
			.andExpect(status().isForbidden());

		assertThat(reload(member)).isEqualTo(member);
	}

	@Test
	void changesOnlyTheLoggedInMembersOwnProfile() throws Exception {
		Account member = Members.create(this.accounts, "milik");
		Account other = Members.create(this.accounts, "korban");
		Map<String, String> form = formOf(member);
		form.put("displayName", "Nama Baru");
		form.put("id", other.id().toString());
		form.put("account", other.id().toString());

		this.mvc.perform(submit(form).with(Members.as(member)).with(csrf())).andExpect(status().isFound());

		assertThat(reload(member).displayName()).isEqualTo("Nama Baru");
		assertThat(reload(other)).isEqualTo(other);
		this.mvc.perform(submit(formOf(other)).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"));
		assertThat(reload(other)).isEqualTo(other);
	}

	@Test
	void switchesTheSiteToTheLanguageTheMemberSaved() throws Exception {
		Account member = Members.create(this.accounts, "bahasa");
		Map<String, String> form = formOf(member);
		form.put("language", "en");

		MvcResult saved = this.mvc.perform(submit(form).with(Members.as(member)).with(csrf()))
			.andExpect(status().isFound())
			.andReturn();

		assertThat(reload(member).language()).isEqualTo("en");
		Cookie language = saved.getResponse().getCookie("ngupi-lang");
		assertThat(language).isNotNull();
		assertThat(language.getValue()).isEqualTo("en");
		Document page = html(
				this.mvc.perform(get("/settings/profile").cookie(language).with(Members.as(member))).andReturn());
		assertThat(page.selectFirst("h1").text()).isEqualTo("Profile settings");
		Document elsewhere = html(this.mvc.perform(get("/").with(Members.as(member))).andReturn());
		assertThat(elsewhere.selectFirst("html").attr("lang"))
			.as("another browser without a language cookie follows the member's profile")
			.isEqualTo("en");
	}

	@Test
	void answersHtmxWithTheFormAloneAndRedirectsHtmxOnSuccess() throws Exception {
		Account member = Members.create(this.accounts, "htmx");
		Map<String, String> bad = formOf(member);
		bad.put("timezone", "Mars/Olympus_Mons");

		MvcResult refused = this.mvc
			.perform(submit(bad).header("HX-Request", "true").with(Members.as(member)).with(csrf()))
			.andExpect(status().isOk())
			.andReturn();
		String fragment = refused.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(fragment.strip()).doesNotContain("<html", "site-header").startsWith("<form id=\"profileForm\"");
		assertThat(errorOf(Jsoup.parse(fragment), "timezone")).containsExactly("Pilih zona waktu dari daftar.");

		this.mvc.perform(submit(formOf(member)).header("HX-Request", "true").with(Members.as(member)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(
					result -> assertThat(result.getResponse().getHeader("HX-Redirect")).isEqualTo("/settings/profile"));
	}

	/**
	 * Posts the member's profile with one field changed, expects it refused, and checks
	 * that nothing was saved.
	 */
	private Document refused(Account member, String field, String value) throws Exception {
		Map<String, String> form = formOf(member);
		form.put(field, value);
		Document page = html(this.mvc.perform(submit(form).with(Members.as(member)).with(csrf()))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(page.selectFirst("#form-errors")).as("summary of errors").isNotNull();
		assertThat(reload(member)).as("nothing saved").isEqualTo(member);
		return page;
	}

	private static java.util.List<String> errorOf(Document page, String field) {
		assertThat(page.selectFirst("#" + field).attr("aria-invalid")).isEqualTo("true");
		return page.select("#" + field + "-error li").eachText();
	}

	private static Map<String, String> formOf(Account member) {
		ProfileChange change = ProfileChange.of(member);
		Map<String, String> form = new LinkedHashMap<>();
		form.put("displayName", change.displayName());
		form.put("handle", change.handle());
		form.put("bio", change.bio());
		form.put("timezone", change.timezone());
		form.put("language", change.language());
		form.put("website", value(change.website()));
		form.put("github", value(change.github()));
		form.put("twitter", value(change.twitter()));
		form.put("linkedin", value(change.linkedin()));
		return form;
	}

	private static String value(String value) {
		return value == null ? "" : value;
	}

	private static MockHttpServletRequestBuilder submit(Map<String, String> form) {
		MockHttpServletRequestBuilder request = post("/settings/profile");
		form.forEach(request::param);
		return request;
	}

	private Account reload(Account member) {
		return this.accounts.find(member.id()).orElseThrow();
	}

	private static Document html(MvcResult result) throws Exception {
		return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
