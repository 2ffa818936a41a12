-- Slack: the app installed in an organisation's Slack workspace (through
-- Slack's OAuth), the people linked to their Slack user by verified e-mail,
-- installs under way, and the requests from Slack already seen (so a
-- replayed request is refused).

CREATE TABLE slack_installs (
    org_id          INTEGER PRIMARY KEY REFERENCES organisations(id) ON DELETE CASCADE,
    -- Slack's id of the workspace: one organisation per Slack workspace, so a
    -- slash command names exactly one.
    team_id         TEXT    NOT NULL UNIQUE,
    team_name       TEXT    NOT NULL,
    bot_user_id     TEXT    NOT NULL,
    -- The bot token, sealed under a key derived from the vote key.
    token_sealed    TEXT    NOT NULL,
    -- Where the leaders' digest is posted (a channel id or #name); none: not posted.
    digest_channel  TEXT,
    installed_by    INTEGER REFERENCES users(id) ON DELETE SET NULL,
    installed_at    INTEGER NOT NULL,
    -- When people were last matched to Slack users, and how many were.
    synced_at       INTEGER,
    linked_count    INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE slack_links (
    org_id         INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    user_id        INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    slack_user_id  TEXT    NOT NULL,
    linked_at      INTEGER NOT NULL,
    PRIMARY KEY (org_id, user_id),
    UNIQUE (org_id, slack_user_id)
);

-- An install begun on the admin page: the hash of the OAuth state, used
-- once within ten minutes, by the admin who began it.
CREATE TABLE slack_states (
    state_hash  TEXT    PRIMARY KEY,
    org_id      INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    user_id     INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_at  INTEGER NOT NULL
);

-- Signed requests from Slack within their five minutes, by the hash of
-- their signature: the same request twice is a replay.
CREATE TABLE slack_seen (
    signature_hash  TEXT    PRIMARY KEY,
    seen_at         INTEGER NOT NULL
);
CREATE INDEX slack_seen_by_age ON slack_seen (seen_at);
