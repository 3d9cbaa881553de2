-- Rate limits shared by every app instance (web's RateLimitBuckets, through Bucket4j's PostgreSQL
-- proxy manager): one row per token bucket, named after its rule, key and limit. Infrastructure
-- like spring_session, so it lives in public, which jOOQ does not generate.
--
-- state: Bucket4j's serialised bucket; null for the moment between Bucket4j inserting a row and
-- locking it to write the first state.
-- expires_at: epoch milliseconds (application clock) at which the bucket is full again, so that
-- dropping it changes nothing. A row not yet written keeps the default 0: should its writer fail
-- in between, the cleanup still removes it (a writer that holds the row's lock is skipped).
CREATE TABLE rate_limit_bucket
(
    id         text   NOT NULL,
    state      bytea,
    expires_at bigint NOT NULL DEFAULT 0,
    CONSTRAINT rate_limit_bucket_pk PRIMARY KEY (id)
);
CREATE INDEX rate_limit_bucket_expires_at ON rate_limit_bucket (expires_at);
