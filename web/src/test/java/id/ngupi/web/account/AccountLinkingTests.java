package id.ngupi.web.account;

import id.ngupi.identity.Account;
import id.ngupi.identity.Accounts;
import id.ngupi.web.GitHubConfiguredWebTest;
import id.ngupi.web.support.Links;
import jakarta.servlet.http.Cookie;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

import static id.ngupi.web.account.AccountSettingsPageTests.render;
import static id.ngupi.web.account.TestMembers.SESSION_COOKIE;
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
 * Linking another provider from the account settings, with GitHub configured (and
 * Twitter/X not): only a configured provider that is not linked yet is offered, and
 * linking starts the provider's login.
 */
@GitHubConfiguredWebTest
class AccountLinkingTests {

	private final MockMvc mvc;

	private final Accounts accounts;

	AccountLinkingTests(@Autowired MockMvc mvc, @Autowired Accounts accounts) {
		this.mvc = mvc;
		this.accounts = accounts;
	}

	@Test
	void offersAConfiguredProviderThatIsNotLinkedYet() throws Exception {
		Account member = this.accounts.signIn(twitter(unique("hanya_x")));

		Document page = render(
				this.mvc.perform(get(Links.SETTINGS_ACCOUNT).with(as(member))).andExpect(status().isOk()));

		assertThat(page.select("#link-title").text()).isEqualTo("Tautkan akun lain");
		assertThat(page.select(".link-providers form").eachAttr("action"))
			.containsExactly(Links.linkProvider("github"));
		assertThat(page.select(".link-providers button").text()).isEqualTo("Tautkan GitHub");
		assertThat(page.select(".link-providers form input[name=_csrf]")).hasSize(1);
	}

	@Test
	void offersNothingToLinkWhenTheConfiguredProviderIsLinked() throws Exception {
		Account member = newMember(this.accounts, "sudah-github");

		Document page = render(this.mvc.perform(get(Links.SETTINGS_ACCOUNT).with(as(member))));

		assertThat(page.select(".link-providers")).isEmpty();
		this.mvc.perform(post(Links.linkProvider("github")).with(as(member)).with(csrf()))
			.andExpect(redirectedUrl(Links.SETTINGS_ACCOUNT));
		this.mvc.perform(post(Links.linkProvider("twitter")).with(as(member)).with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void startsTheProvidersLoginToLink() throws Exception {
		Account member = this.accounts.signIn(twitter(unique("mau_github")));

		MvcResult started = this.mvc.perform(post(Links.linkProvider("github")).with(as(member)).with(csrf()))
			.andExpect(redirectedUrl(Links.loginWith("github")))
			.andReturn();
		Cookie session = started.getResponse().getCookie(SESSION_COOKIE);
		String authorize = this.mvc.perform(get(Links.loginWith("github")).cookie(session))
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();

		UriComponents provider = UriComponentsBuilder.fromUriString(authorize).build();
		assertThat(provider.getHost()).isEqualTo("github.com");
		assertThat(provider.getQueryParams().getFirst("client_id")).isEqualTo("test-github-client");
		assertThat(this.accounts.find(member.id()).orElseThrow()).as("nothing linked before the provider answers")
			.isEqualTo(member);
	}

	@Test
	void startsNothingWithoutTheCsrfToken() throws Exception {
		Account member = this.accounts.signIn(twitter(unique("tanpa_csrf")));

		this.mvc.perform(post(Links.linkProvider("github")).with(as(member))).andExpect(status().isForbidden());
	}

}
