-- Moderation: members report what harms them (a profile, a host page, feedback, a session),
-- admins named by configuration act on the reports, and every action lands in an audit log
-- that nobody, the application included, can change afterwards.

CREATE SCHEMA moderation;
COMMENT ON SCHEMA moderation IS 'Reports, the admin queue, the append-only audit log';

CREATE TABLE moderation.report
(
    id            uuid        NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
    -- null once the reporter deleted their account: the report stays for the admins
    reporter_id   uuid,
    target_kind   text        NOT NULL
        CONSTRAINT report_target_kind_known CHECK (target_kind IN ('profile', 'host_page', 'feedback', 'session')),
    -- the account (profile, host page) or the booking (feedback, session)
    target_id     uuid        NOT NULL,
    -- the feedback's author: a session's feedback is one entry per side
    target_author uuid,
    -- whose conduct or words are reported: the one a warning or a suspension is for
    subject_id    uuid        NOT NULL,
    reason        text        NOT NULL
        CONSTRAINT report_reason_known CHECK (reason IN ('harassment', 'spam', 'inappropriate', 'impersonation',
                                                          'no_show', 'other')),
    details       text        NOT NULL
        CONSTRAINT report_details_length CHECK (char_length(details) <= 2000),
    status        text        NOT NULL DEFAULT 'open'
        CONSTRAINT report_status_known CHECK (status IN ('open', 'dismissed', 'actioned', 'closed')),
    filed_at      timestamptz NOT NULL,
    resolved_at   timestamptz,
    CONSTRAINT report_feedback_has_author CHECK ((target_kind = 'feedback') = (target_author IS NOT NULL)),
    CONSTRAINT report_resolved_when CHECK ((status = 'open') = (resolved_at IS NULL)),
    CONSTRAINT report_not_self CHECK (reporter_id IS NULL OR reporter_id <> subject_id)
);
-- one open report per member per target: a second one while the first waits adds nothing
CREATE UNIQUE INDEX report_open_once ON moderation.report
    (reporter_id, target_kind, target_id, coalesce(target_author, '00000000-0000-0000-0000-000000000000'))
    WHERE status = 'open';
-- the queue: open reports, oldest first
CREATE INDEX report_queue ON moderation.report (filed_at) WHERE status = 'open';
CREATE INDEX report_target ON moderation.report (target_kind, target_id) WHERE status = 'open';
CREATE INDEX report_reporter ON moderation.report (reporter_id, filed_at DESC);
CREATE INDEX report_subject ON moderation.report (subject_id, filed_at DESC);

-- Who did what, why and when. Rows are only ever added: a trigger refuses every UPDATE, DELETE
-- and TRUNCATE, whoever asks (the application's own role included).
CREATE TABLE moderation.audit_entry
(
    id            bigint      NOT NULL GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at            timestamptz NOT NULL,
    admin_id      uuid        NOT NULL,
    -- the admin's handle then: the entry names them even after their account is gone
    admin_handle  text        NOT NULL,
    action        text        NOT NULL
        CONSTRAINT audit_action_known CHECK (action IN ('dismiss', 'hide', 'unhide', 'warn', 'suspend', 'restore')),
    target_kind   text
        CONSTRAINT audit_target_kind_known CHECK (target_kind IN ('profile', 'host_page', 'feedback', 'session')),
    target_id     uuid,
    target_author uuid,
    subject_id    uuid,
    report_id     uuid,
    -- how many open reports the action resolved
    reports       integer     NOT NULL DEFAULT 0,
    reason        text        NOT NULL
        CONSTRAINT audit_reason_length CHECK (char_length(reason) BETWEEN 1 AND 1000)
);
CREATE INDEX audit_entry_at ON moderation.audit_entry (at DESC, id DESC);
CREATE INDEX audit_entry_subject ON moderation.audit_entry (subject_id, at DESC);

CREATE FUNCTION moderation.audit_entry_append_only() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'moderation.audit_entry is append-only: % refused', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER audit_entry_no_update_or_delete
    BEFORE UPDATE OR DELETE ON moderation.audit_entry
    FOR EACH ROW EXECUTE FUNCTION moderation.audit_entry_append_only();
CREATE TRIGGER audit_entry_no_truncate
    BEFORE TRUNCATE ON moderation.audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION moderation.audit_entry_append_only();
