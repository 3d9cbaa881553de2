package id.ngupi.web.security;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
	@CsvSource(delimiter = '|', textBlock = """
			/?q=kopi ☕                  | /?q=kopi%20%E2%98%95
			/@sari?q=café                | /@sari?q=caf%C3%A9
			/topics/café                 | /topics/caf%C3%A9
			/?q=a%20b%2Fc                | /?q=a%20b%2Fc
			/?q=100%                     | /?q=100%25
			/?q=%zz                      | /?q=%25zz
			/?q="<tag>"                  | /?q=%22%3Ctag%3E%22
			/@sari#jadwal ☕             | /@sari#jadwal%20%E2%98%95
			/?q=𝄞                        | /?q=%F0%9D%84%9E
			""")
	void percentEncodesWhatALocationMayNotCarryAndKeepsWhatIsEncodedAlready(String target, String expected) {
		assertThat(SafeRedirect.of(target)).hasValue(expected);
		assertThat(SafeRedirect.of(expected)).as("checking again changes nothing").hasValue(expected);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			/a/b/../c        | /a/c
			/a/./b           | /a/b
			/a/%2E%2e/b      | /b
			/a/.%2e/b        | /b
			/a/..            | /
			/..              | /
			/../@sari?x=../y | /@sari?x=../y
			/a/.             | /a/
			""")
	void resolvesDotSegmentsLikeABrowser(String target, String expected) {
		assertThat(SafeRedirect.of(target)).hasValue(expected);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/..//evil.example", "/../\\evil.example", "/a/../..//evil.example",
			"/%2e%2e//evil.example", "/.//evil.example", "/x/..//evil.example?q=1", "/a/../login", "/%2e/logout",
			"/?q=\u0085", "/?q=\ud800" })
	void refusesWhatIsNoLongerALocalPathOnceDotSegmentsAreResolved(String target) {
		assertThat(SafeRedirect.of(target)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(ints = { 501, 2000 })
	void refusesOverlongTargets(int length) {
		assertThat(SafeRedirect.of("/" + "a".repeat(length - 1))).isEmpty();
	}

}
