-- Identity: member accounts and the GitHub / Twitter/X identities linked to them.

CREATE TABLE identity.account
(
    id                 uuid        NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
    -- shown as /@handle; unique whatever its case
    handle             citext      NOT NULL
        CONSTRAINT account_handle_format CHECK (handle ~ '^[A-Za-z0-9][A-Za-z0-9_-]{1,38}$'),
    display_name       text        NOT NULL
        CONSTRAINT account_display_name_length CHECK (char_length(btrim(display_name)) BETWEEN 1 AND 60),
    bio                text        NOT NULL DEFAULT ''
        CONSTRAINT account_bio_length CHECK (char_length(bio) <= 500),
    avatar_url         text
        CONSTRAINT account_avatar_url_https CHECK (avatar_url ~ '^https://' AND char_length(avatar_url) <= 500),
    timezone           text        NOT NULL DEFAULT 'Asia/Jakarta'
        CONSTRAINT account_timezone_length CHECK (char_length(timezone) BETWEEN 1 AND 64),
    language           text        NOT NULL DEFAULT 'id'
        CONSTRAINT account_language_supported CHECK (language IN ('id', 'en')),
    website_url        text
        CONSTRAINT account_website_url_https CHECK (website_url ~ '^https://' AND char_length(website_url) <= 200),
    github_url         text
        CONSTRAINT account_github_url_https CHECK (github_url ~ '^https://' AND char_length(github_url) <= 200),
    twitter_url        text
        CONSTRAINT account_twitter_url_https CHECK (twitter_url ~ '^https://' AND char_length(twitter_url) <= 200),
    linkedin_url       text
        CONSTRAINT account_linkedin_url_https CHECK (linkedin_url ~ '^https://' AND char_length(linkedin_url) <= 200),
    -- only ever mailed once verified
    email              citext
        CONSTRAINT account_email_length CHECK (char_length(email) <= 254),
    email_verified_at  timestamptz,
    status             text        NOT NULL DEFAULT 'active'
        CONSTRAINT account_status_known CHECK (status IN ('active', 'suspended')),
    suspended_reason   text
        CONSTRAINT account_suspended_reason_length CHECK (char_length(suspended_reason) <= 500),
    demo               boolean     NOT NULL DEFAULT false,
    created_at         timestamptz NOT NULL DEFAULT now(),
    updated_at         timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT account_handle_unique UNIQUE (handle),
    CONSTRAINT account_verified_needs_email CHECK (email_verified_at IS NULL OR email IS NOT NULL),
    CONSTRAINT account_suspension_has_reason CHECK (status <> 'suspended' OR suspended_reason IS NOT NULL)
);

-- One provider identity belongs to at most one account (the primary key), and an account holds
-- at most one identity per provider.
CREATE TABLE identity.linked_identity
(
    provider          text        NOT NULL
        CONSTRAINT linked_identity_provider_known CHECK (provider IN ('github', 'twitter')),
    -- the provider's stable id, never the username or email, which can change
    provider_user_id  text        NOT NULL
        CONSTRAINT linked_identity_provider_user_id_length CHECK (char_length(provider_user_id) BETWEEN 1 AND 64),
    account_id        uuid        NOT NULL REFERENCES identity.account (id) ON DELETE CASCADE,
    username          text        NOT NULL
        CONSTRAINT linked_identity_username_length CHECK (char_length(username) BETWEEN 1 AND 100),
    linked_at         timestamptz NOT NULL DEFAULT now(),
    last_login_at     timestamptz,
    CONSTRAINT linked_identity_pk PRIMARY KEY (provider, provider_user_id),
    CONSTRAINT linked_identity_one_per_provider UNIQUE (account_id, provider)
);

-- A pending email address waiting for its owner to click the verification link. Only a hash
-- of the token is stored.
CREATE TABLE identity.email_verification
(
    token_hash  text        NOT NULL PRIMARY KEY
        CONSTRAINT email_verification_token_hash_format CHECK (token_hash ~ '^[0-9a-f]{64}$'),
    account_id  uuid        NOT NULL REFERENCES identity.account (id) ON DELETE CASCADE,
    email       citext      NOT NULL
        CONSTRAINT email_verification_email_length CHECK (char_length(email) <= 254),
    created_at  timestamptz NOT NULL DEFAULT now(),
    expires_at  timestamptz NOT NULL
);
CREATE INDEX email_verification_account_idx ON identity.email_verification (account_id);
