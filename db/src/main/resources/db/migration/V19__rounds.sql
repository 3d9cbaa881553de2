-- Rounds: a host opens a few times at once, members apply during a window, and the winners
-- are drawn fairly (or picked by the host). The times of a round are held in booking until
-- the round is settled: a hold keeps a time from being booked directly, and counts in its
-- week's quota like a booking.

CREATE TABLE booking.hold
(
    id            uuid        NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
    -- what holds the time (a round's id); booking does not know rounds
    owner_id      uuid        NOT NULL,
    host_id       uuid        NOT NULL,
    offering_id   uuid        NOT NULL,
    starts_at     timestamptz NOT NULL,
    -- the end plus the offering's buffer, as a booking of it would hold
    host_free_at  timestamptz NOT NULL,
    quota_week    date        NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT hold_once UNIQUE (owner_id, starts_at),
    CONSTRAINT hold_ends_after_start CHECK (host_free_at > starts_at),
    -- two holds never overlap; a hold and a live booking never overlap either, which the
    -- host's advisory lock (taken by every booking and every hold) keeps
    CONSTRAINT hold_host_no_overlap EXCLUDE USING gist (
        host_id WITH =, tstzrange(starts_at, host_free_at, '[)') WITH &&)
);
CREATE INDEX hold_owner_idx ON booking.hold (owner_id);

CREATE SCHEMA rounds;
COMMENT ON SCHEMA rounds IS 'Rounds: times opened at once, applications, fair draws';

CREATE TABLE rounds.round
(
    id                    uuid        NOT NULL PRIMARY KEY,
    host_id               uuid        NOT NULL,
    offering_id           uuid        NOT NULL,
    -- who picks the winners: a seeded draw, or the host (the draw decides if they do not)
    picking               text        NOT NULL
        CONSTRAINT round_picking_known CHECK (picking IN ('draw', 'host')),
    -- members who never had any Ngupi go before those who had one with someone else
    first_timers_overall  boolean     NOT NULL DEFAULT false,
    opens_at              timestamptz NOT NULL,
    closes_at             timestamptz NOT NULL,
    -- the host picks until then; the draw decides afterwards (= closes_at for a draw)
    pick_by               timestamptz NOT NULL,
    status                text        NOT NULL DEFAULT 'open'
        CONSTRAINT round_status_known CHECK (status IN ('open', 'settled', 'cancelled')),
    -- commit-then-reveal: the seed's SHA-256 is public from the start, the seed after the draw
    seed                  text        NOT NULL
        CONSTRAINT round_seed_format CHECK (seed ~ '^[0-9a-f]{64}$'),
    seed_hash             text        NOT NULL
        CONSTRAINT round_seed_hash_format CHECK (seed_hash ~ '^[0-9a-f]{64}$'),
    settled_at            timestamptz,
    -- how it was settled: drawn, or picked by the host
    settled_by            text
        CONSTRAINT round_settled_by_known CHECK (settled_by IN ('draw', 'host')),
    cancel_reason         text
        CONSTRAINT round_cancel_reason_length CHECK (char_length(cancel_reason) <= 1000),
    -- when the host was told the window closed and applications wait for their pick
    host_told_at          timestamptz,
    created_at            timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT round_window CHECK (closes_at > opens_at),
    CONSTRAINT round_pick_after_close CHECK (pick_by >= closes_at),
    CONSTRAINT round_settled_has_time CHECK ((status = 'settled') = (settled_at IS NOT NULL AND settled_by IS NOT NULL)),
    CONSTRAINT round_cancelled_has_reason CHECK (status <> 'cancelled' OR cancel_reason IS NOT NULL)
);
CREATE INDEX round_host_idx ON rounds.round (host_id, closes_at DESC);
CREATE INDEX round_due_idx ON rounds.round (pick_by) WHERE status = 'open';

CREATE TABLE rounds.round_time
(
    round_id   uuid        NOT NULL REFERENCES rounds.round (id) ON DELETE CASCADE,
    starts_at  timestamptz NOT NULL,
    ends_at    timestamptz NOT NULL,
    CONSTRAINT round_time_pk PRIMARY KEY (round_id, starts_at),
    CONSTRAINT round_time_ends_after_start CHECK (ends_at > starts_at)
);

CREATE TABLE rounds.application
(
    id           uuid        NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
    round_id     uuid        NOT NULL REFERENCES rounds.round (id) ON DELETE CASCADE,
    member_id    uuid        NOT NULL,
    -- the applicant's number in the draw, shown to them and on the draw's page
    ticket       text        NOT NULL
        CONSTRAINT application_ticket_format CHECK (ticket ~ '^[0-9A-F]{8}$'),
    topics       text[]      NOT NULL
        CONSTRAINT application_topics_count CHECK (cardinality(topics) BETWEEN 1 AND 3),
    answer       text        NOT NULL
        CONSTRAINT application_answer_length CHECK (char_length(btrim(answer)) BETWEEN 50 AND 2000),
    -- the round's times the applicant can make, best first; empty: any of them
    ranked       timestamptz[] NOT NULL DEFAULT '{}',
    -- the host's pick, in the host's order
    picked_rank  integer
        CONSTRAINT application_picked_rank_positive CHECK (picked_rank > 0),
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT application_once UNIQUE (round_id, member_id),
    CONSTRAINT application_ticket_once UNIQUE (round_id, ticket)
);
CREATE INDEX application_member_idx ON rounds.application (member_id);

-- How a round was settled, in order: everyone who applied, with their place in the draw
-- (or the host's pick) and what became of them. Written once, when the round is settled.
CREATE TABLE rounds.draw_entry
(
    round_id    uuid        NOT NULL REFERENCES rounds.round (id) ON DELETE CASCADE,
    position    integer     NOT NULL,
    ticket      text        NOT NULL,
    member_id   uuid        NOT NULL,
    -- 0 goes first: never had a Ngupi (when the round asks), never with this host, others
    priority    integer     NOT NULL CONSTRAINT draw_entry_priority_range CHECK (priority BETWEEN 0 AND 2),
    -- SHA-256 of "seed:ticket" in hex; the order within a priority
    sort_key    text        NOT NULL,
    outcome     text        NOT NULL
        CONSTRAINT draw_entry_outcome_known CHECK (outcome IN ('won', 'skipped', 'not_chosen')),
    starts_at   timestamptz,
    booking_id  uuid,
    CONSTRAINT draw_entry_pk PRIMARY KEY (round_id, position),
    CONSTRAINT draw_entry_won_has_booking CHECK ((outcome = 'won') = (booking_id IS NOT NULL AND starts_at IS NOT NULL))
);
