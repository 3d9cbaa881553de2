-- What the public sees of feedback: each side may make what they learned public on their own
-- page, and a testimonial or insight names the topics the session was about.
ALTER TABLE feedback.entry ADD COLUMN learned_public boolean NOT NULL DEFAULT false;
ALTER TABLE feedback.request ADD COLUMN topics text[] NOT NULL DEFAULT '{}';
-- a host's page reads what attendees wrote about them
CREATE INDEX request_subject ON feedback.request (subject_id, role);

-- Instead of feedback, one side reports that the other did not come; the other answers once:
-- they admit it, or say they were there. An unanswered report counts once its answer time has
-- passed. One report per session: whoever reports first.
CREATE TABLE feedback.no_show
(
    booking_id       uuid        NOT NULL PRIMARY KEY,
    reporter_id      uuid        NOT NULL,
    absent_id        uuid        NOT NULL,
    absent_role      text        NOT NULL CHECK (absent_role IN ('host', 'attendee')),
    session_ended_at timestamptz NOT NULL,
    reported_at      timestamptz NOT NULL,
    answer_by        timestamptz NOT NULL,
    answer           text CHECK (answer IN ('admitted', 'disputed')),
    answer_note      text CHECK (char_length(answer_note) <= 1000),
    answered_at      timestamptz,
    FOREIGN KEY (booking_id, reporter_id) REFERENCES feedback.request (booking_id, author_id) ON DELETE CASCADE,
    CHECK (reporter_id <> absent_id),
    CHECK (answer_by > reported_at),
    CHECK ((answer IS NULL) = (answered_at IS NULL)),
    CHECK (answer_note IS NULL OR answer IS NOT NULL)
);
CREATE INDEX no_show_absent ON feedback.no_show (absent_id, session_ended_at DESC);

-- the member reported absent is told, so they can answer
ALTER TABLE notifications.notification DROP CONSTRAINT notification_kind_check;
ALTER TABLE notifications.notification ADD CONSTRAINT notification_kind_check
    CHECK (kind IN ('booking_requested', 'booking_confirmed', 'booking_approved', 'booking_declined',
                    'booking_expired', 'booking_cancelled', 'booking_rescheduled', 'waitlist_opened',
                    'reminder_24h', 'reminder_1h', 'email_verification', 'feedback_requested',
                    'feedback_revealed', 'no_show_reported'));

ALTER TABLE notifications.preference DROP CONSTRAINT preference_kind_check;
ALTER TABLE notifications.preference ADD CONSTRAINT preference_kind_check
    CHECK (kind IN ('booking_requested', 'booking_confirmed', 'booking_approved', 'booking_declined',
                    'booking_expired', 'booking_cancelled', 'booking_rescheduled', 'waitlist_opened',
                    'reminder_24h', 'reminder_1h', 'feedback_requested', 'feedback_revealed',
                    'no_show_reported'));
