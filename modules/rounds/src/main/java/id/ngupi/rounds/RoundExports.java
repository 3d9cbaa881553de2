package id.ngupi.rounds;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.ngupi.identity.AccountId;
import id.ngupi.rounds.RoundExport.Applied;
import id.ngupi.rounds.internal.ApplicationStore;
import id.ngupi.rounds.internal.RoundStore;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rounds module's part of a member's data export: four statements however many rounds
 * the member applied to or opened.
 */
@Service
public class RoundExports {

	private final RoundStore rounds;

	private final ApplicationStore applications;

	RoundExports(RoundStore rounds, ApplicationStore applications) {
		this.rounds = rounds;
		this.applications = applications;
	}

	/** Everything this module holds about the member; see {@link RoundExport}. */
	@Transactional(readOnly = true)
	public RoundExport export(AccountId member) {
		List<Application> applied = this.applications.ofMember(member);
		Map<RoundId, Round> rounds = this.rounds.findAll(applied.stream().map(Application::round).toList());
		Map<RoundId, DrawEntry> results = this.rounds.entriesOf(member);
		List<Applied> entries = applied.stream()
			.filter(application -> rounds.containsKey(application.round()))
			.map(application -> new Applied(rounds.get(application.round()), application,
					Optional.ofNullable(results.get(application.round()))))
			.toList();
		return new RoundExport(entries, this.rounds.ofHost(member, Integer.MAX_VALUE));
	}

}
