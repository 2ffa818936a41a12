-- Votes and survey answers move to the ballot vault, a file of its own
-- (migrations/vault, src/server/vault.rs). The old tables are renamed here
-- and emptied into the vault on the next start, then dropped, and the file
-- is vacuumed so none of their pages (which kept the order votes came in)
-- survive.
ALTER TABLE ballots RENAME TO legacy_ballots;
ALTER TABLE vote_receipts RENAME TO legacy_vote_receipts;
ALTER TABLE survey_responses RENAME TO legacy_survey_responses;
ALTER TABLE survey_receipts RENAME TO legacy_survey_receipts;

-- A survey shows results only once it is closed (by an admin, or when its
-- wave closes), and never changes after that.
ALTER TABLE surveys ADD COLUMN closed_at INTEGER;

-- Invite links are single-use unless an admin makes one for several people.
ALTER TABLE invites ADD COLUMN uses_left INTEGER NOT NULL DEFAULT 1 CHECK (uses_left >= 0);

-- Who joined, left, changed role or team, and when: every member can read
-- it, so accounts made up to unmask a colleague's vote are seen by the
-- people they would expose.
CREATE TABLE membership_events (
    id        INTEGER PRIMARY KEY,
    org_id    INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    at        INTEGER NOT NULL,
    kind      TEXT    NOT NULL CHECK (kind IN ('joined', 'left', 'role', 'team_joined', 'team_left')),
    user_id   INTEGER REFERENCES users(id) ON DELETE SET NULL,
    person    TEXT    NOT NULL,          -- the name at the time, kept if the account goes
    team      TEXT,                      -- for team events
    role      TEXT,                      -- for role changes: the new role
    by_name   TEXT                       -- who did it, when it was someone else
);
CREATE INDEX membership_events_by_org ON membership_events(org_id, at);
