package id.ngupi.web.security;

import id.ngupi.web.GitHubConfiguredWebTest;
import id.ngupi.web.support.Links;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import static id.ngupi.web.security.NoDemoLoginTests.assertNoDemoLogin;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A local run that has OAuth credentials is treated like a real server: GitHub is offered
 * and the demo login does not exist.
 */
@GitHubConfiguredWebTest
class NoDemoLoginWithCredentialsTests {

	private final MockMvc mvc;

	private final ApplicationContext context;

	NoDemoLoginWithCredentialsTests(@Autowired MockMvc mvc, @Autowired ApplicationContext context) {
		this.mvc = mvc;
		this.context = context;
	}

	@Test
	void offersGitHubAndNoDemoLogin() throws Exception {
		Document page = assertNoDemoLogin(this.mvc, this.context);

		assertThat(page.select(".login__providers a").eachAttr("href")).containsExactly(Links.loginWith("github"));
	}

}
