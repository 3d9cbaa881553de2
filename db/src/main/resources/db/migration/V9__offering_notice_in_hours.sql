-- Hosts set an offering's minimum notice in whole hours ("booked at the latest 12 hours
-- before it starts"), so that is what the table keeps, with the same limit of two weeks.
-- A notice kept in minutes that is no whole hour is rounded up: a session is never booked
-- at shorter notice than its host asked for.
ALTER TABLE hosting.offering DROP CONSTRAINT offering_min_notice_range;
ALTER TABLE hosting.offering RENAME COLUMN min_notice_minutes TO min_notice_hours;
UPDATE hosting.offering SET min_notice_hours = (min_notice_hours + 59) / 60;
ALTER TABLE hosting.offering
    ADD CONSTRAINT offering_min_notice_range CHECK (min_notice_hours BETWEEN 0 AND 336);
