-- Where the weekly rhythm reaches people besides e-mail: phone
-- notifications (Web Push) now, chat later. Every message of every channel
-- waits in the one outbox, so leases, retries and the weekly runs' claims
-- work the same for all of them.

-- 'email' (to an address), 'push' (to a device's subscription, by id),
-- 'teams' (to the organisation's Workflows webhook), 'slack' (to a person or
-- a channel of the organisation's Slack workspace). Chat and push bodies are
-- JSON, built when queued; nothing in them is a score.
ALTER TABLE outbox ADD COLUMN channel TEXT NOT NULL DEFAULT 'email' CHECK (channel IN ('email', 'push', 'teams', 'slack'));

-- A browser or phone that agreed to show Mistvine's notifications: the push
-- service's address for it and the keys its messages are encrypted to
-- (RFC 8291). Only the device can read what is sent.
CREATE TABLE push_subscriptions (
    id            INTEGER PRIMARY KEY,
    user_id       INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    endpoint      TEXT    NOT NULL UNIQUE,
    p256dh        TEXT    NOT NULL,
    auth          TEXT    NOT NULL,
    -- What the person calls the device ("Phone"), for the account page.
    label         TEXT    NOT NULL,
    created_at    INTEGER NOT NULL,
    last_sent_at  INTEGER
);
CREATE INDEX push_subscriptions_by_user ON push_subscriptions (user_id);

-- A channel a person does not want the weekly messages on (absent: wanted).
CREATE TABLE channel_optouts (
    user_id  INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    channel  TEXT    NOT NULL CHECK (channel IN ('push', 'teams', 'slack')),
    PRIMARY KEY (user_id, channel)
);

-- A channel an organisation turned off (absent: on where it is set up).
CREATE TABLE org_channels_off (
    org_id   INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    channel  TEXT    NOT NULL CHECK (channel IN ('push', 'teams', 'slack')),
    PRIMARY KEY (org_id, channel)
);

-- The Microsoft Teams channel an organisation posts the nudge and the digest
-- to: a Workflows webhook URL. Anyone holding it can post there, so it is
-- sealed under a key derived from the vote key; admins see its host.
CREATE TABLE teams_webhooks (
    org_id      INTEGER PRIMARY KEY REFERENCES organisations(id) ON DELETE CASCADE,
    url_sealed  TEXT    NOT NULL,
    host        TEXT    NOT NULL,
    added_by    INTEGER REFERENCES users(id) ON DELETE SET NULL,
    added_at    INTEGER NOT NULL
);
