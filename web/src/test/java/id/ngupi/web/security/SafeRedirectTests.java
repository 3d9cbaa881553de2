package id.ngupi.web.security;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class SafeRedirectTests {

	@ParameterizedTest
	@ValueSource(strings = { "/", "/@sari", "/settings/profile?tab=links", "/hosts?topic=karier#slots" })
	void acceptsPathsOnThisSite(String target) {
		assertThat(SafeRedirect.of(target)).hasValue(target);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "https://evil.example", "http://evil.example/", "//evil.example", "///evil.example",
			"/\\evil.example", "\\\\evil.example", "\\/evil.example", "/\t/evil.example", "/\n/evil.example",
			"https:evil.example", "javascript:alert(1)", "evil.example", "@sari", "/login", "/login?error=failed",
			"/logout", "/oauth2/authorization/github" })
	void refusesAnythingElse(String target) {
		assertThat(SafeRedirect.of(target)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(ints = { 501, 2000 })
	void refusesOverlongTargets(int length) {
		assertThat(SafeRedirect.of("/" + "a".repeat(length - 1))).isEmpty();
	}

}
