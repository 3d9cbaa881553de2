-- Two-way feedback after every session: each side is asked once the session has ended, writes
-- a rating, what went well, what they learned and a private message to the other, and sees the
-- other's only once both wrote or the window closed (blind reveal).

CREATE TABLE feedback.request
(
    booking_id UUID        NOT NULL,
    author_id  UUID        NOT NULL,
    subject_id UUID        NOT NULL,
    role       TEXT        NOT NULL CHECK (role IN ('host', 'attendee')),
    ended_at   TIMESTAMPTZ NOT NULL,
    closes_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (booking_id, author_id),
    CHECK (author_id <> subject_id),
    CHECK (closes_at > ended_at)
);
CREATE INDEX request_author ON feedback.request (author_id, ended_at DESC);
CREATE INDEX request_closing ON feedback.request (closes_at);

CREATE TABLE feedback.entry
(
    booking_id      UUID        NOT NULL,
    author_id       UUID        NOT NULL,
    rating          SMALLINT    NOT NULL CHECK (rating BETWEEN 1 AND 5),
    went_well       TEXT        NOT NULL CHECK (length(went_well) <= 1000),
    learned         TEXT        NOT NULL CHECK (length(learned) <= 1000),
    private_message TEXT        NOT NULL CHECK (length(private_message) <= 1000),
    public_consent  BOOLEAN     NOT NULL DEFAULT FALSE,
    written_at      TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (booking_id, author_id),
    FOREIGN KEY (booking_id, author_id) REFERENCES feedback.request (booking_id, author_id) ON DELETE CASCADE
);

-- when a session's feedback became visible to both sides: both wrote, or the window closed
CREATE TABLE feedback.reveal
(
    booking_id  UUID        NOT NULL PRIMARY KEY,
    revealed_at TIMESTAMPTZ NOT NULL
);
