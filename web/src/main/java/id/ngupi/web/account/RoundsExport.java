package id.ngupi.web.account;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import id.ngupi.hosting.TopicSlug;
import id.ngupi.rounds.Round;
import id.ngupi.rounds.RoundExport;
import id.ngupi.rounds.RoundExport.Applied;
import id.ngupi.web.account.AccountExportDocument.ExportNames;

/**
 * The rounds part of the account export: the rounds the member applied to, with what they
 * wrote and what became of them, and the rounds they opened. Never other members'
 * applications, nor a round's seed before its draw.
 *
 * @param applications the member's applications, the latest first
 * @param hosted the rounds the member opened, the latest first
 */
@JsonPropertyOrder({ "applications", "hosted" })
record RoundsExport(List<Application> applications, List<RoundFacts> hosted) {

	static RoundsExport of(RoundExport export, ExportNames names) {
		return new RoundsExport(export.applications().stream().map(applied -> Application.of(applied, names)).toList(),
				export.hosted().stream().map(round -> RoundFacts.of(round, names)).toList());
	}

	private static String text(Instant instant) {
		return (instant == null) ? null : instant.toString();
	}

	/**
	 * A round as the export names it.
	 *
	 * @param id the round
	 * @param hostHandle its host's handle, or {@code null} when the host's account is
	 * gone
	 * @param offering the offering's title, or {@code null} when it is gone
	 * @param picking {@code draw} or {@code host}
	 * @param opensAt when applications opened
	 * @param closesAt when they closed
	 * @param times the times' starts
	 * @param seedHash the published hash of the seed
	 * @param seed the seed, once a draw settled the round; else {@code null}
	 * @param settledAt when it was settled, or {@code null}
	 * @param cancelReason why the host called it off, or {@code null}
	 */
	@JsonPropertyOrder({ "id", "hostHandle", "offering", "picking", "opensAt", "closesAt", "times", "seedHash", "seed",
			"settledAt", "cancelReason" })
	record RoundFacts(String id, String hostHandle, String offering, String picking, String opensAt, String closesAt,
			List<String> times, String seedHash, String seed, String settledAt, String cancelReason) {

		static RoundFacts of(Round round, ExportNames names) {
			return new RoundFacts(round.id().toString(), names.handle(round.host()),
					names.offeringTitle(round.offering()), round.picking().name().toLowerCase(Locale.ROOT),
					text(round.opensAt()), text(round.closesAt()),
					round.times().stream().map(time -> text(time.start())).toList(), round.seedHash(),
					round.seed().orElse(null), round.settled().map(Instant::toString).orElse(null),
					round.cancelReason().orElse(null));
		}

	}

	/**
	 * One of the member's applications.
	 *
	 * @param round the round
	 * @param ticket their number in the draw
	 * @param topics the topics' slugs
	 * @param answer their answer
	 * @param rankedTimes the times they could make, best first; empty for any
	 * @param appliedAt when they applied
	 * @param updatedAt when they last changed it
	 * @param outcome {@code won}, {@code skipped} or {@code not_chosen} once settled;
	 * else {@code null}
	 * @param place their place in the settled round, or {@code null}
	 * @param timeWon the time they got, or {@code null}
	 */
	@JsonPropertyOrder({ "round", "ticket", "topics", "answer", "rankedTimes", "appliedAt", "updatedAt", "outcome",
			"place", "timeWon" })
	record Application(RoundFacts round, String ticket, List<String> topics, String answer, List<String> rankedTimes,
			String appliedAt, String updatedAt, String outcome, Integer place, String timeWon) {

		static Application of(Applied applied, ExportNames names) {
			var application = applied.application();
			return new Application(RoundFacts.of(applied.round(), names), application.ticket(),
					application.topics().stream().map(TopicSlug::value).toList(), application.answer(),
					application.ranked().stream().map(Instant::toString).toList(), text(application.applied()),
					text(application.updated()), applied.result().map(entry -> entry.outcome().code()).orElse(null),
					applied.result().map(entry -> entry.position()).orElse(null),
					applied.result().flatMap(entry -> entry.start()).map(Instant::toString).orElse(null));
		}

	}

}
