package id.ngupi.moderation;

import java.time.Instant;

import id.ngupi.identity.AccountId;

/**
 * One entry of the append-only audit log.
 *
 * @param id its place in the log
 * @param at when
 * @param admin who (their account may since be gone)
 * @param adminHandle the admin's handle at the time
 * @param action what
 * @param target on what, if the action was on content or a report's target
 * @param subject whose content or account
 * @param report the report it answered, if any
 * @param reports how many open reports it resolved
 * @param reason why, in the admin's words
 */
public record AuditEntry(long id, Instant at, AccountId admin, String adminHandle, ModerationAction action,
		Target target, AccountId subject, ReportId report, int reports, String reason) {
}
