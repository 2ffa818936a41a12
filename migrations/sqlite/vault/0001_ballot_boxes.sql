-- The ballot vault: a database file of its own, kept in rollback-journal
-- mode (see src/server/vault.rs for why). It holds every vote and survey
-- answer, and who has voted, in a shape where nothing records the order in
-- which they arrived:
--
-- * a "box" is opened once per objective and week (or per survey) with one
--   receipt per eligible person and as many empty slots as receipts, all
--   written at once before anyone votes;
-- * a vote flips its voter's receipt and fills one empty slot chosen
--   uniformly at random; both are updates of fixed-size values, which
--   SQLite writes over the old bytes in place, so no cell is added, moved
--   or resized by a vote;
-- * no column is indexed except the primary keys, which votes never change.
--
-- No foreign keys: the objectives, waves and surveys live in the main
-- database file. `org_id` on the boxes scopes every query by organisation.

CREATE TABLE vote_boxes (
    objective_id  INTEGER NOT NULL,
    week          INTEGER NOT NULL CHECK (week >= 1),
    org_id        INTEGER NOT NULL,
    wave_id       INTEGER NOT NULL,
    PRIMARY KEY (objective_id, week)
) WITHOUT ROWID;

-- voter_tag = HMAC(vote key, person, objective, week). `voted` is 0 or 1:
-- both are stored in zero bytes, so flipping it keeps the cell's size.
CREATE TABLE vote_receipts (
    objective_id  INTEGER NOT NULL,
    week          INTEGER NOT NULL,
    voter_tag     BLOB    NOT NULL,
    voted         INTEGER NOT NULL CHECK (voted IN (0, 1)),
    PRIMARY KEY (objective_id, week, voter_tag)
) WITHOUT ROWID;

-- score is one character: '-' for an empty slot, '1'..'5' for a vote
-- (text of length one in every state, so the cell keeps its size).
CREATE TABLE ballots (
    objective_id  INTEGER NOT NULL,
    week          INTEGER NOT NULL,
    slot          INTEGER NOT NULL,
    score         TEXT    NOT NULL CHECK (score IN ('-', '1', '2', '3', '4', '5')),
    PRIMARY KEY (objective_id, week, slot)
) WITHOUT ROWID;

-- Live results move only in steps of at least the threshold of new ballots:
-- the last distribution released for an objective and week ("c1,c2,c3,c4,c5").
CREATE TABLE releases (
    objective_id  INTEGER NOT NULL,
    week          INTEGER NOT NULL,
    ballots       INTEGER NOT NULL,
    counts        TEXT    NOT NULL,
    PRIMARY KEY (objective_id, week)
) WITHOUT ROWID;

CREATE TABLE survey_boxes (
    survey_id  INTEGER PRIMARY KEY,
    org_id     INTEGER NOT NULL
);

CREATE TABLE survey_receipts (
    survey_id  INTEGER NOT NULL,
    voter_tag  BLOB    NOT NULL,
    answered   INTEGER NOT NULL CHECK (answered IN (0, 1)),
    PRIMARY KEY (survey_id, voter_tag)
) WITHOUT ROWID;

-- answers: one digit 1-5 per statement, twenty '0's while the slot is empty.
CREATE TABLE survey_responses (
    survey_id  INTEGER NOT NULL,
    slot       INTEGER NOT NULL,
    answers    TEXT    NOT NULL CHECK (length(answers) = 20),
    PRIMARY KEY (survey_id, slot)
) WITHOUT ROWID;

-- A fingerprint of the vote key this vault was written with, so a server
-- started without its key (or with another one) refuses to start instead of
-- letting everyone vote again.
CREATE TABLE vault_key (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    fingerprint  BLOB    NOT NULL
);
