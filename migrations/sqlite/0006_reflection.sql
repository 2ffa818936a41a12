-- End of a wave: team reflections, key-result grades, carried-over objectives.
CREATE TABLE reflections (
    id          INTEGER PRIMARY KEY,
    org_id      INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    wave_id     INTEGER NOT NULL REFERENCES waves(id) ON DELETE CASCADE,
    team_id     INTEGER NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
    worked      TEXT    NOT NULL,
    didnt       TEXT    NOT NULL,
    change      TEXT    NOT NULL,
    author_id   INTEGER REFERENCES users(id) ON DELETE SET NULL,
    updated_at  INTEGER NOT NULL,
    UNIQUE (wave_id, team_id)
);

ALTER TABLE key_results ADD COLUMN grade REAL CHECK (grade IS NULL OR (grade >= 0 AND grade <= 1));

-- A carried-over objective points at the one it continues; each carries over once.
ALTER TABLE objectives ADD COLUMN carried_from INTEGER REFERENCES objectives(id) ON DELETE SET NULL;
CREATE UNIQUE INDEX objectives_carried_once ON objectives(carried_from) WHERE carried_from IS NOT NULL;
