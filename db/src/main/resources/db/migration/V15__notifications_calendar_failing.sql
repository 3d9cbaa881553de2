-- A host is told when one of their own calendars could not be read for two days.
ALTER TABLE notifications.notification DROP CONSTRAINT notification_kind_check;
ALTER TABLE notifications.notification ADD CONSTRAINT notification_kind_check
    CHECK (kind IN ('booking_requested', 'booking_confirmed', 'booking_approved', 'booking_declined',
                    'booking_expired', 'booking_cancelled', 'booking_rescheduled', 'waitlist_opened',
                    'reminder_24h', 'reminder_1h', 'email_verification', 'feedback_requested',
                    'feedback_revealed', 'no_show_reported', 'calendar_failing'));

ALTER TABLE notifications.preference DROP CONSTRAINT preference_kind_check;
ALTER TABLE notifications.preference ADD CONSTRAINT preference_kind_check
    CHECK (kind IN ('booking_requested', 'booking_confirmed', 'booking_approved', 'booking_declined',
                    'booking_expired', 'booking_cancelled', 'booking_rescheduled', 'waitlist_opened',
                    'reminder_24h', 'reminder_1h', 'feedback_requested', 'feedback_revealed',
                    'no_show_reported', 'calendar_failing'));
