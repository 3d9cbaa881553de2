-- Hosting: host profiles, topics, offerings and when hosts are available. Account ids come
-- from identity as plain values (no foreign key across schemas); hosting removes a host's
-- rows when it hears that the account was deleted.

-- A topic hosts talk about. Curated topics are seeded below; members may propose others.
CREATE TABLE hosting.topic
(
    -- the topic's address, /topics/{slug}
    slug        text        NOT NULL PRIMARY KEY
        CONSTRAINT topic_slug_format CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND char_length(slug) <= 40),
    name_id     text        NOT NULL
        CONSTRAINT topic_name_id_length CHECK (char_length(btrim(name_id)) BETWEEN 1 AND 40),
    name_en     text        NOT NULL
        CONSTRAINT topic_name_en_length CHECK (char_length(btrim(name_en)) BETWEEN 1 AND 40),
    curated     boolean     NOT NULL DEFAULT false,
    -- curated topics are listed in this order; proposed ones after them, by name
    position    integer,
    created_at  timestamptz NOT NULL DEFAULT now()
);

-- Every spelling that means a topic, reduced to lower-case letters and digits ("Front-End",
-- "frontend " and "FrontEnd" are all "frontend"), so that a proposed topic lands on the
-- existing one.
CREATE TABLE hosting.topic_alias
(
    key         text NOT NULL PRIMARY KEY
        CONSTRAINT topic_alias_key_format CHECK (key ~ '^[a-z0-9]{1,40}$'),
    topic_slug  text NOT NULL REFERENCES hosting.topic (slug) ON DELETE CASCADE
);
CREATE INDEX topic_alias_topic_idx ON hosting.topic_alias (topic_slug);

CREATE TABLE hosting.host
(
    account_id         uuid        NOT NULL PRIMARY KEY,
    -- copies of the member's public profile, kept current from identity's events, so that
    -- discovery reads and searches one schema
    handle             citext      NOT NULL,
    display_name       text        NOT NULL
        CONSTRAINT host_display_name_length CHECK (char_length(display_name) BETWEEN 1 AND 60),
    avatar_url         text
        CONSTRAINT host_avatar_url_https CHECK (avatar_url ~ '^https://' AND char_length(avatar_url) <= 500),
    headline           text        NOT NULL
        CONSTRAINT host_headline_length CHECK (char_length(btrim(headline)) BETWEEN 1 AND 120),
    about              text        NOT NULL DEFAULT ''
        CONSTRAINT host_about_length CHECK (char_length(about) <= 2000),
    languages          text[]      NOT NULL
        CONSTRAINT host_languages_known CHECK (cardinality(languages) BETWEEN 1 AND 12
            AND languages <@ ARRAY ['id', 'en', 'jv', 'su', 'ms', 'zh', 'ja', 'ko', 'ar', 'de', 'nl', 'fr']::text[]),
    meeting_url        text
        CONSTRAINT host_meeting_url_https CHECK (meeting_url ~ '^https://' AND char_length(meeting_url) <= 300),
    -- the zone the weekly schedule and date overrides are written in
    timezone           text        NOT NULL
        CONSTRAINT host_timezone_length CHECK (char_length(timezone) BETWEEN 1 AND 64),
    paused             boolean     NOT NULL DEFAULT false,
    -- set while identity has the account suspended: the host is hidden everywhere
    account_suspended  boolean     NOT NULL DEFAULT false,
    -- both languages' names of the host's topics, for the search document
    topic_text         text        NOT NULL DEFAULT '',
    -- the earliest start any active offering can offer, refreshed on every change and
    -- periodically as time passes; null when nothing is offered within the horizon
    next_candidate_at  timestamptz,
    search             tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple'::regconfig, coalesce(display_name, '') || ' ' || coalesce(handle::text, '')), 'A')
            || setweight(to_tsvector('simple'::regconfig, coalesce(headline, '') || ' ' || coalesce(topic_text, '')), 'B')
            || setweight(to_tsvector('simple'::regconfig, coalesce(about, '')), 'C')
        ) STORED,
    created_at         timestamptz NOT NULL DEFAULT now(),
    updated_at         timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT host_handle_unique UNIQUE (handle)
);
CREATE INDEX host_search_idx ON hosting.host USING gin (search);
CREATE INDEX host_listed_idx ON hosting.host (next_candidate_at) WHERE NOT paused AND NOT account_suspended;

-- A host's topics, in the order the host chose: at most eight, which the position range keeps.
CREATE TABLE hosting.host_topic
(
    host_id     uuid     NOT NULL REFERENCES hosting.host (account_id) ON DELETE CASCADE,
    topic_slug  text     NOT NULL REFERENCES hosting.topic (slug),
    position    smallint NOT NULL
        CONSTRAINT host_topic_position_range CHECK (position BETWEEN 1 AND 8),
    CONSTRAINT host_topic_pk PRIMARY KEY (host_id, topic_slug),
    CONSTRAINT host_topic_position_unique UNIQUE (host_id, position)
);
CREATE INDEX host_topic_topic_idx ON hosting.host_topic (topic_slug);

-- What a host offers: a kind of session with its length and booking rules.
CREATE TABLE hosting.offering
(
    id                  uuid        NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
    host_id             uuid        NOT NULL REFERENCES hosting.host (account_id) ON DELETE CASCADE,
    title               text        NOT NULL
        CONSTRAINT offering_title_length CHECK (char_length(btrim(title)) BETWEEN 1 AND 80),
    duration_minutes    integer     NOT NULL
        CONSTRAINT offering_duration_range CHECK (duration_minutes BETWEEN 15 AND 120),
    description         text        NOT NULL DEFAULT ''
        CONSTRAINT offering_description_length CHECK (char_length(description) <= 1000),
    -- what every attendee must answer about the topics they want to discuss
    question            text        NOT NULL
        CONSTRAINT offering_question_length CHECK (char_length(btrim(question)) BETWEEN 1 AND 300),
    needs_approval      boolean     NOT NULL DEFAULT false,
    weekly_quota        integer     NOT NULL
        CONSTRAINT offering_weekly_quota_range CHECK (weekly_quota BETWEEN 1 AND 50),
    min_notice_minutes  integer     NOT NULL
        CONSTRAINT offering_min_notice_range CHECK (min_notice_minutes BETWEEN 0 AND 20160),
    horizon_days        integer     NOT NULL
        CONSTRAINT offering_horizon_range CHECK (horizon_days BETWEEN 1 AND 90),
    buffer_minutes      integer     NOT NULL
        CONSTRAINT offering_buffer_range CHECK (buffer_minutes BETWEEN 0 AND 60),
    -- overrides the host's meeting link for this offering
    meeting_url         text
        CONSTRAINT offering_meeting_url_https CHECK (meeting_url ~ '^https://' AND char_length(meeting_url) <= 300),
    -- a retired offering takes no new bookings but stays for the bookings made with it
    active              boolean     NOT NULL DEFAULT true,
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX offering_host_idx ON hosting.offering (host_id);

-- The weekly schedule: windows of local time (minutes since midnight, in the host's zone) on
-- ISO days of the week (1 = Monday). Windows of one day never overlap.
CREATE TABLE hosting.weekly_window
(
    id            uuid     NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
    host_id       uuid     NOT NULL REFERENCES hosting.host (account_id) ON DELETE CASCADE,
    day_of_week   smallint NOT NULL
        CONSTRAINT weekly_window_day_range CHECK (day_of_week BETWEEN 1 AND 7),
    start_minute  integer  NOT NULL
        CONSTRAINT weekly_window_start_range CHECK (start_minute BETWEEN 0 AND 1439),
    end_minute    integer  NOT NULL
        CONSTRAINT weekly_window_end_range CHECK (end_minute BETWEEN 1 AND 1440),
    CONSTRAINT weekly_window_ends_after_start CHECK (end_minute > start_minute),
    CONSTRAINT weekly_window_no_overlap EXCLUDE USING gist (
        host_id WITH =, day_of_week WITH =, int4range(start_minute, end_minute) WITH &&)
);

-- Date overrides: a day off takes the weekly windows of that date away ...
CREATE TABLE hosting.day_off
(
    host_id  uuid NOT NULL REFERENCES hosting.host (account_id) ON DELETE CASCADE,
    on_date  date NOT NULL,
    CONSTRAINT day_off_pk PRIMARY KEY (host_id, on_date)
);

-- ... and extra hours add windows on one date, next to the weekly ones.
CREATE TABLE hosting.extra_window
(
    id            uuid    NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
    host_id       uuid    NOT NULL REFERENCES hosting.host (account_id) ON DELETE CASCADE,
    on_date       date    NOT NULL,
    start_minute  integer NOT NULL
        CONSTRAINT extra_window_start_range CHECK (start_minute BETWEEN 0 AND 1439),
    end_minute    integer NOT NULL
        CONSTRAINT extra_window_end_range CHECK (end_minute BETWEEN 1 AND 1440),
    CONSTRAINT extra_window_ends_after_start CHECK (end_minute > start_minute),
    CONSTRAINT extra_window_no_overlap EXCLUDE USING gist (
        host_id WITH =, on_date WITH =, int4range(start_minute, end_minute) WITH &&)
);

-- One-off slots: a single start for one offering ("this Saturday 10:00").
CREATE TABLE hosting.one_off_slot
(
    id           uuid        NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
    host_id      uuid        NOT NULL REFERENCES hosting.host (account_id) ON DELETE CASCADE,
    offering_id  uuid        NOT NULL REFERENCES hosting.offering (id) ON DELETE CASCADE,
    starts_at    timestamptz NOT NULL,
    CONSTRAINT one_off_slot_unique UNIQUE (offering_id, starts_at)
);
CREATE INDEX one_off_slot_host_idx ON hosting.one_off_slot (host_id, starts_at);

-- The curated topics, each findable by its Indonesian and its English name.
INSERT INTO hosting.topic (slug, name_id, name_en, curated, position)
VALUES ('frontend', 'Frontend', 'Frontend', true, 1),
       ('backend', 'Backend', 'Backend', true, 2),
       ('mobile', 'Mobile', 'Mobile', true, 3),
       ('data', 'Data', 'Data', true, 4),
       ('machine-learning', 'Machine learning & AI', 'Machine learning & AI', true, 5),
       ('devops', 'DevOps & cloud', 'DevOps & cloud', true, 6),
       ('security', 'Keamanan', 'Security', true, 7),
       ('ui-ux', 'UI/UX', 'UI/UX', true, 8),
       ('product', 'Produk', 'Product', true, 9),
       ('karier', 'Karier', 'Career', true, 10),
       ('studi', 'Studi & kuliah', 'Study', true, 11),
       ('interview', 'Interview kerja', 'Job interviews', true, 12),
       ('open-source', 'Open source', 'Open source', true, 13),
       ('freelance', 'Freelance', 'Freelancing', true, 14),
       ('startup', 'Startup', 'Startups', true, 15),
       ('remote', 'Kerja remote', 'Remote work', true, 16),
       ('kerja-di-luar-negeri', 'Kerja di luar negeri', 'Working abroad', true, 17),
       ('leadership', 'Kepemimpinan', 'Leadership', true, 18),
       ('belajar-ngoding', 'Belajar ngoding', 'Learning to code', true, 19),
       ('portofolio', 'Portofolio & CV', 'Portfolio & CV', true, 20);

INSERT INTO hosting.topic_alias (key, topic_slug)
VALUES ('frontend', 'frontend'), ('fe', 'frontend'),
       ('backend', 'backend'), ('be', 'backend'),
       ('mobile', 'mobile'), ('mobiledev', 'mobile'),
       ('data', 'data'), ('datascience', 'data'), ('dataengineering', 'data'),
       ('machinelearning', 'machine-learning'), ('machinelearningai', 'machine-learning'), ('ml', 'machine-learning'),
       ('ai', 'machine-learning'),
       ('devops', 'devops'), ('devopscloud', 'devops'), ('cloud', 'devops'),
       ('security', 'security'), ('keamanan', 'security'), ('cybersecurity', 'security'),
       ('uiux', 'ui-ux'), ('uxui', 'ui-ux'), ('design', 'ui-ux'), ('desain', 'ui-ux'),
       ('product', 'product'), ('produk', 'product'), ('productmanagement', 'product'),
       ('karier', 'karier'), ('karir', 'karier'), ('career', 'karier'),
       ('studi', 'studi'), ('studikuliah', 'studi'), ('kuliah', 'studi'), ('study', 'studi'),
       ('interview', 'interview'), ('interviewkerja', 'interview'), ('jobinterviews', 'interview'),
       ('jobinterview', 'interview'),
       ('opensource', 'open-source'), ('oss', 'open-source'),
       ('freelance', 'freelance'), ('freelancing', 'freelance'),
       ('startup', 'startup'), ('startups', 'startup'),
       ('remote', 'remote'), ('kerjaremote', 'remote'), ('remotework', 'remote'),
       ('kerjadiluarnegeri', 'kerja-di-luar-negeri'), ('workingabroad', 'kerja-di-luar-negeri'),
       ('leadership', 'leadership'), ('kepemimpinan', 'leadership'),
       ('belajarngoding', 'belajar-ngoding'), ('learningtocode', 'belajar-ngoding'),
       ('portofolio', 'portofolio'), ('portofoliocv', 'portofolio'), ('portfolio', 'portofolio'),
       ('portfoliocv', 'portofolio'), ('cv', 'portofolio');
