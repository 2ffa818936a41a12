-- Weekly PPP updates: one per team per wave week, editable during the week.
CREATE TABLE ppp_updates (
    id          INTEGER PRIMARY KEY,
    org_id      INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    team_id     INTEGER NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
    wave_id     INTEGER NOT NULL REFERENCES waves(id) ON DELETE CASCADE,
    week        INTEGER NOT NULL CHECK (week >= 1),
    author_id   INTEGER REFERENCES users(id) ON DELETE SET NULL,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    UNIQUE (team_id, wave_id, week)
);
CREATE INDEX ppp_updates_by_wave ON ppp_updates(wave_id, week);

CREATE TABLE ppp_items (
    id            INTEGER PRIMARY KEY,
    update_id     INTEGER NOT NULL REFERENCES ppp_updates(id) ON DELETE CASCADE,
    section       TEXT    NOT NULL CHECK (section IN ('progress', 'plans', 'problems')),
    position      INTEGER NOT NULL,
    text          TEXT    NOT NULL,
    objective_id  INTEGER REFERENCES objectives(id) ON DELETE SET NULL,
    resolved      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX ppp_items_by_update ON ppp_items(update_id, section, position);
