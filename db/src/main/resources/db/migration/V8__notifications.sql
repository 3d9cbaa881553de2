-- The notifications module's schema: what members are told (the in-app inbox, "Kabar"), the mail
-- that carries it, each member's choices, and the reminders before every session. Member ids are
-- plain values: no foreign key crosses into another module's schema.
CREATE SCHEMA notifications;
COMMENT ON SCHEMA notifications IS 'In-app notifications, mail deliveries, preferences, reminders';

-- One thing one member is told. (event_id, recipient_id, kind) is the idempotency key: an event
-- handled twice (a resubmitted publication, two instances) records it once, and so mails it once.
-- The payload holds what rendering needs (names, times, the host's message ...) as it was when
-- the event happened.
CREATE TABLE notifications.notification
(
    id           UUID        NOT NULL PRIMARY KEY,
    recipient_id UUID        NOT NULL,
    kind         TEXT        NOT NULL CHECK (kind IN ('booking_requested', 'booking_confirmed', 'booking_approved',
                                                      'booking_declined', 'booking_expired', 'booking_cancelled',
                                                      'booking_rescheduled', 'waitlist_opened', 'reminder_24h',
                                                      'reminder_1h', 'email_verification')),
    event_id     TEXT        NOT NULL CHECK (length(event_id) BETWEEN 1 AND 200),
    payload      JSONB       NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL,
    read_at      TIMESTAMPTZ,
    CONSTRAINT notification_once UNIQUE (event_id, recipient_id, kind)
);
CREATE INDEX notification_inbox ON notifications.notification (recipient_id, created_at DESC);
CREATE INDEX notification_unread ON notifications.notification (recipient_id) WHERE read_at IS NULL;

-- The mail of a notification, at most one (its primary key is the notification's, so the
-- notification's idempotency key is the mail's too). An instance takes a due delivery by setting
-- lease_until in its own committed transaction before it talks to the mail server: no other
-- instance sends it until the lease ends, even if the sender dies between the server's "accepted"
-- and the commit of "sent".
CREATE TABLE notifications.delivery
(
    notification_id UUID        NOT NULL PRIMARY KEY REFERENCES notifications.notification (id) ON DELETE CASCADE,
    address         TEXT        NOT NULL CHECK (length(address) BETWEEN 3 AND 254),
    status          TEXT        NOT NULL CHECK (status IN ('pending', 'sent', 'refused', 'failed', 'skipped')),
    attempts        INT         NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at TIMESTAMPTZ NOT NULL,
    lease_until     TIMESTAMPTZ,
    last_error      TEXT CHECK (length(last_error) <= 1000),
    message_id      TEXT        NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    sent_at         TIMESTAMPTZ,
    CONSTRAINT delivery_sent_has_time CHECK ((status = 'sent') = (sent_at IS NOT NULL))
);
CREATE INDEX delivery_due ON notifications.delivery (next_attempt_at) WHERE status = 'pending';

-- Addresses a mail server refused for good (unknown user, no such domain). Nothing more is sent
-- there; the owner sees it on their settings page until they verify an address again.
CREATE TABLE notifications.refused_address
(
    address    CITEXT      NOT NULL PRIMARY KEY,
    reason     TEXT        NOT NULL CHECK (length(reason) <= 1000),
    refused_at TIMESTAMPTZ NOT NULL
);

-- A member's choice per kind: mail or not. No row means the default, mail on. The inbox always
-- keeps everything.
CREATE TABLE notifications.preference
(
    member_id UUID    NOT NULL,
    kind      TEXT    NOT NULL CHECK (kind IN ('booking_requested', 'booking_confirmed', 'booking_approved',
                                               'booking_declined', 'booking_expired', 'booking_cancelled',
                                               'booking_rescheduled', 'waitlist_opened', 'reminder_24h',
                                               'reminder_1h')),
    mail      BOOLEAN NOT NULL,
    PRIMARY KEY (member_id, kind)
);

-- A reminder still to be sent: made when a session is confirmed, removed when it is called off or
-- moved. Instances take due rows with FOR UPDATE SKIP LOCKED and delete them in the transaction
-- that records the reminder, so each goes out once however many instances run.
CREATE TABLE notifications.reminder
(
    booking_id   UUID        NOT NULL,
    recipient_id UUID        NOT NULL,
    kind         TEXT        NOT NULL CHECK (kind IN ('reminder_24h', 'reminder_1h')),
    due_at       TIMESTAMPTZ NOT NULL,
    starts_at    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (booking_id, recipient_id, kind),
    CHECK (due_at < starts_at)
);
CREATE INDEX reminder_due ON notifications.reminder (due_at);

-- The secret that signs one-click unsubscribe links, made once by whichever instance starts first
-- and shared by all of them through the database.
CREATE TABLE notifications.signing_key
(
    name       TEXT        NOT NULL PRIMARY KEY,
    secret     BYTEA       NOT NULL CHECK (length(secret) >= 32),
    created_at TIMESTAMPTZ NOT NULL
);
