package id.ngupi.moderation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import id.ngupi.identity.AccountId;
import id.ngupi.moderation.ModerationEvents.ReportFiled;
import id.ngupi.moderation.ReportOutcome.Filed;
import id.ngupi.moderation.ReportOutcome.Refusal;
import id.ngupi.moderation.ReportOutcome.Refused;
import id.ngupi.moderation.internal.ReportStore;
import id.ngupi.moderation.internal.Targets;
import jakarta.validation.Valid;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Members' reports: a member reports what they can see (a profile, a host page, feedback
 * shown to them, a session they took part in), once per target while their report waits,
 * at most {@link #OPEN_MAX} waiting and {@link #DAILY_MAX} a day, and follows what became
 * of them.
 */
@Service
@Validated
public class Reports {

	/** How many of a member's reports may wait for an admin at once. */
	public static final int OPEN_MAX = 10;

	/** How many reports a member may file in a day. */
	public static final int DAILY_MAX = 5;

	/** How many of their reports a member's list shows. */
	public static final int LISTED = 50;

	private final ReportStore store;

	private final Targets targets;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Reports(ReportStore store, Targets targets, ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.targets = targets;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * What the member would report, for the form; empty when they cannot see it (a
	 * stranger learns nothing of a session or feedback they were not part of).
	 */
	@Transactional(readOnly = true)
	public Optional<Reportable> reportable(AccountId viewer, Target target) {
		return this.targets.subjectSeenBy(viewer, target)
			.filter(subject -> !subject.equals(viewer))
			.map(subject -> new Reportable(target, subject, target.kind().reasons(),
					this.store.openOn(target)
						.stream()
						.filter(report -> viewer.equals(report.reporter()))
						.findFirst()
						.orElse(null)));
	}

	/** Files the member's report for the admins' queue. */
	@Transactional
	public ReportOutcome file(AccountId reporter, Target target, @Valid ReportForm form) {
		Optional<AccountId> subject = this.targets.subjectSeenBy(reporter, target);
		if (subject.isEmpty()) {
			return new Refused(Refusal.NOT_FOUND);
		}
		if (subject.get().equals(reporter)) {
			return new Refused(Refusal.OWN);
		}
		if (!target.kind().reasons().contains(form.reason())) {
			return new Refused(Refusal.REASON_NOT_FOR_TARGET);
		}
		if (form.reason().needsDetails() && form.details().isEmpty()) {
			return new Refused(Refusal.DETAILS_REQUIRED);
		}
		this.store.lockReporter(reporter);
		if (this.store.openOn(target).stream().anyMatch(report -> reporter.equals(report.reporter()))) {
			return new Refused(Refusal.ALREADY_OPEN);
		}
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		ReportStore.Counts counts = this.store.counts(reporter, now.minus(Duration.ofDays(1)));
		if (counts.open() >= OPEN_MAX) {
			return new Refused(Refusal.TOO_MANY_OPEN);
		}
		if (counts.recent() >= DAILY_MAX) {
			return new Refused(Refusal.TOO_MANY_TODAY);
		}
		return this.store.insert(reporter, target, subject.get(), form, now).<ReportOutcome>map(report -> {
			this.events.publishEvent(new ReportFiled(report, target, form.reason()));
			return new Filed(report);
		}).orElseGet(() -> new Refused(Refusal.ALREADY_OPEN));
	}

	/** The member's reports, newest first, with where each stands. */
	@Transactional(readOnly = true)
	public List<Report> filedBy(AccountId reporter) {
		return this.store.filedBy(reporter, LISTED);
	}

}
