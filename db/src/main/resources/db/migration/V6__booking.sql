-- Booking: bookings of hosts' offerings, the weekly quota use, waitlists and calendar feeds.
-- Account, offering and topic ids come from identity and hosting as plain values (no
-- foreign keys across schemas).

CREATE TABLE booking.booking
(
    id                  uuid        NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
    offering_id         uuid        NOT NULL,
    host_id             uuid        NOT NULL,
    attendee_id         uuid        NOT NULL,
    starts_at           timestamptz NOT NULL,
    ends_at             timestamptz NOT NULL,
    -- the end plus the free time the host keeps after the session (the offering's buffer):
    -- what the host cannot book twice
    host_free_at        timestamptz NOT NULL,
    status              text        NOT NULL
        CONSTRAINT booking_status_known CHECK (status IN
            ('pending', 'confirmed', 'declined', 'expired', 'cancelled', 'completed')),
    -- the host's topics the attendee picked, and their answer to the offering's question
    topics              text[]      NOT NULL
        CONSTRAINT booking_topics_count CHECK (cardinality(topics) BETWEEN 1 AND 3),
    answer              text        NOT NULL
        CONSTRAINT booking_answer_length CHECK (char_length(btrim(answer)) BETWEEN 50 AND 2000),
    -- a pending request not answered by then expires (the start minus the minimum notice)
    respond_by          timestamptz,
    -- the week (Monday, in the host's zone) whose quota this booking uses
    quota_week          date        NOT NULL,
    -- set by the host for this booking only; otherwise the offering's or host's link applies
    meeting_url         text
        CONSTRAINT booking_meeting_url_https CHECK (meeting_url ~ '^https://' AND char_length(meeting_url) <= 300),
    host_message        text
        CONSTRAINT booking_host_message_length CHECK (char_length(host_message) <= 1000),
    cancelled_by        uuid,
    cancel_reason       text
        CONSTRAINT booking_cancel_reason_length CHECK (char_length(cancel_reason) <= 1000),
    late_cancellation   boolean     NOT NULL DEFAULT false,
    -- the booking this one replaced by a reschedule
    rescheduled_from    uuid REFERENCES booking.booking (id) ON DELETE SET NULL,
    -- one form submission makes at most one booking, however often it arrives
    request_key         uuid        NOT NULL,
    -- raised on every change the calendar file shows (ICS SEQUENCE)
    sequence            integer     NOT NULL DEFAULT 0,
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT booking_ends_after_start CHECK (ends_at > starts_at),
    CONSTRAINT booking_buffer_after_end CHECK (host_free_at >= ends_at),
    CONSTRAINT booking_not_own CHECK (host_id <> attendee_id),
    CONSTRAINT booking_request_once UNIQUE (attendee_id, request_key),
    CONSTRAINT booking_cancel_has_reason CHECK (status <> 'cancelled' OR cancelled_by IS NOT NULL),
    CONSTRAINT booking_pending_has_deadline CHECK (status <> 'pending' OR respond_by IS NOT NULL),
    -- double booking is impossible: a host never holds two live bookings whose times (with
    -- the buffer after each) overlap, and neither does an attendee
    CONSTRAINT booking_host_no_overlap EXCLUDE USING gist (
        host_id WITH =,
        tstzrange(starts_at, host_free_at, '[)') WITH &&)
        WHERE (status IN ('pending', 'confirmed')),
    CONSTRAINT booking_attendee_no_overlap EXCLUDE USING gist (
        attendee_id WITH =, tstzrange(starts_at, ends_at, '[)') WITH &&)
        WHERE (status IN ('pending', 'confirmed'))
);
CREATE INDEX booking_host_idx ON booking.booking (host_id, starts_at);
CREATE INDEX booking_attendee_idx ON booking.booking (attendee_id, starts_at);
CREATE INDEX booking_confirmed_idx ON booking.booking (ends_at) WHERE status = 'confirmed';
CREATE INDEX booking_pending_idx ON booking.booking (respond_by) WHERE status = 'pending';

-- How many sessions of an offering a week holds: the row is locked while a booking counts
-- itself in, and the CHECK keeps the count within the quota even for requests racing.
CREATE TABLE booking.quota_use
(
    offering_id  uuid    NOT NULL,
    week         date    NOT NULL,
    used         integer NOT NULL,
    quota        integer NOT NULL,
    CONSTRAINT quota_use_pk PRIMARY KEY (offering_id, week),
    CONSTRAINT quota_use_within_quota CHECK (used BETWEEN 0 AND quota)
);

-- Members waiting for a host to have time again, first come first served.
CREATE TABLE booking.waitlist_entry
(
    host_id       uuid        NOT NULL,
    member_id     uuid        NOT NULL,
    joined_at     timestamptz NOT NULL DEFAULT now(),
    -- when they were last told that times opened
    notified_at   timestamptz,
    CONSTRAINT waitlist_entry_pk PRIMARY KEY (host_id, member_id),
    CONSTRAINT waitlist_entry_not_own CHECK (host_id <> member_id)
);
CREATE INDEX waitlist_entry_host_idx ON booking.waitlist_entry (host_id, joined_at);

-- The secret of a member's private calendar feed; only its hash is stored.
CREATE TABLE booking.calendar_feed
(
    member_id   uuid        NOT NULL PRIMARY KEY,
    token_hash  text        NOT NULL UNIQUE
        CONSTRAINT calendar_feed_token_hash_format CHECK (token_hash ~ '^[0-9a-f]{64}$'),
    created_at  timestamptz NOT NULL DEFAULT now()
);
