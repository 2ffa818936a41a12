-- Boost requests between teams, and their history.
CREATE TABLE boosts (
    id               INTEGER PRIMARY KEY,
    org_id           INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    from_team_id     INTEGER NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
    to_team_id       INTEGER REFERENCES teams(id) ON DELETE SET NULL,   -- NULL: anyone may help
    objective_id     INTEGER REFERENCES objectives(id) ON DELETE SET NULL,
    problem_item_id  INTEGER REFERENCES ppp_items(id) ON DELETE SET NULL,
    need             TEXT    NOT NULL,
    needed_by        TEXT,                                              -- YYYY-MM-DD
    state            TEXT    NOT NULL DEFAULT 'open'
                     CHECK (state IN ('open', 'accepted', 'done', 'declined', 'withdrawn')),
    helper_team_id   INTEGER REFERENCES teams(id) ON DELETE SET NULL,
    helper_user_id   INTEGER REFERENCES users(id) ON DELETE SET NULL,
    decline_reason   TEXT,
    created_by       INTEGER REFERENCES users(id) ON DELETE SET NULL,
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL
);
CREATE INDEX boosts_by_org ON boosts(org_id, state);

CREATE TABLE boost_events (
    id        INTEGER PRIMARY KEY,
    boost_id  INTEGER NOT NULL REFERENCES boosts(id) ON DELETE CASCADE,
    state     TEXT    NOT NULL,
    actor_id  INTEGER REFERENCES users(id) ON DELETE SET NULL,
    note      TEXT,
    at        INTEGER NOT NULL
);
CREATE INDEX boost_events_by_boost ON boost_events(boost_id, at);
