-- Administrative actions (roles, removals, invites, wave states, surveys,
-- settings, archiving), for the organisation's admins. The actor's name is
-- copied so the log outlives the account. Never anything about a vote.
CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    org_id      INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    at          INTEGER NOT NULL,
    actor_id    INTEGER REFERENCES users(id) ON DELETE SET NULL,
    actor_name  TEXT    NOT NULL,
    action      TEXT    NOT NULL
);
CREATE INDEX audit_log_by_org ON audit_log(org_id, at);
