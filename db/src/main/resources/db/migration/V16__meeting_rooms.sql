-- A host may meet in a room of its own for every session instead of a fixed link: each
-- booking is given an unguessable room name when it is made, on a provider that needs no
-- account (the provider's base URL is configured); only the two participants of a confirmed
-- session ever see it.
ALTER TABLE hosting.host ADD COLUMN meeting_rooms boolean NOT NULL DEFAULT false;
ALTER TABLE booking.booking ADD COLUMN room text
    CONSTRAINT booking_room_name CHECK (room ~ '^ngupi-[a-z2-7]{26}$');
