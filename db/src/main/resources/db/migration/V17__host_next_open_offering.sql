-- Discovery's cards show each host's next open time from the host's row alone: the time
-- (next_candidate_at, kept exact by the refresh that follows bookings and the notice
-- boundary) and now the session type it belongs to, which the card's booking link names.
-- Both are written together, so either both are known or neither is.
ALTER TABLE hosting.host ADD COLUMN next_offering_id uuid;

-- the refresh (ten seconds after a start, then every few minutes) fills in every host
-- without a time, this time with its session type
UPDATE hosting.host SET next_candidate_at = NULL;

ALTER TABLE hosting.host ADD CONSTRAINT host_next_open_whole
    CHECK ((next_candidate_at IS NULL) = (next_offering_id IS NULL));
