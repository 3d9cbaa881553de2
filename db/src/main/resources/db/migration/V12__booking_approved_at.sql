-- When the host approved a request: how quickly a host usually answers is shown on their page,
-- from real approvals only. Sessions booked before this column existed carry no time.
ALTER TABLE booking.booking ADD COLUMN approved_at timestamptz;
CREATE INDEX booking_approved_idx ON booking.booking (host_id, approved_at DESC) WHERE approved_at IS NOT NULL;
