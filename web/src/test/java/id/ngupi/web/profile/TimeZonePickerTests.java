package id.ngupi.web.profile;

import java.nio.charset.StandardCharsets;
import java.util.List;

import id.ngupi.hosting.HostDirectory;
import id.ngupi.hosting.HostProfileChange;
import id.ngupi.hosting.Hosting;
import id.ngupi.identity.Account;
import id.ngupi.identity.AccountOutcomes.ProfileOutcome;
import id.ngupi.identity.Accounts;
import id.ngupi.identity.ProfileChange;
import id.ngupi.web.NgupiWebTest;
import id.ngupi.web.support.Links;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The timezone field of the profile and host settings: current names only, Indonesia's
 * three first, a search that works without script (the browser's suggestions, read by the
 * server on save) and a member holding an old name who keeps it on an unchanged save.
 */
@NgupiWebTest
class TimeZonePickerTests {

	private static final List<String> OLD_NAMES = List.of("Asia/Ujung_Pandang", "Africa/Asmera", "America/Godthab",
			"Asia/Calcutta", "Europe/Kiev", "America/Buenos_Aires", "Asia/Saigon");

	private final MockMvc mvc;

	private final Accounts accounts;

	private final Hosting hosting;

	private final HostDirectory directory;

	TimeZonePickerTests(@Autowired MockMvc mvc, @Autowired Accounts accounts, @Autowired Hosting hosting,
			@Autowired HostDirectory directory) {
		this.mvc = mvc;
		this.accounts = accounts;
		this.hosting = hosting;
		this.directory = directory;
	}

	@Test
	void offersNoOldNamesIndonesiasThreeFirstAndSuggestsEveryChoiceToTheSearch() throws Exception {
		Account member = Members.create(this.accounts, "zona");

		for (String path : List.of(Links.SETTINGS_PROFILE, Links.SETTINGS_HOSTING)) {
			Document page = html(this.mvc.perform(get(path).with(Members.as(member))).andExpect(status().isOk()));

			List<String> offered = page.select("#timezone option").eachAttr("value");
			assertThat(offered).as(path).doesNotContainAnyElementsOf(OLD_NAMES);
			assertThat(offered.subList(0, 3)).as(path)
				.containsExactly("Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura");
			assertThat(offered).contains("Asia/Kolkata", "Europe/Kyiv", "America/Nuuk", "Europe/Amsterdam");
			assertThat(page.selectFirst("#timezone option[value=Europe/Amsterdam]").text())
				.matches("Amsterdam \\(UTC\\+0[12]\\.00\\)");
			Element search = page.selectFirst("#timezone-search");
			assertThat(search.attr("type")).isEqualTo("search");
			assertThat(search.attr("name")).isEqualTo("timezoneSearch");
			assertThat(page.selectFirst("label[for=timezone-search]").text()).isEqualTo("Cari kota atau selisih UTC");
			assertThat(page.select("#" + search.attr("list") + " option").eachAttr("value"))
				.as("every choice is suggested, by the label the list shows")
				.isEqualTo(page.select("#timezone option").eachText());
			assertThat(page.select("script[src~=^/js/timezone-picker-[0-9a-f]{32}\\.js$]")).hasSize(1);
		}
	}

	@Test
	void savesTheZoneTypedIntoTheSearchWithoutScript() throws Exception {
		Account member = Members.create(this.accounts, "ketikzona");
		Document page = html(
				this.mvc.perform(get(Links.SETTINGS_PROFILE).with(Members.as(member))).andExpect(status().isOk()));
		String amsterdam = page.select("#timezone-suggestions option")
			.eachAttr("value")
			.stream()
			.filter(label -> label.startsWith("Amsterdam ("))
			.findFirst()
			.orElseThrow();

		this.mvc.perform(profile(member, "Asia/Jakarta", "makassar")).andExpect(redirectedUrl(Links.SETTINGS_PROFILE));
		assertThat(zoneOf(member)).isEqualTo("Asia/Makassar");

		this.mvc.perform(profile(member, "Asia/Makassar", amsterdam)).andExpect(redirectedUrl(Links.SETTINGS_PROFILE));
		assertThat(zoneOf(member)).as("a suggestion as the browser fills it in").isEqualTo("Europe/Amsterdam");

		this.mvc.perform(profile(member, "Europe/Amsterdam", "WIT")).andExpect(redirectedUrl(Links.SETTINGS_PROFILE));
		assertThat(zoneOf(member)).isEqualTo("Asia/Jayapura");

		this.mvc.perform(profile(member, "Asia/Tokyo", "")).andExpect(redirectedUrl(Links.SETTINGS_PROFILE));
		assertThat(zoneOf(member)).as("nothing typed: the select decides").isEqualTo("Asia/Tokyo");
	}

	@Test
	void refusesASearchThatNamesNoSingleZoneAndShowsWhatWasTyped() throws Exception {
		Account member = Members.create(this.accounts, "bingung");

		for (String typed : new String[] { "America", "Bandung", "<script>alert(1)</script>" }) {
			Document page = html(this.mvc.perform(profile(member, "Asia/Tokyo", typed)).andExpect(status().isOk()));

			assertThat(page.select("#timezone-error li").eachText()).as(typed)
				.containsExactly("Tidak ada satu zona waktu yang pas dengan \u201c" + typed
						+ "\u201d. Ketik nama kota, misalnya Makassar, atau pilih dari daftar.");
			assertThat(page.selectFirst("#timezone-search").val()).isEqualTo(typed);
			assertThat(page.selectFirst("#timezone-search").attr("aria-invalid")).isEqualTo("true");
			assertThat(page.select("#timezone option[selected]").eachAttr("value")).containsExactly("Asia/Tokyo");
		}
		String fragment = this.mvc.perform(profile(member, "Asia/Tokyo", "America").header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(Jsoup.parse(fragment).select("#timezone-error li")).hasSize(1);
		assertThat(fragment).doesNotContain("<html");
		assertThat(zoneOf(member)).as("nothing saved").isEqualTo("Asia/Jakarta");
	}

	@Test
	void aMemberHoldingAnOldNameKeepsItOnAnUnchangedSaveAndNobodyElseCanChooseIt() throws Exception {
		Account member = Members.create(this.accounts, "lama");
		assertThat(this.accounts.updateProfile(member.id(), new ProfileChange(member.handle().value(),
				member.displayName(), "", "Asia/Ujung_Pandang", "id", null, null, null, null)))
			.isEqualTo(ProfileOutcome.UPDATED);

		Document page = html(
				this.mvc.perform(get(Links.SETTINGS_PROFILE).with(Members.as(member))).andExpect(status().isOk()));
		Element held = page.selectFirst("#timezone option[selected]");
		assertThat(held.val()).isEqualTo("Asia/Ujung_Pandang");
		assertThat(held.text()).isEqualTo("Asia/Ujung_Pandang: nama lama untuk Makassar (UTC+08.00)");
		assertThat(page.selectFirst("#timezone option")).as("first").isEqualTo(held);

		this.mvc.perform(profile(member, "Asia/Ujung_Pandang", "")).andExpect(redirectedUrl(Links.SETTINGS_PROFILE));
		assertThat(zoneOf(member)).isEqualTo("Asia/Ujung_Pandang");

		Account other = Members.create(this.accounts, "baru");
		Document refused = html(
				this.mvc.perform(profile(other, "Asia/Ujung_Pandang", null)).andExpect(status().isOk()));
		assertThat(refused.select("#timezone-error li").eachText()).containsExactly("Pilih zona waktu dari daftar.");
		assertThat(zoneOf(other)).isEqualTo("Asia/Jakarta");
	}

	@Test
	void aHostFindsTheScheduleZoneBySearchAndKeepsAnOldNameTheyHold() throws Exception {
		Account host = Members.create(this.accounts, "jadwal");
		this.hosting.saveProfile(host.id(),
				new HostProfileChange("Ngobrol karier", "", List.of("karier"), List.of("id"), null, "Asia/Calcutta"));

		Document page = html(
				this.mvc.perform(get(Links.SETTINGS_HOSTING).with(Members.as(host))).andExpect(status().isOk()));
		assertThat(page.selectFirst("#timezone option[selected]").text())
			.isEqualTo("Asia/Calcutta: nama lama untuk Kolkata (UTC+05.30)");

		this.mvc.perform(hosting(host, "Asia/Calcutta", "")).andExpect(redirectedUrl(Links.SETTINGS_HOSTING));
		assertThat(hostZone(host)).isEqualTo("Asia/Calcutta");

		this.mvc.perform(hosting(host, "Asia/Calcutta", "jayapura")).andExpect(redirectedUrl(Links.SETTINGS_HOSTING));
		assertThat(hostZone(host)).isEqualTo("Asia/Jayapura");

		Document refused = html(this.mvc.perform(hosting(host, "Asia/Jayapura", "Pasifik")).andExpect(status().isOk()));
		assertThat(refused.select("#timezone-error li").eachText()).singleElement()
			.asString()
			.startsWith("Tidak ada satu zona waktu yang pas dengan \u201cPasifik\u201d.");
		assertThat(hostZone(host)).isEqualTo("Asia/Jayapura");
	}

	private MockHttpServletRequestBuilder profile(Account member, String timezone, String search) {
		ProfileChange change = ProfileChange.of(this.accounts.find(member.id()).orElseThrow());
		MockHttpServletRequestBuilder request = post(Links.SETTINGS_PROFILE).param("displayName", change.displayName())
			.param("handle", change.handle())
			.param("bio", change.bio())
			.param("timezone", timezone)
			.param("language", change.language());
		if (search != null) {
			request.param("timezoneSearch", search);
		}
		return request.with(Members.as(member)).with(csrf());
	}

	private MockHttpServletRequestBuilder hosting(Account host, String timezone, String search) {
		return post(Links.SETTINGS_HOSTING).param("headline", "Ngobrol karier")
			.param("about", "")
			.param("newTopics", "")
			.param("topics", "karier")
			.param("languages", "id")
			.param("meetingUrl", "")
			.param("timezone", timezone)
			.param("timezoneSearch", search)
			.with(Members.as(host))
			.with(csrf());
	}

	private String zoneOf(Account member) {
		return this.accounts.find(member.id()).orElseThrow().timezone().getId();
	}

	private String hostZone(Account host) {
		return this.directory.find(host.id()).orElseThrow().timezone().getId();
	}

	private static Document html(ResultActions result) throws Exception {
		return Jsoup.parse(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
