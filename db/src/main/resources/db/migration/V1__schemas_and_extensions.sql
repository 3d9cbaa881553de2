-- One schema per application module. A module reads and writes only its own schema;
-- other modules' data is reached through that module's API or its events.
CREATE SCHEMA identity;
CREATE SCHEMA hosting;
CREATE SCHEMA booking;
CREATE SCHEMA feedback;

-- btree_gist: exclusion constraints that mix equality (host, attendee) with range overlap,
-- which is how the booking schema makes double bookings impossible.
CREATE EXTENSION IF NOT EXISTS btree_gist;
-- citext: case-insensitive handles and topic slugs without lower() everywhere.
CREATE EXTENSION IF NOT EXISTS citext;

COMMENT ON SCHEMA identity IS 'Accounts, linked GitHub and Twitter/X identities, profiles';
COMMENT ON SCHEMA hosting IS 'Host profiles, topics, offerings, schedules, one-off slots, quotas';
COMMENT ON SCHEMA booking IS 'Bookings, cancellations, reschedules, waitlists';
COMMENT ON SCHEMA feedback IS 'Two-way feedback, ratings, no-show and abuse reports';
