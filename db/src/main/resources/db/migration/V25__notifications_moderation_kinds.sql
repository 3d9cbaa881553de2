-- What a moderator did reaches the member it concerns: a warning, their host page or feedback
-- hidden or shown again, a reporter that their report was answered, and a member whose
-- suspended account was restored. A warning and hidden content always come by mail too (a
-- member must not miss why), so only the others are among the kinds a member may turn off.
ALTER TABLE notifications.notification DROP CONSTRAINT notification_kind_check;
ALTER TABLE notifications.notification ADD CONSTRAINT notification_kind_check
    CHECK (kind IN ('booking_requested', 'booking_confirmed', 'booking_approved', 'booking_declined',
                    'booking_expired', 'booking_cancelled', 'booking_rescheduled', 'waitlist_opened',
                    'reminder_24h', 'reminder_1h', 'email_verification', 'feedback_requested',
                    'feedback_revealed', 'no_show_reported', 'calendar_failing', 'round_pick',
                    'round_settled', 'round_not_chosen', 'round_cancelled', 'round_opened',
                    'moderation_warning', 'content_hidden', 'content_shown', 'report_resolved',
                    'account_restored'));

ALTER TABLE notifications.preference DROP CONSTRAINT preference_kind_check;
ALTER TABLE notifications.preference ADD CONSTRAINT preference_kind_check
    CHECK (kind IN ('booking_requested', 'booking_confirmed', 'booking_approved', 'booking_declined',
                    'booking_expired', 'booking_cancelled', 'booking_rescheduled', 'waitlist_opened',
                    'reminder_24h', 'reminder_1h', 'feedback_requested', 'feedback_revealed',
                    'no_show_reported', 'calendar_failing', 'round_pick', 'round_settled',
                    'round_not_chosen', 'round_cancelled', 'round_opened', 'content_shown',
                    'report_resolved', 'account_restored'));
