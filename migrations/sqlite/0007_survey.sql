-- The scorecard as an anonymous organisation survey, one per wave. Same
-- unlinkability design as votes (see src/server/ballots.rs): responses have
-- a random key and no user or time; receipts name the respondent only by an
-- HMAC keyed outside the database.
CREATE TABLE surveys (
    id         INTEGER PRIMARY KEY,
    org_id     INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    wave_id    INTEGER NOT NULL UNIQUE REFERENCES waves(id) ON DELETE CASCADE,
    opened_at  INTEGER NOT NULL
);

CREATE TABLE survey_responses (
    id         BLOB    PRIMARY KEY,
    survey_id  INTEGER NOT NULL REFERENCES surveys(id) ON DELETE CASCADE,
    answers    TEXT    NOT NULL CHECK (length(answers) = 20)   -- one digit 1-5 per statement
) WITHOUT ROWID;

CREATE TABLE survey_receipts (
    survey_id  INTEGER NOT NULL REFERENCES surveys(id) ON DELETE CASCADE,
    voter_tag  BLOB    NOT NULL,
    PRIMARY KEY (survey_id, voter_tag)
) WITHOUT ROWID;
