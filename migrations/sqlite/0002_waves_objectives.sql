-- Waves, wave and team objectives, key results and their check-ins.

CREATE TABLE waves (
    id          INTEGER PRIMARY KEY,
    org_id      INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    name        TEXT    NOT NULL,
    starts_on   TEXT    NOT NULL,   -- YYYY-MM-DD, first day
    ends_on     TEXT    NOT NULL,   -- YYYY-MM-DD, last day
    state       TEXT    NOT NULL DEFAULT 'planned'
                CHECK (state IN ('planned', 'active', 'reflecting', 'closed')),
    created_at  INTEGER NOT NULL
);
CREATE INDEX waves_by_org ON waves(org_id, starts_on);
-- At most one active wave per organisation, whatever races the app loses.
CREATE UNIQUE INDEX one_active_wave_per_org ON waves(org_id) WHERE state = 'active';

-- Wave objectives have no team and no parent; team objectives have both.
CREATE TABLE objectives (
    id          INTEGER PRIMARY KEY,
    org_id      INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    wave_id     INTEGER NOT NULL REFERENCES waves(id) ON DELETE CASCADE,
    team_id     INTEGER REFERENCES teams(id) ON DELETE CASCADE,
    parent_id   INTEGER REFERENCES objectives(id),
    title       TEXT    NOT NULL,
    why         TEXT    NOT NULL,   -- the why (wave) or the alignment rationale (team)
    owner_id    INTEGER REFERENCES users(id) ON DELETE SET NULL,
    created_by  INTEGER REFERENCES users(id) ON DELETE SET NULL,
    created_at  INTEGER NOT NULL,
    CHECK ((team_id IS NULL) = (parent_id IS NULL))
);
CREATE INDEX objectives_by_wave ON objectives(wave_id);
CREATE INDEX objectives_by_parent ON objectives(parent_id);
CREATE INDEX objectives_by_team ON objectives(team_id);

CREATE TABLE key_results (
    id             INTEGER PRIMARY KEY,
    objective_id   INTEGER NOT NULL REFERENCES objectives(id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    title          TEXT    NOT NULL,
    kind           TEXT    NOT NULL CHECK (kind IN ('numeric', 'percentage', 'milestone')),
    start_value    REAL    NOT NULL,
    target_value   REAL    NOT NULL,
    unit           TEXT    NOT NULL DEFAULT '',
    weight         REAL    NOT NULL DEFAULT 1 CHECK (weight > 0),
    current_value  REAL    NOT NULL
);
CREATE INDEX key_results_by_objective ON key_results(objective_id, position);

CREATE TABLE check_ins (
    id             INTEGER PRIMARY KEY,
    key_result_id  INTEGER NOT NULL REFERENCES key_results(id) ON DELETE CASCADE,
    value          REAL    NOT NULL,
    note           TEXT,
    author_id      INTEGER REFERENCES users(id) ON DELETE SET NULL,
    at             INTEGER NOT NULL
);
CREATE INDEX check_ins_by_kr ON check_ins(key_result_id, at);
