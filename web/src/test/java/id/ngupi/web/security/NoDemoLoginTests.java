package id.ngupi.web.security;

import id.ngupi.identity.Accounts;
import id.ngupi.web.NgupiWebTest;
import id.ngupi.web.support.Links;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import static id.ngupi.web.security.DemoLoginTests.render;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * With the default profile (a real server) the demo login does not exist at all: no
 * section on the login page, no endpoint, no bean, no demo members.
 */
@NgupiWebTest
class NoDemoLoginTests {

	private final MockMvc mvc;

	private final ApplicationContext context;

	private final Accounts accounts;

	NoDemoLoginTests(@Autowired MockMvc mvc, @Autowired ApplicationContext context, @Autowired Accounts accounts) {
		this.mvc = mvc;
		this.context = context;
		this.accounts = accounts;
	}

	@Test
	void offersNoDemoLoginOnARealServer() throws Exception {
		assertNoDemoLogin(this.mvc, this.context);
		assertThat(this.accounts.demoAccounts()).as("no demo members seeded").isEmpty();
	}

	static Document assertNoDemoLogin(MockMvc mvc, ApplicationContext context) throws Exception {
		Document page = render(mvc.perform(get(Links.LOGIN)).andExpect(status().isOk()).andReturn());

		assertThat(page.select(".demo-login")).isEmpty();
		assertThat(page.select("form[action=" + Links.DEMO_LOGIN + "]")).isEmpty();
		assertThat(page.text()).doesNotContain("anggota demo");
		mvc.perform(post(Links.DEMO_LOGIN).param("handle", "sari").with(csrf())).andExpect(status().isNotFound());
		assertThat(context.getBeanNamesForType(DemoLoginController.class)).isEmpty();
		return page;
	}

}
