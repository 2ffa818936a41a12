-- Team objectives a leader proposed when starting a wave from the last
-- one's structure: drafts for their team, which the team edits and adopts
-- (becoming an ordinary objective, aligned to `parent_id`) or discards.
-- Kept apart from `objectives` so no progress, roll-up, vote or export
-- ever counts a proposal the team has not made its own.
CREATE TABLE proposals (
    id           INTEGER PRIMARY KEY,
    org_id       INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    wave_id      INTEGER NOT NULL REFERENCES waves(id) ON DELETE CASCADE,
    team_id      INTEGER NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
    -- The wave objective it would align to (in the same wave).
    parent_id    INTEGER NOT NULL REFERENCES objectives(id) ON DELETE CASCADE,
    title        TEXT    NOT NULL,
    rationale    TEXT    NOT NULL,
    -- JSON: the key results, as the domain's KrSpec list.
    key_results  TEXT    NOT NULL,
    proposed_by  INTEGER REFERENCES users(id) ON DELETE SET NULL,
    created_at   INTEGER NOT NULL
);
CREATE INDEX proposals_by_team ON proposals (team_id, wave_id);

-- An upload whose team objectives become proposals rather than objectives
-- (a wave started from the last one's structure, with its teams'
-- objectives): 1, else 0.
ALTER TABLE imports ADD COLUMN proposes INTEGER NOT NULL DEFAULT 0;
