-- Accounts, organisations, memberships, sessions, invites, teams.
-- Times are seconds since the Unix epoch (UTC).

CREATE TABLE organisations (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL,
    created_at  INTEGER NOT NULL
);

CREATE TABLE users (
    id             INTEGER PRIMARY KEY,
    email          TEXT    NOT NULL UNIQUE,   -- stored lower-cased by the domain
    name           TEXT    NOT NULL,
    password_hash  TEXT    NOT NULL,          -- argon2id PHC string
    created_at     INTEGER NOT NULL
);

CREATE TABLE memberships (
    org_id     INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    user_id    INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    role       TEXT    NOT NULL CHECK (role IN ('owner', 'admin', 'leader', 'member')),
    joined_at  INTEGER NOT NULL,
    PRIMARY KEY (org_id, user_id)
);
CREATE INDEX memberships_by_user ON memberships(user_id);

-- Server-side sessions: the cookie holds a random token, the table only its
-- SHA-256, so a copy of the database cannot be replayed as a login.
CREATE TABLE sessions (
    token_hash  TEXT    PRIMARY KEY,
    user_id     INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    org_id      INTEGER REFERENCES organisations(id) ON DELETE SET NULL,
    created_at  INTEGER NOT NULL,
    expires_at  INTEGER NOT NULL
);
CREATE INDEX sessions_by_user ON sessions(user_id);

-- Failed logins, for rate limiting per account and per address. Kept in the
-- database so several server instances share the count.
CREATE TABLE login_failures (
    id       INTEGER PRIMARY KEY,
    email    TEXT    NOT NULL,
    address  TEXT    NOT NULL,
    at       INTEGER NOT NULL
);
CREATE INDEX login_failures_by_email ON login_failures(email, at);
CREATE INDEX login_failures_by_address ON login_failures(address, at);

CREATE TABLE invites (
    id          INTEGER PRIMARY KEY,
    org_id      INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    token_hash  TEXT    NOT NULL UNIQUE,
    created_by  INTEGER NOT NULL REFERENCES users(id),
    created_at  INTEGER NOT NULL,
    expires_at  INTEGER NOT NULL,
    revoked_at  INTEGER
);
CREATE INDEX invites_by_org ON invites(org_id);

CREATE TABLE teams (
    id           INTEGER PRIMARY KEY,
    org_id       INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    name         TEXT    NOT NULL,
    archived_at  INTEGER,
    created_at   INTEGER NOT NULL
);
-- Team names are unique per organisation regardless of case.
CREATE UNIQUE INDEX teams_unique_name ON teams(org_id, name COLLATE NOCASE);

CREATE TABLE team_members (
    team_id   INTEGER NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
    user_id   INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    added_at  INTEGER NOT NULL,
    PRIMARY KEY (team_id, user_id)
);
CREATE INDEX team_members_by_user ON team_members(user_id);
