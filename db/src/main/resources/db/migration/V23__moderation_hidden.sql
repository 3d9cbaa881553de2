-- A moderator can hide what a member put in front of others without suspending the member:
-- a host's page, or one piece of feedback. Each is a timestamp rather than a flag so that
-- moderation's audit and the member's export can say since when; null while shown.

-- Set while a moderator hid the host's page: like a suspension it takes the host out of
-- discovery and search and nobody can book them, but the member keeps their account, their
-- sessions and their settings, and hosting's own pause stays theirs.
ALTER TABLE hosting.host ADD COLUMN hidden_at timestamptz;

-- discovery reads listed hosts only: the partial index follows the new meaning of listed
DROP INDEX hosting.host_listed_idx;
CREATE INDEX host_listed_idx ON hosting.host (next_candidate_at)
    WHERE NOT paused AND NOT account_suspended AND hidden_at IS NULL;

-- Set while a moderator hid this entry: it no longer counts in the host's ratings, is no
-- testimonial or public insight, and its subject is told it was hidden instead of reading
-- it. Its author keeps it (it is their data) and sees that it was hidden.
ALTER TABLE feedback.entry ADD COLUMN hidden_at timestamptz;
