package id.ngupi.web.security;

import java.util.List;
import java.util.Map;

import id.ngupi.identity.Account;
import id.ngupi.identity.Accounts;
import id.ngupi.web.NgupiWebTest;
import id.ngupi.web.profile.Members;
import id.ngupi.web.support.Links;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A request naming another host, in {@code Host} or in the headers a proxy would add,
 * never gets that host (or a path prefix of its choosing) into a redirect: every redirect
 * is relative. Real HTTP is covered by {@code OAuthLoginTests.ForgedHost}.
 */
@NgupiWebTest
class ForgedHostTests {

	private final MockMvc mvc;

	private final Accounts accounts;

	ForgedHostTests(@Autowired MockMvc mvc, @Autowired Accounts accounts) {
		this.mvc = mvc;
		this.accounts = accounts;
	}

	static Iterable<Map<String, String>> forgedHeaders() {
		return List.of(Map.of(HttpHeaders.HOST, "evil.example"), Map.of("X-Forwarded-Host", "evil.example"),
				Map.of("X-Forwarded-Host", "evil.example", "X-Forwarded-Proto", "https", "X-Forwarded-Port", "443"),
				Map.of("X-Forwarded-Prefix", "//evil.example"), Map.of("Forwarded", "host=evil.example;proto=https"));
	}

	@ParameterizedTest
	@MethodSource("forgedHeaders")
	void aVisitorIsSentToTheLoginPageOfThisSite(Map<String, String> headers) throws Exception {
		MvcResult result = this.mvc.perform(with(get(Links.SESSIONS), headers)).andReturn();

		assertThat(result.getResponse().getStatus()).isIn(302, 303);
		assertThat(result.getResponse().getHeader(HttpHeaders.LOCATION)).isEqualTo(Links.login(Links.SESSIONS));
	}

	@ParameterizedTest
	@MethodSource("forgedHeaders")
	void aFormIsAnsweredWithARedirectOnThisSite(Map<String, String> headers) throws Exception {
		Account member = Members.create(this.accounts, "tamu");

		MvcResult result = this.mvc
			.perform(with(post(Links.SETTINGS_CALENDAR_STOP), headers).with(Members.as(member)).with(csrf()))
			.andReturn();

		assertThat(result.getResponse().getStatus()).isIn(302, 303);
		assertThat(result.getResponse().getHeader(HttpHeaders.LOCATION)).isEqualTo(Links.SETTINGS_CALENDAR);
	}

	private static MockHttpServletRequestBuilder with(MockHttpServletRequestBuilder request,
			Map<String, String> headers) {
		headers.forEach(request::header);
		return request;
	}

}
