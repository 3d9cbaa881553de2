package id.ngupi.booking;

import id.ngupi.identity.AccountId;
import id.ngupi.identity.Accounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A calendar feed's secret opens that member's feed only, until a new one replaces it.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class CalendarFeedsTests {

	private final CalendarFeeds feeds;

	private final Accounts accounts;

	private final Fixtures fixtures;

	CalendarFeedsTests(@Autowired CalendarFeeds feeds, @Autowired Accounts accounts, @Autowired Fixtures fixtures) {
		this.feeds = feeds;
		this.accounts = accounts;
		this.fixtures = fixtures;
	}

	@Test
	void aDeletedMembersFeedEnds(Scenario scenario) {
		AccountId member = this.fixtures.member("Hilang");
		String token = this.feeds.renew(member);

		scenario.stimulate(() -> this.accounts.delete(member))
			.andWaitForStateChange(() -> this.feeds.owner(token).isEmpty(), Boolean::booleanValue)
			.andVerify(ended -> assertThat(this.feeds.since(member)).isEmpty());
	}

	@Test
	void aNewSecretOpensTheFeedAndEndsTheOldOne() {
		AccountId member = this.fixtures.member("Dewi");
		assertThat(this.feeds.since(member)).isEmpty();

		String first = this.feeds.renew(member);
		assertThat(first).matches("[A-Za-z0-9_-]{43}");
		assertThat(this.feeds.owner(first)).contains(member);
		assertThat(this.feeds.since(member)).isPresent();

		String second = this.feeds.renew(member);
		assertThat(second).isNotEqualTo(first);
		assertThat(this.feeds.owner(first)).isEmpty();
		assertThat(this.feeds.owner(second)).contains(member);

		this.feeds.stop(member);
		assertThat(this.feeds.owner(second)).isEmpty();
	}

	@Test
	void aSecretOpensOnlyItsOwnersFeed() {
		AccountId one = this.fixtures.member("Satu");
		AccountId two = this.fixtures.member("Dua");
		String token = this.feeds.renew(one);
		this.feeds.renew(two);

		assertThat(this.feeds.owner(token)).contains(one);
		assertThat(this.feeds.owner(token.substring(1) + "A")).isEmpty();
		assertThat(this.feeds.owner("not-a-token")).isEmpty();
		assertThat(this.feeds.owner(null)).isEmpty();
	}

}
