package id.ngupi.web.ratelimit;

import java.util.List;

import id.ngupi.identity.Secrets;
import id.ngupi.web.NgupiWebTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The calendar feed's limit counts reads per secret, so it must not keep state for paths
 * that cannot be a secret: those are answered 404 and leave no row in the buckets' table.
 * A read of a secret of the right shape is counted, whether or not a feed has it, under
 * the secret's hash: the table opens no feed.
 */
@NgupiWebTest
class CalendarFeedRateLimitTests {

	private final MockMvc mvc;

	private final JdbcTemplate jdbc;

	CalendarFeedRateLimitTests(@Autowired MockMvc mvc, @Autowired JdbcTemplate jdbc) {
		this.mvc = mvc;
		this.jdbc = jdbc;
	}

	@ParameterizedTest
	@ValueSource(strings = { "/kalender/x.ics", "/kalender/made-up-path-of-any-length.ics",
			"/kalender/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics",
			"/kalender/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics",
			"/kalender/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+.ics",
			"/kalender/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=.ics",
			"/kalender/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA!.ics" })
	void aPathThatCannotBeASecretIsNotFoundAndLeavesNoBucket(String path) throws Exception {
		List<String> before = feedBuckets();

		this.mvc.perform(get(path)).andExpect(status().isNotFound());

		assertThat(feedBuckets()).isSubsetOf(before);
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "made_up-but-of-the-right-shape-0123456789ab" })
	void aSecretOfTheRightShapeIsCountedEvenWhenNoFeedHasIt(String secret) throws Exception {
		assertThat(secret).hasSize(43);

		this.mvc.perform(get("/kalender/" + secret + ".ics")).andExpect(status().isNotFound());

		assertThat(feedBuckets()).filteredOn(id -> id.startsWith("feed:" + Secrets.sha256(secret) + "|")).hasSize(1);
		assertThat(feedBuckets()).noneMatch(id -> id.contains(secret));
	}

	private List<String> feedBuckets() {
		return this.jdbc.queryForList("SELECT id FROM rate_limit_bucket WHERE id LIKE 'feed:%' ORDER BY id",
				String.class);
	}

}
