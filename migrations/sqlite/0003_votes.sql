-- Anonymous weekly confidence votes. See src/server/ballots.rs for the
-- threat model. Two tables that share nothing a join could use:
--
-- ballots: what was voted. No user, no time (the week is all), and a random
-- 16-byte primary key on a WITHOUT ROWID table, so rows are stored in key
-- order, not insertion order. change_hash is SHA-256 of a secret only the
-- voter's browser holds; it lets that browser change its vote.
CREATE TABLE ballots (
    id            BLOB    PRIMARY KEY,
    objective_id  INTEGER NOT NULL REFERENCES objectives(id) ON DELETE CASCADE,
    week          INTEGER NOT NULL CHECK (week >= 1),
    score         INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
    change_hash   BLOB    NOT NULL UNIQUE
) WITHOUT ROWID;
CREATE INDEX ballots_by_objective_week ON ballots(objective_id, week);

-- vote_receipts: who has voted, for "one vote per person per objective per
-- week". The voter is a keyed hash (HMAC with a key kept outside the
-- database), so a copy of the database does not say who voted on what.
CREATE TABLE vote_receipts (
    objective_id  INTEGER NOT NULL REFERENCES objectives(id) ON DELETE CASCADE,
    week          INTEGER NOT NULL,
    voter_tag     BLOB    NOT NULL,
    PRIMARY KEY (objective_id, week, voter_tag)
) WITHOUT ROWID;

-- How many voters an aggregate needs before it is shown (never below 3),
-- and whether the current week's results show before the week closes.
ALTER TABLE organisations ADD COLUMN vote_threshold INTEGER NOT NULL DEFAULT 3 CHECK (vote_threshold >= 3);
ALTER TABLE organisations ADD COLUMN live_results INTEGER NOT NULL DEFAULT 0;
