-- A suspended member's coming sessions and open rounds are called off by Ngupi, not by a
-- participant: such a booking has no cancelled_by but names the participant who can no longer
-- take part (the other one is told, without saying why), and such a round has no reason from
-- its host. Every other cancellation still has its author.
ALTER TABLE booking.booking ADD COLUMN called_off_for uuid;
ALTER TABLE booking.booking DROP CONSTRAINT booking_cancel_has_reason;
ALTER TABLE booking.booking ADD CONSTRAINT booking_cancel_has_reason
    CHECK (status <> 'cancelled' OR cancelled_by IS NOT NULL OR called_off_for IS NOT NULL);
ALTER TABLE booking.booking ADD CONSTRAINT booking_called_off_for_participant
    CHECK (called_off_for IS NULL OR (status = 'cancelled' AND called_off_for IN (host_id, attendee_id)));

ALTER TABLE rounds.round ADD COLUMN called_off boolean NOT NULL DEFAULT false;
ALTER TABLE rounds.round DROP CONSTRAINT round_cancelled_has_reason;
ALTER TABLE rounds.round ADD CONSTRAINT round_cancelled_has_reason
    CHECK (status <> 'cancelled' OR cancel_reason IS NOT NULL OR called_off);
