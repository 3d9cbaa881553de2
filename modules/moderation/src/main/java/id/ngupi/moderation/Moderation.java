package id.ngupi.moderation;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import id.ngupi.feedback.ReportedFeedback;
import id.ngupi.hosting.HostProfile;
import id.ngupi.identity.Account;
import id.ngupi.identity.AccountId;
import id.ngupi.identity.Accounts;
import id.ngupi.moderation.ModerationEvents.ContentHidden;
import id.ngupi.moderation.ModerationEvents.ContentShown;
import id.ngupi.moderation.ModerationEvents.MemberWarned;
import id.ngupi.moderation.ModerationEvents.ReportResolved;
import id.ngupi.moderation.internal.AuditLog;
import id.ngupi.moderation.internal.ReportStore;
import id.ngupi.moderation.internal.Targets;
import jakarta.validation.Valid;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The admins' side: the queue of open reports oldest first, each case with its content in
 * context, and the actions (dismiss, hide, unhide, warn, suspend, restore), each written
 * to the audit log in the transaction that does it. Every call refuses a non-admin with
 * {@link NotAdminException} before reading or changing anything.
 */
@Service
@Validated
public class Moderation {

	/** How many open reports the queue reads at most (grouped by target). */
	public static final int QUEUE_READ = 500;

	/** How many entries a page of the audit log shows. */
	public static final int AUDIT_PAGE = 50;

	/** How much of a member's history a case shows. */
	public static final int HISTORY = 20;

	private final Admins admins;

	private final Accounts accounts;

	private final ReportStore reports;

	private final AuditLog audit;

	private final Targets targets;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Moderation(Admins admins, Accounts accounts, ReportStore reports, AuditLog audit, Targets targets,
			ApplicationEventPublisher events, Clock clock) {
		this.admins = admins;
		this.accounts = accounts;
		this.reports = reports;
		this.audit = audit;
		this.targets = targets;
		this.events = events;
		this.clock = clock;
	}

	public boolean isAdmin(AccountId account) {
		return this.admins.isAdmin(account);
	}

	/** The reported targets waiting, the one waiting longest first. */
	@Transactional(readOnly = true)
	public List<QueueItem> queue(AccountId admin) {
		this.admins.require(admin);
		Map<Target, List<Report>> byTarget = this.reports.open(QUEUE_READ)
			.stream()
			.collect(Collectors.groupingBy(Report::target, LinkedHashMap::new, Collectors.toList()));
		Map<AccountId, Account> subjects = this.accounts
			.findAll(byTarget.values().stream().map(open -> open.get(0).subject()).distinct().toList());
		List<QueueItem> queue = new ArrayList<>();
		byTarget.forEach((target, open) -> {
			Report first = open.get(0);
			Account subject = subjects.get(first.subject());
			queue.add(new QueueItem(first.id(), target, first.subject(),
					(subject != null) ? subject.handle().value() : null, reasons(open), open.size(), first.filedAt()));
		});
		return queue;
	}

	/** A report with its content in context; empty when there is no such report. */
	@Transactional(readOnly = true)
	public Optional<ModerationCase> caseOf(AccountId admin, ReportId id) {
		Account by = this.admins.require(admin);
		return this.reports.find(id).map(report -> {
			Account subject = this.accounts.find(report.subject()).orElse(null);
			ReportedContent content = this.targets.content(report.target(), report.subject());
			List<Report> open = this.reports.openOn(report.target());
			return new ModerationCase(report, open, content, subject, this.audit.about(report.subject(), HISTORY),
					this.reports.countAbout(report.subject()),
					actions(by, report.target(), subject, !open.isEmpty(), content), by.id().equals(report.subject()));
		});
	}

	/** Acts on a report's target (and thereby on every open report on it). */
	@Transactional
	public ActionOutcome act(AccountId admin, ReportId id, @Valid ActionForm form) {
		Account by = this.admins.require(admin);
		Optional<Report> report = this.reports.find(id);
		if (report.isEmpty()) {
			return ActionOutcome.NOT_FOUND;
		}
		return perform(by, report.get().target(), report.get().subject(), report.get(), form);
	}

	/** A member as an admin sees them, by handle; empty when there is no such member. */
	@Transactional(readOnly = true)
	public Optional<MemberStanding> member(AccountId admin, String handle) {
		Account by = this.admins.require(admin);
		return this.accounts.findByHandle(handle).map(member -> {
			Optional<HostProfile> host = this.targets.host(member.id());
			boolean hostPageHidden = host.map(HostProfile::hidden).orElse(false);
			List<MemberStanding.HiddenFeedback> hiddenFeedback = this.audit.feedbackHidden(member.id())
				.stream()
				.flatMap(target -> this.targets.feedback(target)
					.filter(ReportedFeedback::hidden)
					.map(found -> new MemberStanding.HiddenFeedback(target, found.writtenAt()))
					.stream())
				.toList();
			List<ModerationAction> accountActions = actions(by, Target.profile(member.id()), member, false,
					new ReportedContent.Profile(member));
			List<ModerationAction> hostPageActions = (host.isEmpty() || member.id().equals(by.id())) ? List.of()
					: List.of(hostPageHidden ? ModerationAction.UNHIDE : ModerationAction.HIDE);
			return new MemberStanding(member, host.isPresent(), hostPageHidden, hiddenFeedback,
					this.reports.about(member.id(), HISTORY), this.audit.about(member.id(), HISTORY), accountActions,
					hostPageActions);
		});
	}

	/**
	 * Acts on a member without a report: warns, suspends or restores their account (the
	 * target is their profile), hides or shows their host page, or shows their hidden
	 * feedback again.
	 */
	@Transactional
	public ActionOutcome actOn(AccountId admin, AccountId member, Target target, @Valid ActionForm form) {
		Account by = this.admins.require(admin);
		boolean theirs = switch (target.kind()) {
			case PROFILE, HOST_PAGE -> target.account().equals(member);
			case FEEDBACK -> target.author().equals(member);
			case SESSION -> false;
		};
		if (!theirs || this.accounts.find(member).isEmpty()) {
			return ActionOutcome.NOT_FOUND;
		}
		return perform(by, target, member, null, form);
	}

	/**
	 * The audit log, newest first, a page at a time: the entries before the one given.
	 */
	@Transactional(readOnly = true)
	public List<AuditEntry> audit(AccountId admin, Long before) {
		this.admins.require(admin);
		return this.audit.page(before, AUDIT_PAGE);
	}

	private ActionOutcome perform(Account admin, Target target, AccountId subjectId, Report report, ActionForm form) {
		ModerationAction action = form.action();
		this.reports.lockSubject(subjectId);
		List<Report> open = this.reports.lockOpenOn(target);
		if (action == ModerationAction.DISMISS && open.isEmpty()) {
			// another admin answered the reports meanwhile
			return ActionOutcome.ALREADY_RESOLVED;
		}
		if (admin.id().equals(subjectId)) {
			// a case about an admin is another admin's to decide, whatever the action
			return ActionOutcome.OWN_ACCOUNT;
		}
		Optional<Account> subject = this.accounts.find(subjectId);
		boolean done = switch (action) {
			case DISMISS -> true;
			case HIDE -> target.kind().hideable() && this.targets.hide(target);
			case UNHIDE -> target.kind().hideable() && this.targets.unhide(target);
			case WARN -> subject.filter(member -> !member.suspended()).isPresent();
			case SUSPEND -> subject.filter(member -> !member.suspended()).isPresent();
			case RESTORE -> subject.filter(Account::suspended).isPresent();
		};
		if (!done) {
			return ActionOutcome.NOT_APPLICABLE;
		}
		switch (action) {
			case SUSPEND -> this.accounts.suspend(subjectId, form.reason());
			case RESTORE -> this.accounts.restore(subjectId, form.reason());
			default -> {
			}
		}
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		List<Report> resolved = action.resolvesReports() ? open : List.of();
		this.reports.resolve(resolved.stream().map(Report::id).toList(),
				(action == ModerationAction.DISMISS) ? ReportStatus.DISMISSED : ReportStatus.ACTIONED, now);
		AuditEntry entry = this.audit.append(new AuditLog.Entry(admin.id(), admin.handle().value(), action, target,
				subjectId, (report != null) ? report.id() : null, resolved.size(), form.reason()), now);
		switch (action) {
			case HIDE -> this.events.publishEvent(new ContentHidden(subjectId, target, form.reason(), entry.id()));
			case UNHIDE -> this.events.publishEvent(new ContentShown(subjectId, target, entry.id()));
			case WARN ->
				this.events.publishEvent(new MemberWarned(subjectId, target.kind(), form.reason(), entry.id()));
			default -> {
			}
		}
		resolved.stream()
			.filter(answered -> answered.reporter() != null)
			.forEach(answered -> this.events.publishEvent(
					new ReportResolved(answered.id(), answered.reporter(), action != ModerationAction.DISMISS)));
		return ActionOutcome.DONE;
	}

	private List<ModerationAction> actions(Account admin, Target target, Account subject, boolean open,
			ReportedContent content) {
		List<ModerationAction> actions = new ArrayList<>();
		if (subject != null && subject.id().equals(admin.id())) {
			return actions;
		}
		if (open) {
			actions.add(ModerationAction.DISMISS);
		}
		if (target.kind().hideable() && !(content instanceof ReportedContent.Gone)) {
			actions.add(this.targets.hidden(target) ? ModerationAction.UNHIDE : ModerationAction.HIDE);
		}
		if (subject != null) {
			if (subject.suspended()) {
				actions.add(ModerationAction.RESTORE);
			}
			else {
				actions.add(ModerationAction.WARN);
				actions.add(ModerationAction.SUSPEND);
			}
		}
		return actions;
	}

	private static List<ReportReason> reasons(List<Report> open) {
		Map<ReportReason, Long> counts = open.stream()
			.collect(Collectors.groupingBy(Report::reason, LinkedHashMap::new, Collectors.counting()));
		return counts.entrySet()
			.stream()
			.sorted(Map.Entry.<ReportReason, Long>comparingByValue(Comparator.reverseOrder()))
			.map(Map.Entry::getKey)
			.toList();
	}

}
