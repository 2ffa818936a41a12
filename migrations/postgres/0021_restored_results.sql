-- Results an organisation brought from another installation in its
-- export: aggregates only, exactly as the export held them (what the pages
-- showed there), never a vote, an answer, or who voted. The export of this
-- installation gives them back beside its own results.
CREATE TABLE restored_confidence (
    org_id        BIGINT  NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    objective_id  BIGINT  NOT NULL REFERENCES objectives(id) ON DELETE CASCADE,
    week          BIGINT  NOT NULL,
    -- JSON: count, average, distribution.
    result        TEXT    NOT NULL,
    PRIMARY KEY (objective_id, week)
);
CREATE TABLE restored_surveys (
    wave_id  BIGINT  NOT NULL PRIMARY KEY REFERENCES waves(id) ON DELETE CASCADE,
    org_id   BIGINT  NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    -- JSON: the number of answers and the scorecard's result.
    outcome  TEXT    NOT NULL
);
