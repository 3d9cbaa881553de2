-- An admin named by handle in NGUPI_ADMINS is bound to the account that held the handle when it
-- was first seen as an admin: a handle given up later, and taken by someone else, makes nobody
-- an admin (the admin who renamed themselves is named again by their new handle or their id).
CREATE TABLE moderation.admin_handle
(
    handle     citext      NOT NULL PRIMARY KEY,
    account_id uuid        NOT NULL,
    bound_at   timestamptz NOT NULL
);
