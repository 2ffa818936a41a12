-- The ballot vault on PostgreSQL: the same tables as migrations/sqlite/vault,
-- in the same database as the rest (several app servers share it). What
-- differs, and why (see src/server/vault.rs and the README's "Anonymity on
-- PostgreSQL"):
--
-- * An UPDATE writes a new row version wherever there is room, so the
--   physical order of rows (ctid, and the order `pg_dump` writes them in)
--   would follow the order votes came in. The writer therefore rewrites
--   every box it touched at the end of each commit, in key order (see
--   `store::vote_box::reseal`): afterwards every row of the box sits in
--   slot or tag order and carries the same transaction id.
-- * The old versions stay in the table as dead rows until vacuumed; these
--   tables are vacuumed as soon as any rows are dead (the settings below),
--   and a sweeper beside the writer vacuums them after each commit.
-- * No index but the primary keys, which votes never change.

CREATE TABLE vote_boxes (
    objective_id  BIGINT NOT NULL,
    week          BIGINT NOT NULL CHECK (week >= 1),
    org_id        BIGINT NOT NULL,
    wave_id       BIGINT NOT NULL,
    slots         BIGINT NOT NULL DEFAULT 0,
    tally         TEXT   NOT NULL DEFAULT '0000000,0000000,0000000,0000000,0000000',
    PRIMARY KEY (objective_id, week)
);
CREATE INDEX vote_boxes_by_wave ON vote_boxes (org_id, wave_id);

CREATE TABLE vote_receipts (
    objective_id  BIGINT NOT NULL,
    week          BIGINT NOT NULL,
    voter_tag     BYTEA  NOT NULL,
    voted         BIGINT NOT NULL CHECK (voted IN (0, 1)),
    PRIMARY KEY (objective_id, week, voter_tag)
);

CREATE TABLE ballots (
    objective_id  BIGINT NOT NULL,
    week          BIGINT NOT NULL,
    slot          BIGINT NOT NULL,
    score         TEXT   NOT NULL CHECK (score IN ('-', '1', '2', '3', '4', '5')),
    PRIMARY KEY (objective_id, week, slot)
);

CREATE TABLE releases (
    objective_id  BIGINT NOT NULL,
    week          BIGINT NOT NULL,
    ballots       BIGINT NOT NULL,
    counts        TEXT   NOT NULL,
    PRIMARY KEY (objective_id, week)
);

CREATE TABLE survey_boxes (
    survey_id  BIGINT PRIMARY KEY,
    org_id     BIGINT NOT NULL
);

CREATE TABLE survey_receipts (
    survey_id  BIGINT NOT NULL,
    voter_tag  BYTEA  NOT NULL,
    answered   BIGINT NOT NULL CHECK (answered IN (0, 1)),
    PRIMARY KEY (survey_id, voter_tag)
);

CREATE TABLE survey_responses (
    survey_id  BIGINT NOT NULL,
    slot       BIGINT NOT NULL,
    answers    TEXT   NOT NULL CHECK (length(answers) = 20),
    PRIMARY KEY (survey_id, slot)
);

CREATE TABLE vault_key (
    id           BIGINT PRIMARY KEY CHECK (id = 1),
    fingerprint  BYTEA  NOT NULL
);

-- Vacuum as soon as a vote leaves a dead row version (the defaults wait for
-- a fifth of the table to be dead).
ALTER TABLE vote_boxes SET (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 1);
ALTER TABLE vote_receipts SET (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 1);
ALTER TABLE ballots SET (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 1);
ALTER TABLE releases SET (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 1);
ALTER TABLE survey_receipts SET (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 1);
ALTER TABLE survey_responses SET (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 1);
