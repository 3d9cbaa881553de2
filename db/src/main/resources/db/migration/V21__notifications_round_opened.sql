-- A host opening a round tells everyone on their waitlist: rounds pick fairly, so not only the
-- first in line. A member may also choose not to get it by mail.
ALTER TABLE notifications.notification DROP CONSTRAINT notification_kind_check;
ALTER TABLE notifications.notification ADD CONSTRAINT notification_kind_check
    CHECK (kind IN ('booking_requested', 'booking_confirmed', 'booking_approved', 'booking_declined',
                    'booking_expired', 'booking_cancelled', 'booking_rescheduled', 'waitlist_opened',
                    'reminder_24h', 'reminder_1h', 'email_verification', 'feedback_requested',
                    'feedback_revealed', 'no_show_reported', 'calendar_failing', 'round_pick',
                    'round_settled', 'round_not_chosen', 'round_cancelled', 'round_opened'));

ALTER TABLE notifications.preference DROP CONSTRAINT preference_kind_check;
ALTER TABLE notifications.preference ADD CONSTRAINT preference_kind_check
    CHECK (kind IN ('booking_requested', 'booking_confirmed', 'booking_approved', 'booking_declined',
                    'booking_expired', 'booking_cancelled', 'booking_rescheduled', 'waitlist_opened',
                    'reminder_24h', 'reminder_1h', 'feedback_requested', 'feedback_revealed',
                    'no_show_reported', 'calendar_failing', 'round_pick', 'round_settled',
                    'round_not_chosen', 'round_cancelled', 'round_opened'));
