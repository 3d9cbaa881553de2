package id.ngupi.web.ratelimit;

import id.ngupi.web.NgupiWebTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The calendar feed's limit counts reads per secret, so it must not keep state for paths
 * that cannot be a secret: those are answered 404 and leave no bucket. A read of a secret
 * of the right shape is counted, whether or not a feed has it.
 */
@NgupiWebTest
class CalendarFeedRateLimitTests {

	private final MockMvc mvc;

	private final TokenBuckets buckets;

	CalendarFeedRateLimitTests(@Autowired MockMvc mvc, @Autowired TokenBuckets buckets) {
		this.mvc = mvc;
		this.buckets = buckets;
	}

	@ParameterizedTest
	@ValueSource(strings = { "/kalender/x.ics", "/kalender/made-up-path-of-any-length.ics",
			"/kalender/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics",
			"/kalender/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics",
			"/kalender/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+.ics",
			"/kalender/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=.ics",
			"/kalender/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA!.ics" })
	void aPathThatCannotBeASecretIsNotFoundAndLeavesNoBucket(String path) throws Exception {
		String madeUp = path.substring("/kalender/".length(), path.length() - ".ics".length());

		this.mvc.perform(get(path)).andExpect(status().isNotFound());

		// whether keyed by the made-up secret or by the whole path
		assertThat(this.buckets.keys()).noneMatch(key -> key.endsWith(":" + madeUp) || key.endsWith(":" + path));
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "made_up-but-of-the-right-shape-0123456789ab" })
	void aSecretOfTheRightShapeIsCountedEvenWhenNoFeedHasIt(String secret) throws Exception {
		assertThat(secret).hasSize(43);

		this.mvc.perform(get("/kalender/" + secret + ".ics")).andExpect(status().isNotFound());

		assertThat(this.buckets.keys()).filteredOn(key -> key.endsWith(":" + secret)).hasSize(1);
	}

}
