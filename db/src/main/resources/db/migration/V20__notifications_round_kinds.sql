-- Rounds tell their members what happened: the host who picks that applications wait, the host
-- of a round the draw settled how it went, each applicant who got no time, and every applicant
-- of a round called off. Each of the four kinds a member may also choose not to get by mail.
ALTER TABLE notifications.notification DROP CONSTRAINT notification_kind_check;
ALTER TABLE notifications.notification ADD CONSTRAINT notification_kind_check
    CHECK (kind IN ('booking_requested', 'booking_confirmed', 'booking_approved', 'booking_declined',
                    'booking_expired', 'booking_cancelled', 'booking_rescheduled', 'waitlist_opened',
                    'reminder_24h', 'reminder_1h', 'email_verification', 'feedback_requested',
                    'feedback_revealed', 'no_show_reported', 'calendar_failing', 'round_pick',
                    'round_settled', 'round_not_chosen', 'round_cancelled'));

ALTER TABLE notifications.preference DROP CONSTRAINT preference_kind_check;
ALTER TABLE notifications.preference ADD CONSTRAINT preference_kind_check
    CHECK (kind IN ('booking_requested', 'booking_confirmed', 'booking_approved', 'booking_declined',
                    'booking_expired', 'booking_cancelled', 'booking_rescheduled', 'waitlist_opened',
                    'reminder_24h', 'reminder_1h', 'feedback_requested', 'feedback_revealed',
                    'no_show_reported', 'calendar_failing', 'round_pick', 'round_settled',
                    'round_not_chosen', 'round_cancelled'));
