package id.ngupi.booking;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import id.ngupi.identity.Account;
import id.ngupi.identity.AccountId;
import id.ngupi.identity.Accounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A demo run starts with two months of sessions that took place between demo members:
 * several hosts with several sessions each, approvals to time, nobody in two places at
 * once, and made only once however often the app starts.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ActiveProfiles("demo")
class DemoHistoryTests {

	private final Accounts accounts;

	private final BookingQueries queries;

	private final MemberRecords records;

	private final List<ApplicationRunner> runners;

	DemoHistoryTests(@Autowired Accounts accounts, @Autowired BookingQueries queries, @Autowired MemberRecords records,
			@Autowired List<ApplicationRunner> runners) {
		this.accounts = accounts;
		this.queries = queries;
		this.records = records;
		this.runners = runners;
	}

	@Test
	void severalHostsHeldSeveralSessionsAndApprovedThemInHours() throws Exception {
		Map<String, AccountId> demo = this.accounts.demoAccounts()
			.stream()
			.collect(Collectors.toMap(account -> account.handle().value(), Account::id, (one, other) -> one));
		List<Booking> past = held(demo);
		Map<AccountId, Long> perHost = past.stream()
			.collect(Collectors.groupingBy(Booking::host, Collectors.counting()));
		assertThat(perHost.values().stream().filter(count -> count >= 3)).as("hosts with a history")
			.hasSizeGreaterThanOrEqualTo(6);
		assertThat(past).allMatch(booking -> booking.end().isBefore(Instant.now()));
		for (Booking one : past) {
			assertThat(past).as("nobody in two places at once")
				.filteredOn(other -> !other.id().equals(one.id())
						&& (other.attendee().equals(one.attendee()) || other.host().equals(one.host())))
				.noneMatch(other -> other.start().isBefore(one.end()) && one.start().isBefore(other.end()));
		}
		assertThat(demo.values().stream().map(this.records::of).filter(record -> record.usualAnswer().isPresent()))
			.as("hosts who approve show their usual answering time")
			.hasSizeGreaterThanOrEqualTo(2);

		for (ApplicationRunner runner : this.runners) {
			runner.run(new DefaultApplicationArguments());
		}
		assertThat(held(demo)).as("made once").hasSameSizeAs(past);
	}

	private List<Booking> held(Map<String, AccountId> demo) {
		return demo.values()
			.stream()
			.flatMap(host -> this.queries.asHost(host).stream())
			.filter(booking -> booking.status() == BookingStatus.COMPLETED)
			.toList();
	}

}
