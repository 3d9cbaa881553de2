package id.ngupi.rounds;

import java.util.List;
import java.util.Optional;

/**
 * Everything the rounds module holds about a member, for their own data export: the
 * rounds they applied to, with what they wrote and what became of them, and the rounds
 * they opened as host (without the other applicants' applications, which are theirs).
 *
 * @param applications the member's applications, newest round first
 * @param hosted the member's own rounds, newest first
 */
public record RoundExport(List<Applied> applications, List<Round> hosted) {

	public RoundExport {
		applications = List.copyOf(applications);
		hosted = List.copyOf(hosted);
	}

	/**
	 * One application of the member.
	 *
	 * @param round the round applied to
	 * @param application what they sent
	 * @param result their place once the round was settled
	 */
	public record Applied(Round round, Application application, Optional<DrawEntry> result) {
	}

}
