-- Spring Modulith's JDBC event publication registry (schema v2 of spring-modulith-events-jdbc 2.0).
-- Every event a module publishes is stored here in the publisher's transaction and marked
-- completed once its listener has run, so a notification survives a crash or a mail outage and
-- incomplete publications are resubmitted. The registry's own schema initialisation is off:
-- Flyway owns every table.
CREATE TABLE event_publication
(
  id                     UUID NOT NULL,
  listener_id            TEXT NOT NULL,
  event_type             TEXT NOT NULL,
  serialized_event       TEXT NOT NULL,
  publication_date       TIMESTAMP WITH TIME ZONE NOT NULL,
  completion_date        TIMESTAMP WITH TIME ZONE,
  status                 TEXT,
  completion_attempts    INT,
  last_resubmission_date TIMESTAMP WITH TIME ZONE,
  PRIMARY KEY (id)
);
CREATE INDEX event_publication_serialized_event_hash_idx ON event_publication USING hash (serialized_event);
CREATE INDEX event_publication_by_completion_date_idx ON event_publication (completion_date);
