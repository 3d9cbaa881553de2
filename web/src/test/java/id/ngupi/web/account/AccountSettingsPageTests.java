package id.ngupi.web.account;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import id.ngupi.identity.Account;
import id.ngupi.identity.Accounts;
import id.ngupi.identity.ProfileChange;
import id.ngupi.identity.Provider;
import id.ngupi.web.NgupiWebTest;
import id.ngupi.web.support.Links;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static id.ngupi.web.account.TestMembers.as;
import static id.ngupi.web.account.TestMembers.newMember;
import static id.ngupi.web.account.TestMembers.twitter;
import static id.ngupi.web.account.TestMembers.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The account settings page: the linked identities with their times in the member's
 * timezone, unlinking (never the last), and the messages a linking attempt comes back
 * with. No provider is configured in this context, so nothing can be linked.
 */
@NgupiWebTest
class AccountSettingsPageTests {

	private final MockMvc mvc;

	private final Accounts accounts;

	AccountSettingsPageTests(@Autowired MockMvc mvc, @Autowired Accounts accounts) {
		this.mvc = mvc;
		this.accounts = accounts;
	}

	@Test
	void sendsAVisitorToTheLoginPage() throws Exception {
		this.mvc.perform(get(Links.SETTINGS_ACCOUNT))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl(Links.login(Links.SETTINGS_ACCOUNT)));
		this.mvc.perform(get(Links.SETTINGS_ACCOUNT_EXPORT))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl(Links.login(Links.SETTINGS_ACCOUNT_EXPORT)));
		this.mvc.perform(post(Links.unlinkProvider("github")).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	void showsTheLinkedIdentitiesWithTimesInTheMembersTimezone() throws Exception {
		String twitterName = unique("kopi_x");
		Account member = newMember(this.accounts, "papua");
		this.accounts.link(member.id(), twitter(twitterName));
		ProfileChange profile = ProfileChange.of(member);
		this.accounts.updateProfile(member.id(), new ProfileChange(profile.handle(), profile.displayName(),
				profile.bio(), "Asia/Jayapura", profile.language(), null, null, null, null));
		Account current = this.accounts.find(member.id()).orElseThrow();

		Document page = render(
				this.mvc.perform(get(Links.SETTINGS_ACCOUNT).with(as(current))).andExpect(status().isOk()));

		assertThat(page.title()).startsWith("Akun");
		assertThat(page.select(".identity")).hasSize(2);
		Element gitHub = page.selectFirst(".identity--github");
		assertThat(gitHub.selectFirst(".identity__provider").text()).isEqualTo("GitHub");
		assertThat(gitHub.selectFirst(".identity__username").text()).isEqualTo(current.identities().get(0).username());
		Element linkedAt = gitHub.selectFirst("time");
		Instant linked = Instant.parse(linkedAt.attr("datetime"));
		assertThat(linked).isEqualTo(current.identities().get(0).linkedAt());
		assertThat(linkedAt.text()).endsWith("WIT")
			.contains(DateTimeFormatter.ofPattern("HH.mm").withZone(ZoneId.of("Asia/Jayapura")).format(linked));
		assertThat(gitHub.select("time")).as("linked and last login").hasSize(2);
		Element twitter = page.selectFirst(".identity--twitter");
		assertThat(twitter.selectFirst(".identity__username").text()).isEqualTo(twitterName);
		assertThat(twitter.select("time")).hasSize(1);
		assertThat(twitter.text()).contains("Belum pernah dipakai untuk masuk");
		assertThat(page.select(".identity form[action]").eachAttr("action"))
			.containsExactly(Links.unlinkProvider("github"), Links.unlinkProvider("twitter"));
		assertThat(page.text()).contains("Asia/Jayapura (WIT)");
	}

	@Test
	void speaksEnglishWhenAsked() throws Exception {
		Account member = newMember(this.accounts, "english");

		Document page = render(this.mvc.perform(get(Links.SETTINGS_ACCOUNT).param("hl", "en").with(as(member)))
			.andExpect(status().isOk()));

		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
		assertThat(page.selectFirst("#identities-title").text()).isEqualTo("Linked accounts");
		assertThat(page.selectFirst(".identity time").text()).endsWith("WIB");
	}

	@Test
	void offersNoLinkingWhenNoProviderIsConfigured() throws Exception {
		Account member = newMember(this.accounts, "sendiri");

		Document page = render(this.mvc.perform(get(Links.SETTINGS_ACCOUNT).with(as(member))));

		assertThat(page.select("form[action^=" + Links.SETTINGS_ACCOUNT + "/link/]")).isEmpty();
		assertThat(page.select("#link-title")).isEmpty();
		this.mvc.perform(post(Links.linkProvider("twitter")).with(as(member)).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(post(Links.linkProvider("myspace")).with(as(member)).with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void refusesToUnlinkTheOnlyWayToLogInAndSaysWhy() throws Exception {
		Account member = newMember(this.accounts, "satu-pintu");

		Document page = render(this.mvc.perform(get(Links.SETTINGS_ACCOUNT).with(as(member))));
		assertThat(page.select(".identity form")).as("no unlink button").isEmpty();
		assertThat(page.selectFirst("#only-identity").text()).contains("satu-satunya cara masuk");

		this.mvc.perform(post(Links.unlinkProvider("github")).with(as(member)).with(csrf()))
			.andExpect(redirectedUrl(Links.SETTINGS_ACCOUNT + "?unlink-error=last_identity"));

		assertThat(this.accounts.find(member.id()).orElseThrow()).isEqualTo(member);
		Document refused = render(
				this.mvc.perform(get(Links.SETTINGS_ACCOUNT).param("unlink-error", "last_identity").with(as(member))));
		assertThat(refused.selectFirst("#notice[role=alert]").text())
			.isEqualTo("Itu satu-satunya cara masuk ke akunmu, jadi tidak kami lepas. Tautkan akun lain dulu.");
	}

	@Test
	void unlinksAProviderWhileAnotherRemains() throws Exception {
		Account member = newMember(this.accounts, "dua-pintu");
		this.accounts.link(member.id(), twitter(unique("dua_pintu")));

		this.mvc.perform(post(Links.unlinkProvider("twitter")).with(as(member)).with(csrf()))
			.andExpect(redirectedUrl(Links.SETTINGS_ACCOUNT + "?unlinked=twitter"));

		Account after = this.accounts.find(member.id()).orElseThrow();
		assertThat(after.identities()).extracting(Account.LinkedIdentity::provider).containsExactly(Provider.GITHUB);
		Document page = render(
				this.mvc.perform(get(Links.SETTINGS_ACCOUNT).param("unlinked", "twitter").with(as(after))));
		assertThat(page.selectFirst("#notice[role=status]").text()).startsWith("Twitter/X sudah dilepas");
	}

	@Test
	void unlinksNothingWithoutTheCsrfToken() throws Exception {
		Account member = newMember(this.accounts, "tanpa-token");
		this.accounts.link(member.id(), twitter(unique("tanpa_token")));
		Account linked = this.accounts.find(member.id()).orElseThrow();

		this.mvc.perform(post(Links.unlinkProvider("twitter")).with(as(linked))).andExpect(status().isForbidden());

		assertThat(this.accounts.find(member.id()).orElseThrow()).isEqualTo(linked);
	}

	@Test
	void answersForAProviderThatIsNotLinked() throws Exception {
		Account member = newMember(this.accounts, "tak-tertaut");

		this.mvc.perform(post(Links.unlinkProvider("twitter")).with(as(member)).with(csrf()))
			.andExpect(redirectedUrl(Links.SETTINGS_ACCOUNT + "?unlink-error=not_linked"));
		this.mvc.perform(post(Links.unlinkProvider("friendster")).with(as(member)).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(this.accounts.find(member.id()).orElseThrow()).isEqualTo(member);
	}

	@Test
	void explainsWhyLinkingWasRefused() throws Exception {
		Account member = newMember(this.accounts, "ditolak");

		Document owned = render(this.mvc
			.perform(get(Links.SETTINGS_ACCOUNT).param("link-error", "owned_by_another_account").with(as(member))));
		Document taken = render(
				this.mvc.perform(get(Links.SETTINGS_ACCOUNT).param("link-error", "provider_taken").with(as(member))));
		Document takenInEnglish = render(this.mvc.perform(
				get(Links.SETTINGS_ACCOUNT).param("link-error", "provider_taken").param("hl", "en").with(as(member))));

		assertThat(owned.selectFirst("#notice[role=alert]").text())
			.isEqualTo("Akun itu sudah tertaut ke akun Ngupi lain, jadi tidak kami tautkan. Tidak ada yang berubah.");
		assertThat(taken.selectFirst("#notice[role=alert]").text())
			.startsWith("Akunmu sudah tertaut dengan akun lain dari penyedia yang sama.");
		assertThat(takenInEnglish.selectFirst("#notice").text())
			.startsWith("Your account already has another account of the same provider linked.");
		for (String failure : new String[] { "failed", "something_new" }) {
			Document failed = render(
					this.mvc.perform(get(Links.SETTINGS_ACCOUNT).param("link-error", failure).with(as(member))));
			assertThat(failed.selectFirst("#notice[role=alert]").text()).as(failure)
				.isEqualTo("Gagal menautkan akun. Silakan coba lagi.");
		}
		assertThat(this.accounts.find(member.id()).orElseThrow()).isEqualTo(member);
	}

	@Test
	void announcesALinkOnlyWhenItReallyHappened() throws Exception {
		Account member = newMember(this.accounts, "baru-tertaut");

		Document linked = render(
				this.mvc.perform(get(Links.SETTINGS_ACCOUNT).param("linked", "github").with(as(member))));
		Document notLinked = render(
				this.mvc.perform(get(Links.SETTINGS_ACCOUNT).param("linked", "twitter").with(as(member))));

		assertThat(linked.selectFirst("#notice[role=status]").text())
			.isEqualTo("GitHub sudah tertaut. Sekarang kamu juga bisa masuk dengan akun itu.");
		assertThat(notLinked.select("#notice")).isEmpty();
	}

	@Test
	void escapesWhatAProviderSaysAboutTheMember() throws Exception {
		Account member = newMember(this.accounts, "aman");
		this.accounts.link(member.id(), twitter("<script>alert(1)</script>"));
		Account linked = this.accounts.find(member.id()).orElseThrow();

		String html = this.mvc.perform(get(Links.SETTINGS_ACCOUNT).with(as(linked)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		assertThat(html).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
	}

	static Document render(ResultActions result) throws Exception {
		return Jsoup.parse(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
