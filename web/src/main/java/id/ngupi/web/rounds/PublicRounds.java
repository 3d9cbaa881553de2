package id.ngupi.web.rounds;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import id.ngupi.identity.AccountId;
import id.ngupi.rounds.Round;
import id.ngupi.rounds.Rounds;
import id.ngupi.web.time.TimeFormat;

import org.springframework.stereotype.Component;

/**
 * Which hosts have a round taking applications, for the discovery cards and the host's
 * page: one statement for a whole page of hosts ({@link Rounds#taking}), kept a few
 * seconds like the rest of what those pages read ({@code ngupi.host-pages.cache-for}) and
 * forgotten once a write to the rounds' tables commits on this instance. Whether a kept
 * round is still taking applications is asked again at every page, so a window that
 * closed meanwhile is not announced.
 */
@Component
public class PublicRounds {

	private final Rounds rounds;

	private final Clock clock;

	private final PublicRoundsKept kept;

	PublicRounds(Rounds rounds, Clock clock, PublicRoundsKept kept) {
		this.rounds = rounds;
		this.clock = clock;
		this.kept = kept;
	}

	/**
	 * The hosts' rounds whose window is open now, by host; nothing is asked when there
	 * are no hosts.
	 */
	public Map<AccountId, RoundBadge> applying(Collection<AccountId> hosts, TimeFormat times) {
		if (hosts.isEmpty()) {
			return Map.of();
		}
		Instant now = this.clock.instant();
		Map<AccountId, RoundBadge> badges = new LinkedHashMap<>();
		this.kept.taking(hosts, this.rounds::taking).forEach((host, round) -> {
			if (applying(round, now)) {
				badges.put(host, badge(round, times));
			}
		});
		return badges;
	}

	/** The host's round whose window is open now, if there is one. */
	public Optional<RoundBadge> applying(AccountId host, TimeFormat times) {
		return Optional.ofNullable(applying(Set.of(host), times).get(host));
	}

	/**
	 * Whether members may apply now: the window is not closed (nor the round settled or
	 * called off) and it has opened.
	 */
	static boolean applying(Round round, Instant now) {
		return round.applying(now);
	}

	private static RoundBadge badge(Round round, TimeFormat times) {
		return new RoundBadge(RoundLinks.page(round.id()), round.times().size(), times.dateTime(round.closesAt()),
				round.closesAt().toString());
	}

}
