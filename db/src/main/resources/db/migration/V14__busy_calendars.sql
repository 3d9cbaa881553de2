-- A host's own calendars, read by their private iCal address: only the busy intervals they hold
-- are kept (no titles, no descriptions), and open times never overlap them. The address is a
-- secret of the host's: it is never shown again in full, only its hint.
CREATE TABLE hosting.busy_calendar
(
    id               uuid        NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
    host_id          uuid        NOT NULL REFERENCES hosting.host (account_id) ON DELETE CASCADE,
    -- https: the module refuses anything else (only tests read a plain http origin on loopback)
    url              text        NOT NULL
        CONSTRAINT busy_calendar_url_web CHECK (url ~ '^https?://' AND char_length(url) <= 2000),
    url_hint         text        NOT NULL CHECK (char_length(url_hint) <= 200),
    created_at       timestamptz NOT NULL,
    -- when the periodic refresh reads it next
    next_fetch_at    timestamptz NOT NULL,
    last_fetched_at  timestamptz,
    last_success_at  timestamptz,
    -- the message key of the last failure, cleared by a success
    last_error       text CHECK (char_length(last_error) <= 100),
    -- since when every read failed; the host is told once it has lasted two days
    failing_since    timestamptz,
    failing_told     boolean     NOT NULL DEFAULT false,
    blocks           integer     NOT NULL DEFAULT 0 CHECK (blocks >= 0),
    CONSTRAINT busy_calendar_once UNIQUE (host_id, url)
);
CREATE INDEX busy_calendar_due ON hosting.busy_calendar (next_fetch_at);

CREATE TABLE hosting.busy_block
(
    calendar_id uuid        NOT NULL REFERENCES hosting.busy_calendar (id) ON DELETE CASCADE,
    host_id     uuid        NOT NULL,
    starts_at   timestamptz NOT NULL,
    ends_at     timestamptz NOT NULL,
    CONSTRAINT busy_block_ends_after_start CHECK (ends_at > starts_at)
);
CREATE INDEX busy_block_host ON hosting.busy_block (host_id, ends_at);
CREATE INDEX busy_block_calendar ON hosting.busy_block (calendar_id);
