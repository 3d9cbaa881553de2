package id.ngupi.web.security;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import id.ngupi.identity.Account;
import id.ngupi.identity.Accounts;
import id.ngupi.identity.Provider;
import id.ngupi.identity.ProviderIdentity;
import id.ngupi.web.security.Browser.Page;
import id.ngupi.web.support.Links;
import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockCookie;
import org.springframework.test.context.ActiveProfiles;
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
 * The demo login of a demo run without OAuth credentials: the login page offers the
 * seeded demo members in a clearly labelled section, and logging in as one starts a new
 * session. Only demo members can be chosen. On a random port, because only with a web
 * server does the session cookie get its configured name and attributes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "ngupi.base-url=" + DemoLoginTests.SITE)
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class DemoLoginTests {

	/** A demo served over https, as a public one would be. */
	static final String SITE = "https://demo.ngupi.example";

	static final String SESSION_COOKIE = "__Host-NGUPI_SESSION";

	private final MockMvc mvc;

	private final Accounts accounts;

	private final ApplicationContext context;

	DemoLoginTests(@Autowired MockMvc mvc, @Autowired Accounts accounts, @Autowired ApplicationContext context) {
		this.mvc = mvc;
		this.accounts = accounts;
		this.context = context;
	}

	@Test
	void existsInADemoRunWithoutOAuthCredentials() {
		assertThat(this.context.getBeanNamesForType(DemoLoginController.class)).hasSize(1);
	}

	@Test
	void theDemoRendersThePrecompiledTemplatesAsTheJarDoes() {
		Environment environment = this.context.getEnvironment();

		assertThat(environment.matchesProfiles("local")).as("the demo is not development mode").isFalse();
		assertThat(environment.getProperty("gg.jte.development-mode", Boolean.class, false)).isFalse();
		assertThat(environment.getProperty("gg.jte.use-precompiled-templates", Boolean.class)).isTrue();
	}

	@Test
	void offersTheDemoMembersInAClearlyLabelledSection() throws Exception {
		Document page = render(this.mvc.perform(get(Links.LOGIN)).andExpect(status().isOk()).andReturn());

		Element demo = page.selectFirst("section.demo-login");
		assertThat(demo).isNotNull();
		assertThat(demo.selectFirst("h2").text()).isEqualTo("Coba sebagai anggota demo");
		assertThat(demo.text()).contains("tidak ada di server sungguhan");
		List<String> offered = demo.select("form[action=" + Links.DEMO_LOGIN + "] input[name=handle]")
			.eachAttr("value");
		assertThat(offered).hasSize(14)
			.containsExactlyInAnyOrderElementsOf(
					this.accounts.demoAccounts().stream().map(account -> account.handle().value()).toList())
			.contains("sari", "budi-santoso", "putu-ayu", "yohanes-wenda", "rina-hutapea");
		assertThat(demo.select("form input[name=_csrf]")).as("no token, so no session").isEmpty();
		assertThat(demo.text()).contains("Masuk sebagai Sari Wulandari");
		assertThat(page.select(".login__providers")).as("no provider configured").isEmpty();
	}

	@Test
	void openingTheLoginPageWithItsDemoFormsCreatesNoSession() throws Exception {
		MvcResult loginPage = this.mvc.perform(get(Links.LOGIN).param("continue", "/@sari"))
			.andExpect(status().isOk())
			.andReturn();

		assertThat(render(loginPage).select("section.demo-login form[action=" + Links.DEMO_LOGIN + "]")).hasSize(14)
			.allSatisfy(form -> assertThat(form.select("input[name=continue]").val()).isEqualTo("/@sari"));
		assertThat(loginPage.getResponse().getHeaders(HttpHeaders.SET_COOKIE)).isEmpty();
		assertThat(loginPage.getRequest().getSession(false)).isNull();
	}

	@Test
	void aContinueTargetOnAnotherSiteIsDroppedFromTheDemoForms() throws Exception {
		Document page = render(this.mvc.perform(get(Links.LOGIN).param("continue", "//evil.example/@sari"))
			.andExpect(status().isOk())
			.andReturn());

		assertThat(page.select("section.demo-login form")).hasSize(14);
		assertThat(page.select("section.demo-login input[name=continue]")).isEmpty();
	}

	/**
	 * Over the real server, as a browser goes: a visitor picks one of Sari's times, is
	 * sent to log in, logs in as a demo member and lands on the booking form of that
	 * time.
	 */
	@Test
	void aVisitorWhoPicksATimeLogsInAsADemoMemberAndLandsOnTheBookingFormOfThatTime(@LocalServerPort int port) {
		Browser browser = new Browser(port);
		Element slot = browser.get(Links.profile("sari")).document().selectFirst(".slot a");
		assertThat(slot).as("one of Sari's times").isNotNull();
		String form = slot.attr("href");
		String start = slot.selectFirst("time").attr("datetime");

		Page sentAway = browser.get(form);
		assertThat(sentAway.status()).isEqualTo(302);
		assertThat(sentAway.location()).hasValue(Links.login(form));
		assertThat(sentAway.setCookie(SESSION_COOKIE)).as("being sent to log in starts no session").isEmpty();
		Document loginPage = browser.follow(sentAway).document();
		Element demoForm = loginPage.selectFirst("section.demo-login form:has(input[name=handle][value=siti-aminah])");
		assertThat(demoForm.selectFirst("input[name=continue]").val()).isEqualTo(form);

		Page loggedIn = browser.post(demoForm.attr("action"),
				Map.of("handle", "siti-aminah", "continue", demoForm.selectFirst("input[name=continue]").val()),
				Map.of("Sec-Fetch-Site", "same-origin"));

		assertThat(loggedIn.status()).isEqualTo(302);
		assertThat(loggedIn.location()).hasValue(form);
		Page booking = browser.follow(loggedIn);
		assertThat(booking.status()).isEqualTo(200);
		assertThat(booking.memberName()).hasValue("Siti Aminah");
		assertThat(booking.document().selectFirst(".booking-form__time time").attr("datetime")).isEqualTo(start);
		assertThat(booking.document().selectFirst("form.form input[name=start]").val()).isEqualTo(start);
	}

	@Test
	void logsInAsTheChosenDemoMemberInANewSession() throws Exception {
		MvcResult first = this.mvc.perform(fromThisSite(post(Links.DEMO_LOGIN).param("handle", "rina-hutapea")))
			.andExpect(redirectedUrl("/"))
			.andReturn();
		Cookie before = first.getResponse().getCookie(SESSION_COOKIE);
		assertThat(before).isNotNull();

		MvcResult login = this.mvc.perform(fromThisSite(post(Links.DEMO_LOGIN).param("handle", "sari")).cookie(before))
			.andExpect(redirectedUrl("/"))
			.andReturn();

		Cookie after = login.getResponse().getCookie(SESSION_COOKIE);
		assertThat(after).isNotNull();
		assertThat(after.getValue()).as("a new session id after login").isNotEqualTo(before.getValue());
		assertThat(after.isHttpOnly()).isTrue();
		assertThat(after.getSecure()).as("the site is served over https").isTrue();
		assertThat(after.getPath()).isEqualTo("/");
		assertThat(after.getDomain()).as("a __Host- cookie has no domain").isNull();
		assertThat(((MockCookie) after).getSameSite()).isEqualToIgnoringCase("Lax");
		Document settings = render(
				this.mvc.perform(get(Links.SETTINGS_ACCOUNT).cookie(after)).andExpect(status().isOk()).andReturn());
		assertThat(settings.selectFirst(".member-nav__me").text()).isEqualTo("Sari Wulandari");
		assertThat(settings.selectFirst("#no-identity").text()).as("a demo member has no provider identity")
			.isEqualTo("Belum ada akun GitHub atau Twitter/X yang tertaut ke akun ini.");
		assertThat(settings.select("#only-identity")).isEmpty();
		this.mvc.perform(get(Links.SETTINGS_ACCOUNT).cookie(before)).andExpect(status().isFound());
	}

	@Test
	void aFormOfThisSiteNeedsNoTokenAndAnyOtherIsRefused() throws Exception {
		this.mvc
			.perform(post(Links.DEMO_LOGIN).param("handle", "sari")
				.header("Sec-Fetch-Site", "same-origin")
				.header("Origin", SITE))
			.andExpect(redirectedUrl("/"));
		this.mvc.perform(post(Links.DEMO_LOGIN).param("handle", "sari").header("Origin", SITE))
			.andExpect(redirectedUrl("/"));
		// plain http on another address: no Fetch Metadata, the Origin is the Host
		this.mvc
			.perform(post(Links.DEMO_LOGIN).param("handle", "sari")
				.header("Host", "192.168.1.5:8080")
				.header("Origin", "http://192.168.1.5:8080"))
			.andExpect(redirectedUrl("/"));

		for (String[] header : List.of(new String[] { "Sec-Fetch-Site", "cross-site" },
				new String[] { "Sec-Fetch-Site", "same-site" }, new String[] { "Sec-Fetch-Site", "none" },
				new String[] { "Origin", "https://evil.example" }, new String[] { "Origin", "null" },
				new String[] { "Origin", "http://demo.ngupi.example" },
				new String[] { "Origin", "https://demo.ngupi.example.evil.example" })) {
			MvcResult refused = this.mvc
				.perform(post(Links.DEMO_LOGIN).param("handle", "sari").header(header[0], header[1]))
				.andExpect(status().isForbidden())
				.andReturn();
			Cookie session = refused.getResponse().getCookie(SESSION_COOKIE);
			if (session != null) {
				this.mvc.perform(get(Links.SETTINGS_ACCOUNT).cookie(session)).andExpect(status().isFound());
			}
		}
		this.mvc
			.perform(post(Links.DEMO_LOGIN).param("handle", "sari")
				.header("Sec-Fetch-Site", "cross-site")
				.header("Origin", SITE))
			.andExpect(status().isForbidden());
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			/?q=kopi ☕         | /?q=kopi%20%E2%98%95
			/@sari?q=café       | /@sari?q=caf%C3%A9
			/@sari?q=caf%C3%A9  | /@sari?q=caf%C3%A9
			/..//x              | /
			//evil.example      | /
			""")
	void returnsToTheTargetEncodedAndResolvedAsALocalPath(String continueTo, String expected) throws Exception {
		this.mvc.perform(post(Links.DEMO_LOGIN).param("handle", "sari").param("continue", continueTo).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl(expected));
	}

	@Test
	void findsTheDemoMemberWhateverTheCaseOfTheHandle() throws Exception {
		MvcResult login = this.mvc.perform(post(Links.DEMO_LOGIN).param("handle", "Budi-Santoso").with(csrf()))
			.andExpect(redirectedUrl("/"))
			.andReturn();

		Document settings = render(
				this.mvc.perform(get(Links.SETTINGS_ACCOUNT).cookie(login.getResponse().getCookie(SESSION_COOKIE)))
					.andExpect(status().isOk())
					.andReturn());
		assertThat(settings.selectFirst(".member-nav__me").text()).isEqualTo("Budi Santoso");
	}

	@Test
	void refusesAnyoneWhoIsNotADemoMember() throws Exception {
		Account real = this.accounts.signIn(new ProviderIdentity(Provider.GITHUB, UUID.randomUUID().toString(),
				"sungguhan-" + UUID.randomUUID().toString().substring(0, 6), null, null));

		MvcResult refused = this.mvc.perform(post(Links.DEMO_LOGIN).param("handle", real.handle().value()).with(csrf()))
			.andExpect(status().isNotFound())
			.andReturn();
		this.mvc.perform(post(Links.DEMO_LOGIN).param("handle", "tidak-ada").with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(post(Links.DEMO_LOGIN).param("handle", "sari")).andExpect(status().isForbidden());

		Cookie session = refused.getResponse().getCookie(SESSION_COOKIE);
		if (session != null) {
			this.mvc.perform(get(Links.SETTINGS_ACCOUNT).cookie(session)).andExpect(status().isFound());
		}
	}

	/** A form sent by a page of this site, as a browser marks it. */
	private static MockHttpServletRequestBuilder fromThisSite(MockHttpServletRequestBuilder request) {
		return request.header("Sec-Fetch-Site", "same-origin").header("Origin", SITE);
	}

	static Document render(MvcResult result) throws Exception {
		return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
