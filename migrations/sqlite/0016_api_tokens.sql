-- Personal access tokens for the JSON API (/api/v1), and the per-minute
-- request counts that rate-limit them (in the database, so every app server
-- counts against the same limit). Times are seconds since the Unix epoch.

CREATE TABLE api_tokens (
    id            INTEGER PRIMARY KEY,
    user_id       INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    -- A token reads and writes one organisation: the one it was made in.
    org_id        INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    name          TEXT    NOT NULL,
    -- SHA-256 of the token, as for sessions: the token itself is shown once.
    token_hash    TEXT    NOT NULL UNIQUE,
    scope         TEXT    NOT NULL CHECK (scope IN ('read', 'check_in')),
    created_at    INTEGER NOT NULL,
    expires_at    INTEGER NOT NULL,
    last_used_at  INTEGER,
    revoked_at    INTEGER
);
CREATE INDEX api_tokens_by_person ON api_tokens (user_id, org_id);

CREATE TABLE api_requests (
    token_id      INTEGER NOT NULL REFERENCES api_tokens(id) ON DELETE CASCADE,
    -- The minute (seconds since the epoch, divisible by 60).
    window_start  INTEGER NOT NULL,
    count         INTEGER NOT NULL,
    PRIMARY KEY (token_id, window_start)
);
