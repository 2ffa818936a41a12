-- E-mail: the outbox every message waits in until it is sent, password
-- reset tokens, the organisation's weekly schedule, and each person's
-- choice of e-mails. Times are seconds since the Unix epoch (UTC).

CREATE TABLE outbox (
    id               INTEGER PRIMARY KEY,
    -- One message per purpose: a second enqueue of the same key is a no-op,
    -- so a reminder goes once per person per week even with several servers.
    dedupe_key       TEXT    NOT NULL UNIQUE,
    to_address       TEXT    NOT NULL,
    subject          TEXT    NOT NULL,
    -- Emptied once sent: a body may hold a reset or invite link.
    body             TEXT    NOT NULL,
    created_at       INTEGER NOT NULL,
    attempts         INTEGER NOT NULL DEFAULT 0,
    -- When a sender may next take it (also the lease of one being sent).
    next_attempt_at  INTEGER NOT NULL,
    sent_at          INTEGER,
    -- Set when the retries are used up.
    failed_at        INTEGER,
    last_error       TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX outbox_due ON outbox (next_attempt_at) WHERE sent_at IS NULL AND failed_at IS NULL;

-- Each organisation's weekly e-mail, once it has been queued for a week:
-- the first server to claim a run queues it, any other skips it.
CREATE TABLE weekly_runs (
    org_id  INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    kind    TEXT    NOT NULL CHECK (kind IN ('reminder', 'digest')),
    week    TEXT    NOT NULL,
    ran_at  INTEGER NOT NULL,
    PRIMARY KEY (org_id, kind, week)
);

CREATE TABLE password_resets (
    token_hash  TEXT    PRIMARY KEY,
    user_id     INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_at  INTEGER NOT NULL,
    expires_at  INTEGER NOT NULL,
    used_at     INTEGER
);
CREATE INDEX password_resets_user ON password_resets (user_id, created_at);

-- The weekly reminder's moment, in the organisation's time zone: a day
-- (1 = Monday … 7 = Sunday) and minutes after midnight. The Friday digest
-- goes at the same time of day.
ALTER TABLE organisations ADD COLUMN time_zone TEXT NOT NULL DEFAULT 'UTC';
ALTER TABLE organisations ADD COLUMN reminder_day INTEGER NOT NULL DEFAULT 1 CHECK (reminder_day BETWEEN 1 AND 7);
ALTER TABLE organisations ADD COLUMN reminder_minute INTEGER NOT NULL DEFAULT 540 CHECK (reminder_minute BETWEEN 0 AND 1439);

ALTER TABLE users ADD COLUMN email_reminders INTEGER NOT NULL DEFAULT 1 CHECK (email_reminders IN (0, 1));
ALTER TABLE users ADD COLUMN email_digest INTEGER NOT NULL DEFAULT 1 CHECK (email_digest IN (0, 1));
