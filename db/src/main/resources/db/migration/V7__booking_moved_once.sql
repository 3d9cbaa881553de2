-- A reschedule keeps one story: the new booking names the one it replaced
-- (rescheduled_from), and a booking is replaced at most once. The index also serves the
-- way back, from a moved booking to the one that replaced it.
CREATE UNIQUE INDEX booking_rescheduled_once ON booking.booking (rescheduled_from)
    WHERE rescheduled_from IS NOT NULL;
