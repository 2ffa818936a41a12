-- Browsers a person has logged in with, by the hash of a random token kept
-- in an HttpOnly cookie there. A log-in from one of them is not slowed down
-- by failed attempts from elsewhere (domain::account::login_throttle), so
-- strangers guessing from many addresses cannot keep the owner out. The
-- newest 20 per person are kept; a new password forgets them all.
CREATE TABLE known_devices (
    token_hash  TEXT    PRIMARY KEY,
    user_id     BIGINT  NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    seen_at     BIGINT  NOT NULL
);
CREATE INDEX known_devices_by_user ON known_devices (user_id, seen_at);
