-- Sessions end after 14 days without use as well as 30 days after log-in;
-- people see where they are signed in (a device label, never an address).
ALTER TABLE sessions ADD COLUMN last_seen_at INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sessions ADD COLUMN device TEXT NOT NULL DEFAULT '';
UPDATE sessions SET last_seen_at = created_at;
